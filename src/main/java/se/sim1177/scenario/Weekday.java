package se.sim1177.scenario;

import java.util.Locale;

/** Days of the week in the order scenario files list them, Monday first. */
public enum Weekday {
  MON, TUE, WED, THU, FRI, SAT, SUN;

  /** The file spelling: {@code mon} … {@code sun}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The weekday {@code days} after this one. */
  public Weekday plusDays(int days) {
    return values()[Math.floorMod(ordinal() + days, 7)];
  }

  /** Parses {@code mon} … {@code sun}, ignoring case; null when it is not a weekday. */
  public static Weekday parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Weekday d : values()) {
      if (d.key().equals(t)) {
        return d;
      }
    }
    return null;
  }
}
