package se.sim1177.experiment;

/**
 * A metric across replications: the mean and a 95 % Student-t confidence interval for it.
 *
 * @param n replications in which the metric was defined (a ratio with nothing to divide is left out)
 * @param clipped whether the t-interval reached past the values the metric can take and was cut to
 *     them ({@link #within}); with few replications it can reach below zero or above one
 */
public record MetricSummary(double mean, double ci95Low, double ci95High, int n, boolean clipped) {
  public static final MetricSummary EMPTY = new MetricSummary(Double.NaN, Double.NaN, Double.NaN, 0);

  /** A summary whose interval has not been cut. */
  public MetricSummary(double mean, double ci95Low, double ci95High, int n) {
    this(mean, ci95Low, ci95High, n, false);
  }

  public double halfWidth() {
    return (ci95High - ci95Low) / 2;
  }

  /**
   * This summary with its interval cut to {@code range}, and marked {@link #clipped} if that
   * changed it. The mean is never moved, and the interval always keeps it (a mean a rounding error
   * below zero keeps its interval reaching down to it).
   */
  public MetricSummary within(Metric.Range range) {
    if (Double.isNaN(ci95Low) || Double.isNaN(ci95High)) {
      return this;
    }
    double low = Math.max(ci95Low, Math.min(range.lowest(), mean));
    double high = Math.min(ci95High, Math.max(range.highest(), mean));
    if (low == ci95Low && high == ci95High) {
      return this;
    }
    return new MetricSummary(mean, low, high, n, true);
  }
}
