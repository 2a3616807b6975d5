package se.sim1177.report.format;

import java.util.StringJoiner;
import se.sim1177.scenario.DaySet;
import se.sim1177.scenario.Weekday;

/** Days as a manager writes them: runs of three or more as a range ("mon-fri"), the rest listed ("mon-wed,sat"). */
public final class DayRanges {
  private DayRanges() {}

  public static String of(DaySet days) {
    if (days.toString().equals("all")) {
      return "all";
    }
    Weekday[] week = Weekday.values();
    StringJoiner out = new StringJoiner(",");
    int d = 0;
    while (d < week.length) {
      if (!days.contains(week[d])) {
        d++;
        continue;
      }
      int end = d;
      while (end + 1 < week.length && days.contains(week[end + 1])) {
        end++;
      }
      if (end - d >= 2) {
        out.add(week[d].key() + "-" + week[end].key());
      } else {
        for (int i = d; i <= end; i++) {
          out.add(week[i].key());
        }
      }
      d = end + 1;
    }
    return out.toString();
  }
}
