package se.sim1177.experiment;

/**
 * The difference between two scenarios run with common random numbers, replication by
 * replication, with a paired 95 % interval. Because both runs saw the same callers, the paired
 * interval is much narrower than one that treats the runs as independent
 * ({@link #independentHalfWidth}).
 *
 * <p>Each scenario's figure is estimated as a ratio of sums ({@link RatioStats}), so the
 * difference is R_alt − R_base, and its interval comes from the delta method on the pairs: with
 * z_r = (x_alt,r − R_alt y_alt,r) / ȳ_alt − (x_base,r − R_base y_base,r) / ȳ_base, the difference
 * has standard error s_z / √n. For a figure that is not a ratio (y = 1) that is the paired
 * t-interval of the replications' differences. Replications where either figure is undefined
 * (NaN) are left out.
 */
public final class PairedDifference {
  private PairedDifference() {}

  /** Estimate and 95 % interval of alternative − base. */
  public static MetricSummary of(RatioParts base, RatioParts alternative) {
    if (base.replications() != alternative.replications()) {
      throw new IllegalArgumentException("paired runs need the same replications: " + base.replications() + " and "
          + alternative.replications());
    }
    int n = 0;
    double xb = 0;
    double yb = 0;
    double xa = 0;
    double ya = 0;
    for (int r = 0; r < base.replications(); r++) {
      if (defined(base, r) && defined(alternative, r)) {
        n++;
        xb += base.numerators()[r];
        yb += base.denominators()[r];
        xa += alternative.numerators()[r];
        ya += alternative.denominators()[r];
      }
    }
    if (n == 0 || !(yb > 0) || !(ya > 0)) {
      return MetricSummary.EMPTY;
    }
    double rb = xb / yb;
    double ra = xa / ya;
    double meanYb = yb / n;
    double meanYa = ya / n;
    double difference = ra - rb;
    if (n == 1) {
      return new MetricSummary(difference, Double.NaN, Double.NaN, 1);
    }
    double sum = 0;
    double sumSq = 0;
    for (int r = 0; r < base.replications(); r++) {
      if (defined(base, r) && defined(alternative, r)) {
        double z = (alternative.numerators()[r] - ra * alternative.denominators()[r]) / meanYa
            - (base.numerators()[r] - rb * base.denominators()[r]) / meanYb;
        sum += z;
        sumSq += z * z;
      }
    }
    double variance = Math.max(0, (sumSq - sum * sum / n) / (n - 1));
    double half = RatioStats.tQuantile975(n - 1L) * Math.sqrt(variance / n);
    return new MetricSummary(difference, difference - half, difference + half, n);
  }

  private static boolean defined(RatioParts p, int r) {
    return !Double.isNaN(p.numerators()[r]) && !Double.isNaN(p.denominators()[r]);
  }

  /** Whether the 95 % interval of a difference leaves out zero. */
  public static boolean excludesZero(MetricSummary difference) {
    return difference.ci95Low() > 0 || difference.ci95High() < 0;
  }

  /**
   * Half-width of the 95 % interval of the difference if the two runs had been independent
   * (Welch, on each run's ratio estimate): what common random numbers save.
   */
  public static double independentHalfWidth(RatioParts base, RatioParts alternative) {
    MetricSummary a = estimate(base);
    MetricSummary b = estimate(alternative);
    double seA = a.halfWidth() / RatioStats.tQuantile975(a.n() - 1L);
    double seB = b.halfWidth() / RatioStats.tQuantile975(b.n() - 1L);
    double se2 = seA * seA + seB * seB;
    double df = se2 * se2 / ((seA * seA) * (seA * seA) / (a.n() - 1) + (seB * seB) * (seB * seB) / (b.n() - 1));
    return RatioStats.tQuantile975(Math.max(1, Math.round(df))) * Math.sqrt(se2);
  }

  private static MetricSummary estimate(RatioParts p) {
    RatioStats s = new RatioStats(1);
    for (int r = 0; r < p.replications(); r++) {
      s.add(new double[] {p.numerators()[r]}, new double[] {p.denominators()[r]});
    }
    return s.summary(0);
  }
}
