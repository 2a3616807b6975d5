package se.sim1177.scenario;

import java.util.Locale;

/** Where a staff group works: the main office, a satellite workplace in the region's other premises, or home. */
public enum Workplace {
  OFFICE, SATELLITE, REMOTE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Workplace parse(String text) {
    for (Workplace w : values()) {
      if (w.key().equalsIgnoreCase(text.trim())) {
        return w;
      }
    }
    return null;
  }
}
