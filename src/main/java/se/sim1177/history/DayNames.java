package se.sim1177.history;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.scenario.Weekday;

/** Weekday sets as scenarios write them: {@code all}, {@code sat-sun}, {@code mon-thu,sat}. */
public final class DayNames {
  private DayNames() {}

  /** The set with bit d for weekday d (Monday 0), as runs of consecutive days. */
  public static String of(int mask) {
    if (mask == 0x7F) {
      return "all";
    }
    Weekday[] all = Weekday.values();
    List<String> runs = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      if ((mask & (1 << d)) == 0) {
        continue;
      }
      int end = d;
      while (end + 1 < 7 && (mask & (1 << (end + 1))) != 0) {
        end++;
      }
      runs.add(end == d ? all[d].key() : all[d].key() + "-" + all[end].key());
      d = end;
    }
    return String.join(",", runs);
  }
}
