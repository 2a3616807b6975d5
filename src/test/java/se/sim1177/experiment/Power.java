package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A two-sided test of a simulated mean against a known value, with its power stated and checked.
 *
 * <p>The test accepts when |mean − known| ≤ t<sub>1−α/2, n−1</sub> · SE, SE the standard error of
 * the mean over n independent replications. A true error δ is then caught with probability at
 * least Φ(δ / SE − t) (the far tail adds a little more), so the power is at least 0.8 when
 * (t + z<sub>0.8</sub>) · SE ≤ δ. {@link #assertAgrees} checks both: the agreement, and that the
 * achieved SE is small enough for that power against the error the caller names, so a test that
 * loses replications or days fails instead of passing by being vague.
 */
public final class Power {
  /** z<sub>0.8</sub> = 0.8416: the normal quantile for power 0.8. */
  public static final double Z_POWER_80 = new NormalDistribution().inverseCumulativeProbability(0.8);

  private Power() {}

  /** Mean, standard error of the mean and count of a sample of independent replications. */
  public record Estimate(double mean, double standardError, int n) {
    public static Estimate of(double[] values) {
      int n = values.length;
      double sum = 0;
      for (double v : values) {
        sum += v;
      }
      double mean = sum / n;
      double ss = 0;
      for (double v : values) {
        ss += (v - mean) * (v - mean);
      }
      return new Estimate(mean, Math.sqrt(ss / (n - 1) / n), n);
    }

    /** Two independent estimates' difference, its SE the root of the summed variances. */
    public Estimate minus(Estimate other) {
      return new Estimate(mean - other.mean, Math.hypot(standardError, other.standardError), Math.min(n, other.n));
    }
  }

  /** t<sub>1−α/2</sub> with {@code n − 1} degrees of freedom, α = 1 − {@code confidence}. */
  public static double t(double confidence, int n) {
    return new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + confidence / 2);
  }

  /**
   * Asserts that {@code known} lies in the {@code confidence} t-interval of {@code e}, and that
   * an error of {@code detectable} would have been caught with power at least 0.8.
   */
  public static void assertAgrees(String what, Estimate e, double known, double confidence, double detectable) {
    double t = t(confidence, e.n());
    double halfWidth = t * e.standardError();
    double needed = (t + Z_POWER_80) * e.standardError();
    String text = String.format(Locale.ROOT,
        "%s: known %.6g, simulated %.6g ± %.3g (%.1f %% CI, n = %d); detectable with power 0.8: %.3g, required %.3g",
        what, known, e.mean(), halfWidth, 100 * confidence, e.n(), needed, detectable);
    System.out.println(text);
    assertTrue(Math.abs(e.mean() - known) <= halfWidth, text);
    assertTrue(needed <= detectable, "too weak to catch the error that matters: " + text);
  }

  /** The same for summary metric {@code metric} of an experiment. */
  public static void assertAgrees(ExperimentResult r, Metric metric, double known, double confidence, double detectable) {
    assertAgrees(metric.key(), Estimate.of(r.replicationValues(metric.key())), known, confidence, detectable);
  }
}
