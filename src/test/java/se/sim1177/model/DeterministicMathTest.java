package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast log and exp stay within 2 ulps of fdlibm ({@link StrictMath}) and handle edge cases. */
class DeterministicMathTest {
  private static final long SEED = 11;
  private static final int SAMPLES = 2_000_000;
  private static final double MAX_ULPS = 2;

  private static double ulps(double expected, double actual) {
    return Math.abs(expected - actual) / Math.ulp(expected);
  }

  @Test
  void logIsWithinTwoUlpsEverywhere() {
    SplittableRandom random = new SplittableRandom(SEED);
    double worst = 0;
    for (int i = 0; i < SAMPLES; i++) {
      // Uniforms (what the samplers pass), values near 1 (where log is small), and any magnitude.
      double x = switch (i % 3) {
        case 0 -> random.nextDouble();
        case 1 -> 1 + (random.nextDouble() - 0.5) * 1e-3;
        default -> Math.scalb(1 + random.nextDouble(), random.nextInt(-1000, 1000));
      };
      if (x == 0 || x == 1) {
        continue;
      }
      worst = Math.max(worst, ulps(StrictMath.log(x), DeterministicMath.log(x)));
    }
    assertTrue(worst <= MAX_ULPS, "worst log error " + worst + " ulps");
  }

  @Test
  void expIsWithinTwoUlpsEverywhere() {
    SplittableRandom random = new SplittableRandom(SEED);
    double worst = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double x = switch (i % 3) {
        case 0 -> (random.nextDouble() - 0.5) * 20;
        case 1 -> (random.nextDouble() - 0.5) * 1e-6;
        default -> (random.nextDouble() - 0.5) * 1400;
      };
      worst = Math.max(worst, ulps(StrictMath.exp(x), DeterministicMath.exp(x)));
    }
    assertTrue(worst <= MAX_ULPS, "worst exp error " + worst + " ulps");
  }

  @Test
  void edgeCases() {
    assertEquals(0.0, DeterministicMath.log(1.0), 0.0);
    assertEquals(Double.NEGATIVE_INFINITY, DeterministicMath.log(0.0), 0.0);
    assertTrue(Double.isNaN(DeterministicMath.log(-1.0)));
    assertEquals(StrictMath.log(Double.MIN_VALUE), DeterministicMath.log(Double.MIN_VALUE), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, DeterministicMath.log(Double.POSITIVE_INFINITY), 0.0);
    assertEquals(1.0, DeterministicMath.exp(0.0), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, DeterministicMath.exp(1000), 0.0);
    assertEquals(0.0, DeterministicMath.exp(-1000), 0.0);
    assertTrue(Double.isNaN(DeterministicMath.exp(Double.NaN)));
    assertEquals(Math.E, DeterministicMath.exp(1), Math.ulp(Math.E));
  }
}
