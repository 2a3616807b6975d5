package se.sim1177.experiment;

/**
 * The difference between two scenarios run with common random numbers, replication by
 * replication: the mean of alternative − base over the replications in which both are defined,
 * with a paired 95 % t-interval. Because both runs saw the same callers, the paired interval is
 * much narrower than one that treats the runs as independent ({@link #independentHalfWidth}).
 */
public final class PairedDifference {
  private PairedDifference() {}

  /** Mean and 95 % CI of {@code alternative[r] - base[r]}. */
  public static MetricSummary of(double[] base, double[] alternative) {
    if (base.length != alternative.length) {
      throw new IllegalArgumentException("paired runs need the same replications: " + base.length + " and " + alternative.length);
    }
    double[] differences = new double[base.length];
    for (int r = 0; r < base.length; r++) {
      differences[r] = alternative[r] - base[r]; // NaN when either is undefined: skipped below
    }
    return RunningStats.summarize(differences);
  }

  /** Whether the 95 % interval of a difference leaves out zero. */
  public static boolean excludesZero(MetricSummary difference) {
    return difference.ci95Low() > 0 || difference.ci95High() < 0;
  }

  /**
   * Half-width of the 95 % interval of the difference of means if the two runs had been
   * independent (Welch): what common random numbers save.
   */
  public static double independentHalfWidth(double[] base, double[] alternative) {
    MetricSummary a = RunningStats.summarize(base);
    MetricSummary b = RunningStats.summarize(alternative);
    double seA = a.halfWidth() / RunningStats.tQuantile975(a.n() - 1L);
    double seB = b.halfWidth() / RunningStats.tQuantile975(b.n() - 1L);
    double se2 = seA * seA + seB * seB;
    double df = se2 * se2 / (Math.pow(seA, 4) / (a.n() - 1) + Math.pow(seB, 4) / (b.n() - 1));
    return RunningStats.tQuantile975(Math.max(1, Math.round(df))) * Math.sqrt(se2);
  }
}
