package se.sim1177.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Means and variances of a vector of metrics across replications, updated one replication at a
 * time (Welford's method), skipping values that are NaN. Fed in replication order, it gives the
 * same bits whatever the number of threads.
 */
final class RunningStats {
  private final long[] count;
  private final double[] mean;
  private final double[] m2;

  RunningStats(int size) {
    count = new long[size];
    mean = new double[size];
    m2 = new double[size];
  }

  void add(double[] values) {
    for (int i = 0; i < values.length; i++) {
      double x = values[i];
      if (Double.isNaN(x)) {
        continue;
      }
      long n = ++count[i];
      double delta = x - mean[i];
      mean[i] += delta / n;
      m2[i] += delta * (x - mean[i]);
    }
  }

  MetricSummary summary(int i) {
    return summarize(count[i], mean[i], m2[i]);
  }

  static MetricSummary summarize(long n, double mean, double m2) {
    if (n == 0) {
      return MetricSummary.EMPTY;
    }
    if (n == 1) {
      return new MetricSummary(mean, Double.NaN, Double.NaN, 1);
    }
    double sd = Math.sqrt(Math.max(0, m2 / (n - 1)));
    double half = tQuantile975(n - 1) * sd / Math.sqrt(n);
    return new MetricSummary(mean, mean - half, mean + half, (int) n);
  }

  /** Summary of a plain array of values (NaN values skipped). */
  static MetricSummary summarize(double[] values) {
    RunningStats s = new RunningStats(1);
    double[] one = new double[1];
    for (double v : values) {
      one[0] = v;
      s.add(one);
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
