package se.sim1177.experiment;

/**
 * A metric across replications: the mean and a 95 % Student-t confidence interval for it.
 *
 * @param n replications in which the metric was defined (a ratio with nothing to divide is left out)
 */
public record MetricSummary(double mean, double ci95Low, double ci95High, int n) {
  public static final MetricSummary EMPTY = new MetricSummary(Double.NaN, Double.NaN, Double.NaN, 0);

  public double halfWidth() {
    return (ci95High - ci95Low) / 2;
  }
}
