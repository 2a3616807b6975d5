package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.sim1177.TestSeeds;
import se.sim1177.engine.StreamFamily;
import se.sim1177.engine.Xoshiro256PlusPlus;

/**
 * The ziggurat against the unit exponential distribution, on {@value #DRAWS} draws of one fixed
 * stream, each check at the 0.1 % level (so the five checks together fail by chance with
 * probability at most 0.5 %), and each with the error it would catch:
 *
 * <ul>
 *   <li>Kolmogorov–Smirnov: critical distance 1.949/√n = 0.00097; an error of 0.0018 in the
 *       distribution function at any point leaves at least 0.00083 = 3.3 standard deviations
 *       (at most 0.5/√n = 0.00025) beyond it: caught with probability above 0.999.
 *   <li>χ² over 200 equally likely bins (20,000 draws expected in each): a 6 % error in one bin's
 *       probability adds 20,000 × 0.06² = 72 to the statistic, against a critical value 66 above
 *       its mean of 199: caught with probability 0.56 (non-central χ²(199, 72) beyond 266.4); an
 *       error of 8 % in one bin (adding 128) with probability 0.98, and one spread over several bins sooner.
 *   <li>The tail beyond r = 7.697 (probability e^−r, 1,812 draws expected, standard deviation 43),
 *       drawn by the separate tail branch: a 10 % error in its mass is 4.3 standard deviations,
 *       caught (beyond 3.29) with probability 0.85; and its excess over r must have mean 1 (no
 *       memory), standard error 1/√1812 = 0.0235, which catches an error of 0.1 with probability
 *       Φ(0.1/0.0235 − 3.29) = 0.83.
 *   <li>Mean and variance 1, within 3.29 standard errors (1/√n and √8/√n).
 * </ul>
 *
 * A wrong single wedge (each holds about 4·10^-5 of the probability) is below what these checks
 * see; {@link #rectanglesAreThePublishedConstruction} checks the layers against their published
 * construction and how often draws fall outside the rectangles.
 */
@Tag(TestSeeds.TAG)
class ExponentialZigguratTest {
  private static final int DRAWS = 4_000_000;
  private static final double Z = 3.29;
  private static final double R = 7.697117470131487;

  private static double[] draws() {
    Xoshiro256PlusPlus g = new StreamFamily(TestSeeds.seed("ExponentialZigguratTest", 20261124L)).stream(0, 0);
    double[] x = new double[DRAWS];
    for (int i = 0; i < DRAWS; i++) {
      x[i] = ExponentialZiggurat.standard(g.nextDouble());
    }
    return x;
  }

  @Test
  void followsTheUnitExponentialDistribution() {
    double[] x = draws();
    double sum = 0;
    double sumSq = 0;
    for (double v : x) {
      assertTrue(v >= 0 && Double.isFinite(v), "draw " + v);
      sum += v;
      sumSq += v * v;
    }
    double mean = sum / DRAWS;
    double variance = sumSq / DRAWS - mean * mean;
    assertEquals(1.0, mean, Z / Math.sqrt(DRAWS), "mean");
    assertEquals(1.0, variance, Z * Math.sqrt(8.0 / DRAWS), "variance");

    Arrays.sort(x);
    double d = 0;
    for (int i = 0; i < DRAWS; i++) {
      double f = -Math.expm1(-x[i]);
      d = Math.max(d, Math.max((i + 1.0) / DRAWS - f, f - (double) i / DRAWS));
    }
    assertTrue(d < 1.949 / Math.sqrt(DRAWS), "Kolmogorov-Smirnov distance " + d);

    int bins = 200;
    long[] count = new long[bins];
    for (double v : x) {
      int b = (int) (-Math.expm1(-v) * bins);
      count[Math.min(b, bins - 1)]++;
    }
    double expected = (double) DRAWS / bins;
    double chi2 = 0;
    for (long c : count) {
      chi2 += (c - expected) * (c - expected) / expected;
    }
    double critical = new ChiSquaredDistribution(null, bins - 1).inverseCumulativeProbability(0.999);
    assertTrue(chi2 < critical, "chi-square " + chi2 + " over " + bins + " bins, critical " + critical);

    int tail = 0;
    double excess = 0;
    for (double v : x) {
      if (v > R) {
        tail++;
        excess += v - R;
      }
    }
    double tailExpected = DRAWS * Math.exp(-R);
    assertEquals(tailExpected, tail, Z * Math.sqrt(tailExpected), "draws beyond r");
    assertEquals(1.0, excess / tail, Z / Math.sqrt(tail), "mean excess over r");
  }

