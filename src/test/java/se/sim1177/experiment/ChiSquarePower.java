package se.sim1177.experiment;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * Pearson's χ² goodness-of-fit test with its power: the critical value of χ²<sub>df</sub> at level
 * α, and the probability that a non-central χ²<sub>df</sub>(λ) exceeds it. Against counts N·p′ when
 * the test expects N·p, the statistic is approximately non-central with λ = N Σ (p′ − p)² / p
 * (Cohen's w² · N), so the power against a stated alternative follows from λ alone.
 */
public final class ChiSquarePower {
  private ChiSquarePower() {}

  /** The value χ²<sub>df</sub> exceeds with probability {@code alpha}. */
  public static double critical(int df, double alpha) {
    return new ChiSquaredDistribution(null, df).inverseCumulativeProbability(1 - alpha);
  }

  /** Pearson's statistic Σ (observed − expected)² / expected. */
  public static double statistic(double[] observed, double[] expected) {
    double chi2 = 0;
    for (int i = 0; i < observed.length; i++) {
      chi2 += (observed[i] - expected[i]) * (observed[i] - expected[i]) / expected[i];
    }
    return chi2;
  }

  /** The non-centrality Σ (alternative − expected)² / expected of counts {@code alternative} against {@code expected}. */
  public static double noncentrality(double[] expected, double[] alternative) {
    return statistic(alternative, expected);
  }

  /**
   * P(χ²<sub>df</sub>(λ) > {@code critical}): the non-central χ² as a Poisson(λ/2) mixture of
   * central χ²<sub>df+2j</sub>, summed over the mixture's weights until they are spent (to 10<sup>−12</sup>).
   */
  public static double power(int df, double lambda, double critical) {
    double half = lambda / 2;
    int centre = (int) Math.floor(half);
    double below = 0;
    double weightSum = 0;
    // From the Poisson mode outwards, both ways, so large λ lose nothing to underflow.
    for (int j = centre; j >= 0; j--) {
      double w = poisson(j, half);
      below += w * centralCdf(df + 2 * j, critical);
      weightSum += w;
      if (w < 1e-14 && j < centre) {
        break;
      }
    }
    for (int j = centre + 1; ; j++) {
      double w = poisson(j, half);
      below += w * centralCdf(df + 2 * j, critical);
      weightSum += w;
      if (w < 1e-14) {
        break;
      }
    }
    if (Math.abs(weightSum - 1) > 1e-9) {
      throw new IllegalStateException("Poisson weights sum to " + weightSum);
    }
    return 1 - below;
  }

  /** The power of the level-{@code alpha} test with {@code df} degrees of freedom against non-centrality {@code lambda}. */
  public static double powerAt(int df, double lambda, double alpha) {
    return power(df, lambda, critical(df, alpha));
  }

  /** The smallest non-centrality (to 0.01) at which the test of critical value {@code critical} has power {@code power}. */
  public static double noncentralityFor(int df, double critical, double power) {
    double lo = 0;
    double hi = 1;
    while (power(df, hi, critical) < power) {
      hi *= 2;
    }
    while (hi - lo > 0.01) {
      double mid = (lo + hi) / 2;
      if (power(df, mid, critical) >= power) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  private static double poisson(int j, double mean) {
    if (mean == 0) {
      return j == 0 ? 1 : 0;
    }
    return Math.exp(j * Math.log(mean) - mean - Gamma.logGamma(j + 1.0));
  }

  private static double centralCdf(int df, double x) {
    return Gamma.regularizedGammaP(df / 2.0, x / 2);
  }
}
