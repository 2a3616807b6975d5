package se.sim1177.scenario;

import java.util.StringJoiner;

/**
 * A set of weekdays, written in a scenario as {@code all}, a day ({@code sat}), a range
 * ({@code mon-fri}, wrapping past Sunday as in {@code fri-mon}) or a comma list of those.
 *
 * @param mask bit {@code d} is set when weekday ordinal {@code d} (Monday = 0) is in the set
 */
public record DaySet(int mask) {
  public static final DaySet ALL = new DaySet(0x7F);
  public static final String ALLOWED = "all, a day mon..sun, a range like mon-fri, or a comma list";

  public DaySet {
    if (mask <= 0 || mask > 0x7F) {
      throw new IllegalArgumentException("a day set needs at least one of the 7 weekdays");
    }
  }

  public boolean contains(Weekday day) {
    return (mask & (1 << day.ordinal())) != 0;
  }

  /** Parses the scenario spelling; null when the text is not a day set. */
  public static DaySet parse(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("all")) {
      return ALL;
    }
    int mask = 0;
    for (String part : t.split(",", -1)) {
      String[] ends = part.split("-", -1);
      if (ends.length > 2) {
        return null;
      }
      Weekday from = Weekday.parse(ends[0]);
      Weekday to = ends.length == 2 ? Weekday.parse(ends[1]) : from;
      if (from == null || to == null) {
        return null;
      }
      for (int d = from.ordinal(); ; d = (d + 1) % 7) {
        mask |= 1 << d;
        if (d == to.ordinal()) {
          break;
        }
      }
    }
    return new DaySet(mask);
  }

  @Override
  public String toString() {
    if (mask == 0x7F) {
      return "all";
    }
    StringJoiner j = new StringJoiner(",");
    for (Weekday d : Weekday.values()) {
      if (contains(d)) {
        j.add(d.key());
      }
    }
    return j.toString();
  }
}