  @Test
  void rectanglesAreThePublishedConstruction() {
    // Layer edges recomputed here from Marsaglia and Tsang's recurrence (x_255 = r,
    // x_(i-1) = -log(v/x_i + e^-x_i)), apart from the class's tables: a draw whose point falls
    // left of the layer's inner edge must come back as that point, exactly the fast path, and
    // the others (wedges and tail) must be as rare as the construction says.
    double v = 3.949659822581572e-3;
    double[] x = new double[256];
    x[255] = R;
    for (int i = 255; i >= 2; i--) {
      x[i - 1] = -Math.log(v / x[i] + Math.exp(-x[i]));
    }
    double baseWidth = v / Math.exp(-R);
    double expectedOutside = (1 - R / baseWidth) / 256;
    for (int i = 1; i < 256; i++) {
      expectedOutside += (1 - x[i - 1] / x[i]) / 256;
    }
    Xoshiro256PlusPlus g = new StreamFamily(TestSeeds.seed("ExponentialZigguratTest.rectangles", 7)).stream(0, 0);
    int n = 1_000_000;
    int outside = 0;
    for (int i = 0; i < n; i++) {
      double u = g.nextDouble();
      long k = (long) (u * 0x1.0p52);
      int layer = (int) (k & 255);
      double point = (k >>> 8) * 0x1.0p-44;
      double right = layer == 0 ? baseWidth : x[layer];
      double left = layer == 0 ? R : x[layer - 1];
      double candidate = point * right;
      if (candidate < left * (1 - 1e-12)) {
        assertEquals(candidate, ExponentialZiggurat.standard(u), 1e-12 * candidate, "u = " + u);
      } else if (candidate > left * (1 + 1e-12)) {
        outside++;
      }
    }
    double se = Math.sqrt(expectedOutside * (1 - expectedOutside) / n);
    assertEquals(expectedOutside, (double) outside / n, 4 * se, "share of draws outside the rectangles");
    assertEquals(0.0222, expectedOutside, 0.0001, "the construction's share outside the rectangles (2.2 %)");
  }

  /**
   * The base layer's branches, at uniforms chosen to land in them (replacing a check that called
   * the same pure function twice): a point of layer 0 inside r's rectangle comes back as that point,
   * below r; every point beyond it goes to the tail, r plus an exponential, so beyond r; and the
   * extreme uniforms (0, the last double below 1) give finite variates.
   */
  @Test
  void theBaseLayerSendsItsOuterPointsToTheTail() {
    double baseWidth = 3.949659822581572e-3 / Math.exp(-R);
    long inner = (long) (R / baseWidth * 0x1.0p44);
    for (long point : new long[] {0, 1, inner / 2, inner - 1}) {
      double u = (point << 8) * 0x1.0p-52;
      assertEquals(point * baseWidth * 0x1.0p-44, ExponentialZiggurat.standard(u), 1e-12 * R, "inner point " + point);
      assertTrue(ExponentialZiggurat.standard(u) < R);
    }
    int tail = 0;
    for (long point = inner + 1; point < (1L << 44); point += ((1L << 44) - inner) / 1000) {
      double x = ExponentialZiggurat.standard((point << 8) * 0x1.0p-52);
      assertTrue(x > R && Double.isFinite(x), "point " + point + " of the base layer beyond r's rectangle gave " + x);
      tail++;
    }
    assertTrue(tail >= 1000, "tail points tried: " + tail);
    assertEquals(0.0, ExponentialZiggurat.standard(0.0), 0.0);
    double last = ExponentialZiggurat.standard(1 - 0x1.0p-53);
    assertTrue(last >= 0 && Double.isFinite(last), "u = 1 - 2^-53 gave " + last);
  }
}
