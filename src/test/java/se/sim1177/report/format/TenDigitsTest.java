package se.sim1177.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast ten-digit rounding of CSV numbers writes exactly what BigDecimal wrote: compared on
 * every kind of value a results file holds and on those where a fast path would slip (ties at the
 * tenth digit, their neighbours one ulp away, powers of ten, the ends of the plain range).
 */
class TenDigitsTest {
  private static void same(double v) {
    assertEquals(Numbers.csvByBigDecimal(v), Numbers.csv(v), () -> "value " + v + " (" + Double.doubleToRawLongBits(v) + ")");
    assertEquals(Numbers.csvByBigDecimal(-v), Numbers.csv(-v), () -> "value " + -v);
  }

  private static void withNeighbours(double v) {
    same(v);
    same(Math.nextUp(v));
    same(Math.nextDown(v));
  }

  @Test
  void randomBitsOverEveryDecadeOfThePlainRangeAndBeyond() {
    SplittableRandom random = new SplittableRandom(20261207);
    for (int i = 0; i < 400_000; i++) {
      double decade = -8 + 25 * random.nextDouble();
      same(Math.pow(10, decade));
      same(Double.longBitsToDouble(random.nextLong(0x3E00000000000000L, 0x4340000000000000L)));
    }
  }

  @Test
  void shortDecimalsAndCountsAsResultsHoldThem() {
    SplittableRandom random = new SplittableRandom(1177);
    for (int i = 0; i < 200_000; i++) {
      long digits = random.nextLong(1, 10_000_000_000_000L);
      int places = random.nextInt(0, 19);
      withNeighbours(digits / Math.pow(10, places));
      withNeighbours(random.nextInt(0, 100_000));
      withNeighbours(random.nextInt(1, 10_000) / (double) random.nextInt(1, 10_000));
    }
  }

  @Test
  void tiesAtTheTenthDigitAndTheirNeighbours() {
    SplittableRandom random = new SplittableRandom(85);
    for (int i = 0; i < 200_000; i++) {
      long tenDigits = random.nextLong(1_000_000_000L, 10_000_000_000L);
      int exponent = random.nextInt(-16, 6);
      // n.5 × 10^exponent: the tie itself is rarely a double, its neighbours decide the rounding.
      withNeighbours((tenDigits + 0.5) * Math.pow(10, exponent));
      withNeighbours((tenDigits * 10 + 5) / Math.pow(10, -exponent + 1));
    }
  }

  @Test
  void oneDecimalIsStringFormats() {
    SplittableRandom random = new SplittableRandom(600);
    for (int i = 0; i < 300_000; i++) {
      double[] values = {
          random.nextDouble() * Math.pow(10, random.nextInt(-4, 12)),
          random.nextLong(0, 10_000_000) / 100.0 + 0.05,
          random.nextLong(0, 100_000) * 0.05,
          random.nextLong(0, 1_000_000) / 20.0,
      };
      for (double v : values) {
        for (double w : new double[] {v, -v, Math.nextUp(v), Math.nextDown(v)}) {
          assertEquals(String.format(java.util.Locale.ROOT, "%.1f", w), Numbers.oneDecimal(w), () -> "value " + w);
        }
      }
    }
    for (double v : new double[] {0.0, -0.0, 0.05, 0.15, 0.25, 1.005, 2.5e-8, 1e7, 1.25e7, 9.95, 99.95, 1e300, Double.NaN,
        Double.POSITIVE_INFINITY, Double.MIN_VALUE}) {
      assertEquals(String.format(java.util.Locale.ROOT, "%.1f", v), Numbers.oneDecimal(v), () -> "value " + v);
    }
  }

  @Test
  void powersOfTenNinesAndTheEndsOfThePlainRange() {
    for (int e = -8; e <= 16; e++) {
      double p = Math.pow(10, e);
      withNeighbours(p);
      withNeighbours(Double.parseDouble("9.9999999995e" + e));
      withNeighbours(Double.parseDouble("9.999999999e" + e));
      withNeighbours(Double.parseDouble("1.0000000005e" + e));
    }
    withNeighbours(1e-6);
    withNeighbours(1e15);
    withNeighbours(0.1);
    withNeighbours(1.0 / 3);
    withNeighbours(Double.MIN_NORMAL);
    same(Double.MAX_VALUE);
    same(Double.MIN_VALUE);
    assertEquals("0", Numbers.csv(-0.0));
    assertEquals("", Numbers.csv(Double.NaN));
  }
}
