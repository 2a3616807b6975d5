package se.sim1177.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day as {@code HH:MM}, from 00:00 to 24:00 (the end of the day), in minutes. */
public final class TimeOfDay {
  public static final String ALLOWED = "HH:MM between 00:00 and 24:00";
  private static final Pattern HH_MM = Pattern.compile("\\s*([0-9]{1,2}):([0-9]{2})\\s*");

  private TimeOfDay() {}

  /** Minutes after midnight, or -1 when {@code text} is not a time of day. */
  public static int parseMinutes(String text) {
    Matcher m = HH_MM.matcher(text);
    if (!m.matches()) {
      return -1;
    }
    int hours = Integer.parseInt(m.group(1));
    int minutes = Integer.parseInt(m.group(2));
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes > 0)) {
      return -1;
    }
    return hours * 60 + minutes;
  }

  public static String format(int minutes) {
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }
}
