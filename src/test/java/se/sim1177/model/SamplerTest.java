package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.sim1177.TestSeeds;
import se.sim1177.engine.StreamFamily;
import se.sim1177.engine.Xoshiro256PlusPlus;
import se.sim1177.scenario.DistributionSpec;

/** Inversion samplers: exact quantiles where a reference exists, and sample moments within their CIs. */
class SamplerTest {
  private static final int DRAWS = 400_000;
  /** Two-sided z for a 99.9 % interval: several moments are checked, so each gets a wide one. */
  private static final double Z = 3.29;

  /** u and Φ⁻¹(u) to 17 digits, computed with mpmath at 60-digit precision (bisection on its normal CDF). */
  private static final double[][] NORMAL_QUANTILES = {
    {1e-300, -37.047096299361199},
    {1e-12, -7.0344838253011319},
    {1e-6, -4.7534243088228989},
    {0.001, -3.0902323061678135},
    {0.02425, -1.9729610513118849},
    {0.1, -1.2815515655446005},
    {0.3, -0.52440051270804078},
    {0.5, 0},
    {0.7, 0.52440051270804078},
    {0.9, 1.2815515655446005},
    {0.97575, 1.9729610513118849},
    {0.999, 3.0902323061678135},
  };

  @Test
  void normalQuantileMatchesHighPrecisionValues() {
    for (double[] q : NORMAL_QUANTILES) {
      // AS 241 is accurate to about 1e-16 relative; allow a few ulps of rounding in the polynomials.
      assertEquals(q[1], NormalInverse.standard(q[0]), 1e-15 * Math.max(1, Math.abs(q[1])), "u = " + q[0]);
    }
  }

  @Test
  void gammaQuantileInvertsTheGammaCdf() {
    // Shapes over the whole allowed range: gamma and Erlang up to 1e4, day busyness up to 1e6.
    for (double shape : new double[] {0.05, 0.3, 1, 2.78, 10, 400, 1e4, 1e6}) {
      GammaDistribution g = new GammaDistribution(null, shape, 1, 1e-12);
      for (double u : new double[] {1e-9, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-9}) {
        double x = GammaInverse.standard(shape, u);
        // Relative to the smaller tail, so 1e-9 is held to a part in 1e4 as well as 0.5 is.
        double tail = Math.min(u, 1 - u);
        assertEquals(u, g.cumulativeProbability(x), 1e-4 * tail, "shape " + shape + ", u " + u);
      }
    }
  }

  @Tag(TestSeeds.TAG)
  @Test
  void sampleMeansAndSdsMatchTheSpecifiedDistribution() {
    List<DistributionSpec> specs = List.of(
        new DistributionSpec.Exponential(600),
        new DistributionSpec.Lognormal(StrictMath.log(420) - 0.5 * StrictMath.log1p(0.36), Math.sqrt(StrictMath.log1p(0.36))),
        new DistributionSpec.GammaSpec(2.5, 120),
        new DistributionSpec.Erlang(3, 300),
        new DistributionSpec.Weibull(1.5, 400),
        new DistributionSpec.Uniform(60, 180),
        new DistributionSpec.Empirical(List.of(60.0, 120.0, 600.0)));
    Xoshiro256PlusPlus rng = new StreamFamily(TestSeeds.seed("SamplerTest", 2024)).stream(0, 0);
    for (DistributionSpec spec : specs) {
      DurationSampler sampler = DurationSampler.of(spec);
      double sum = 0;
      double sumSq = 0;
      for (int i = 0; i < DRAWS; i++) {
        double x = sampler.sample(rng.nextDouble());
        assertTrue(x >= 0, spec + " gave a negative duration " + x);
        sum += x;
        sumSq += x * x;
      }
      double mean = sum / DRAWS;
      double sd = Math.sqrt(sumSq / DRAWS - mean * mean);
      double meanTolerance = Z * spec.sd() / Math.sqrt(DRAWS);
      assertEquals(spec.mean(), mean, meanTolerance, spec + ": sample mean");
      // The sd's standard error depends on the fourth moment; 2 % is over 5 standard errors for
      // every distribution here (their kurtosis is at most that of this lognormal, about 9).
      assertEquals(spec.sd(), sd, 0.02 * spec.sd(), spec + ": sample sd");
    }
  }

  @Test
  void inversionIsMonotone() {
    DurationSampler s = DurationSampler.of(new DistributionSpec.GammaSpec(0.7, 100));
    double previous = 0;
    for (int i = 1; i < 1000; i++) {
      double x = s.sample(i / 1000.0);
      assertTrue(x >= previous, "quantiles must not decrease");
      previous = x;
    }
  }
}
