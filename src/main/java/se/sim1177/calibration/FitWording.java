package se.sim1177.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words a calibration's findings use: the figures' names, lists, and the sentence on the fit
 * (whether the model reproduces the observed figures within their uncertainty, by {@link
 * FigureStatistics#fitTest}).
 */
final class FitWording {
  private FitWording() {}

  /**
   * Whether the fit reproduces the figures, in one sentence: Σ z² = {@code distance} on {@code df}
   * degrees of freedom with p-value {@code p} (NaN: the fit cannot be tested), naming the figures
   * whose |z| is above 2 when it does not.
   */
  static String fitSentence(double distance, double df, double p, List<CalibrationResult.FigureCheck> checks, boolean reproduces) {
    List<String> off = new ArrayList<>();
    for (CalibrationResult.FigureCheck c : checks) {
      if (Math.abs(c.z()) > 2) {
        off.add(String.format(Locale.ROOT, "%s (z = %+.1f)", name(c.metric()), c.z()));
      }
    }
    if (!Double.isFinite(p)) {
      return (reproduces ? "Reproduces every observed figure within its uncertainty" : "Stays off " + words(off)
          + " by more than its uncertainty: the model is wrong for this region, not calibrated") + String.format(Locale.ROOT,
          " (Σz² = %.2f; the figures hold no more independent information than the keys fitted, so the fit itself cannot be"
              + " tested: observe more figures to test it).", distance);
    }
    return reproduces
        ? String.format(Locale.ROOT, "Reproduces the observed figures within their uncertainty (Σz² = %.2f, %.1f degrees of freedom"
            + " after the figures' correlation, p = %.2f).", distance, df, p)
        : String.format(Locale.ROOT, "Does not reproduce the observed figures: Σz² = %.2f on %.1f degrees of freedom (p = %.3f)%s;"
            + " the model is wrong for this region, not calibrated: look at what it leaves out.", distance, df, p,
            off.isEmpty() ? "" : ", off: " + words(off));
  }

  /** "a", "a and b", "a, b and c". */
  static String words(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** A figure's name in words. */
  static String name(String metric) {
    return switch (metric) {
      case "answer_rate" -> "answer rate";
      case "abandon_rate" -> "abandon rate";
      case "mean_wait_answered_s" -> "mean wait";
      case "service_level" -> "service level";
      case "offered_calls_per_day" -> "offered calls per day";
      case "unique_callers_per_day" -> "unique callers per day";
      default -> metric;
    };
  }
}
