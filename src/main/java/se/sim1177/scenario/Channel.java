package se.sim1177.scenario;

import java.util.Locale;

/** The ways a resident reaches a nurse: 1177 on the phone, or 1177 direkt (chat). */
public enum Channel {
  PHONE, CHAT;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Channel parse(String text) {
    for (Channel c : values()) {
      if (c.key().equalsIgnoreCase(text.trim())) {
        return c;
      }
    }
    return null;
  }
}
