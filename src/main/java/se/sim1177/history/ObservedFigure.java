package se.sim1177.history;

/**
 * A figure a region reports for a period, as measured in its export, with the spread that says how
 * precisely the period pins it down.
 *
 * @param metric the name the simulator's summary uses for the same figure ({@code answer_rate})
 * @param value the period's figure: a ratio of the period's totals, or a mean per day
 * @param daySd the day-to-day standard deviation of the day's own figure
 * @param standardError the standard error of {@code value} from the day-to-day variation: the
 *     ratio estimator's for rates and means of waits, {@code daySd/√days} for volumes
 * @param days the days it is measured over
 */
public record ObservedFigure(String metric, double value, double daySd, double standardError, int days) {
  /** A figure's value as people read it: shares in %, waits in minutes, calls as a count; n/a when unknown. */
  public static String shown(String metric, double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (metric.endsWith("_rate") || metric.equals("service_level")) {
      return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * v);
    }
    if (metric.endsWith("_s")) {
      return String.format(java.util.Locale.ROOT, "%.1f min", v / 60);
    }
    return String.format(java.util.Locale.ROOT, "%,.1f", v);
  }
}
