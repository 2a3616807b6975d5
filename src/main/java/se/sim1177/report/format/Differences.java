package se.sim1177.report.format;

import java.util.Locale;

/**
 * A paired difference as people read it, on the console and in a comparison's {@code report.html}
 * alike: rounded to what its interval supports, signed but never "-0", and better or worse by the
 * metric's direction.
 */
public final class Differences {
  private Differences() {}

  /** Decimals that show an interval of this width to its second significant digit (at most 4, at least 0). */
  public static int decimalsFor(double width) {
    if (!(width > 0) || Double.isInfinite(width)) {
      return 1;
    }
    int leading = (int) Math.floor(Math.log10(width));
    return Math.max(0, Math.min(4, 1 - leading));
  }

  /** With a sign, never "-0" or "+0": a value that rounds to zero is "0". */
  public static String signed(double v, int decimals) {
    String s = number(Math.abs(v), decimals);
    if (s.matches("0(\\.0*)?")) {
      return s;
    }
    return (v < 0 ? "-" : "+") + s;
  }

  private static String number(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /**
   * Which way is better for the line: +1 higher, −1 lower, 0 neither in itself (demand, hours on
   * duty, occupancy: a manager weighs those against cost and strain).
   */
  public static int direction(String key) {
    return switch (key) {
      case "answered_calls_per_day", "answer_rate", "unique_caller_answer_rate", "unique_caller_served_rate", "service_level",
          "chat_answer_rate", "chat_response_service_level" -> +1;
      case "redials_per_day", "abandon_rate", "balk_rate", "blocked_rate", "mean_wait_answered_s", "mean_wait_all_s",
          "p90_wait_answered_s", "overtime_hours_per_day", "mean_queue_length", "still_waiting_at_end", "chat_abandon_rate",
          "chat_mean_response_s", "callbacks_unreached_per_day" -> -1;
      default -> 0;
    };
  }
}
