package se.sim1177.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Across replications, the estimate and 95 % confidence interval of each of a vector of figures,
 * updated one replication at a time. Each figure comes as a numerator x and a denominator y per
 * replication; the estimate is the ratio of sums, x̄ / ȳ, with the delta-method interval
 * x̄/ȳ ± t · √((s_x² − 2R s_xy + R² s_y²) / n) / ȳ, the way the field's simulators estimate service
 * levels and mean waits (a ratio of expected counts). A figure that is not a ratio has y = 1 in
 * every replication, and the same formulas give its mean and its Student-t interval. Means and
 * co-moments are updated by Welford's method; a replication whose x is NaN (a figure undefined in
 * it, such as a quantile with nothing answered) is skipped, but a ratio's 0 / 0 counts as 0 of 0.
 * Fed in replication order, it gives the same bits whatever the number of threads.
 */
final class RatioStats {
  private final long[] count;
  private final double[] meanX;
  private final double[] meanY;
  private final double[] cxx;
  private final double[] cyy;
  private final double[] cxy;

  RatioStats(int size) {
    count = new long[size];
    meanX = new double[size];
    meanY = new double[size];
    cxx = new double[size];
    cyy = new double[size];
    cxy = new double[size];
  }

  /** Adds one replication: numerators {@code x} and denominators {@code y}, one of each per figure. */
  void add(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double xi = x[i];
      double yi = y[i];
      if (Double.isNaN(xi) || Double.isNaN(yi)) {
        continue;
      }
      long n = ++count[i];
      double dx = xi - meanX[i];
      double dy = yi - meanY[i];
      meanX[i] += dx / n;
      meanY[i] += dy / n;
      cxx[i] += dx * (xi - meanX[i]);
      cyy[i] += dy * (yi - meanY[i]);
      cxy[i] += dx * (yi - meanY[i]);
    }
  }

  MetricSummary summary(int i) {
    long n = count[i];
    double y = meanY[i];
    if (n == 0 || !(y > 0)) {
      return MetricSummary.EMPTY;
    }
    double r = meanX[i] / y;
    if (n == 1) {
      return new MetricSummary(r, Double.NaN, Double.NaN, 1);
    }
    double variance = Math.max(0, (cxx[i] - 2 * r * cxy[i] + r * r * cyy[i]) / (n - 1));
    double half = tQuantile975(n - 1) * Math.sqrt(variance / n) / y;
    return new MetricSummary(r, r - half, r + half, (int) n);
  }

  /** Summary of a plain array of values (NaN values skipped): their mean and t-interval. */
  static MetricSummary summarize(double[] values) {
    RatioStats s = new RatioStats(1);
    double[] one = new double[1];
    double[] unit = {1};
    for (double v : values) {
      one[0] = v;
      s.add(one, unit);
    }
    return s.summary(0);
  }

  /** The 97.5 % Student-t quantile; cached, as every metric of an experiment asks for the same few. */
  static double tQuantile975(long degreesOfFreedom) {
    return T_QUANTILES.computeIfAbsent(degreesOfFreedom,
        df -> new TDistribution(null, df).inverseCumulativeProbability(0.975));
  }

  private static final java.util.concurrent.ConcurrentHashMap<Long, Double> T_QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();
}
