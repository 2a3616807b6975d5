package se.sim1177.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as scenario files write them: a number and a unit, {@code 90s}, {@code 7m},
 * {@code 1.5h}, {@code 2d}. Inside the simulator every duration is in seconds.
 */
public final class Durations {
  public static final String ALLOWED = "a number with a unit s, m, h or d, like 90s, 7m or 1.5h";
  private static final Pattern DURATION =
      Pattern.compile("\\s*((?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:e[+-]?[0-9]+)?)\\s*(s|sec|m|min|h|d)\\s*");

  private Durations() {}

  /** Seconds in {@code text}; NaN when the text is not a duration with a unit. */
  public static double parseSeconds(String text) {
    Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Double.NaN;
    }
    double unit = switch (m.group(2)) {
      case "s", "sec" -> 1;
      case "m", "min" -> 60;
      case "h" -> 3600;
      default -> 86400;
    };
    double seconds = Double.parseDouble(m.group(1)) * unit;
    return Double.isFinite(seconds) ? seconds : Double.NaN;
  }

  /** A short human spelling: {@code 45s}, {@code 7m}, {@code 1.5h}. */
  public static String format(double seconds) {
    if (seconds >= 3600 && seconds % 360 == 0) {
      return FieldChecks.formatNumber(seconds / 3600) + "h";
    }
    if (seconds >= 60 && seconds % 6 == 0) {
      return FieldChecks.formatNumber(seconds / 60) + "m";
    }
    return FieldChecks.formatNumber(seconds) + "s";
  }
}
