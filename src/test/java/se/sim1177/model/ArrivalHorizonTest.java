package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import se.sim1177.engine.Xoshiro256PlusPlus;

/**
 * The arrival process's end: past the horizon it finds its next arrival at infinity, as it always
 * did, though it now gets there through an interval of infinite rate past the horizon rather than
 * by a test (which the JIT would have compiled as a trap, met first at the end of the first
 * replication). Every arrival before it lies within the horizon, also when the horizon ends in
 * hours without calls.
 */
class ArrivalHorizonTest {
  private static Xoshiro256PlusPlus stream(long seed) {
    return new Xoshiro256PlusPlus(new long[] {seed, 0x9E3779B97F4A7C15L, 7, 11});
  }

  /** Arrivals of {@code days} days (plus the day past the horizon) until infinity. */
  private static int arrivalsUntilTheEnd(double[] weekRates, int days, long seed) {
    double[] busyness = new double[days + 1];
    Arrays.fill(busyness, 1.0);
    PiecewiseArrivals arrivals = new PiecewiseArrivals(weekRates, 24, 0, busyness, stream(seed));
    double horizon = days * 86400.0;
    double last = 0;
    int n = 0;
    while (true) {
      double t = arrivals.advance();
      if (t == Double.POSITIVE_INFINITY) {
        break;
      }
      assertTrue(t >= last && t < horizon, "arrival " + n + " at " + t + " lies in the horizon, in order");
      last = t;
      n++;
    }
    assertEquals(Double.POSITIVE_INFINITY, arrivals.advance(), "and stays at infinity");
    return n;
  }

  @Test
  void theArrivalPastTheHorizonIsAtInfinity() {
    double[] open = new double[7 * 24];
    Arrays.fill(open, 100 / 3600.0);
    int n = arrivalsUntilTheEnd(open, 3, 1);
    // 7,200 expected over three days (Poisson, sd 85); 6 standard deviations either way, so a fixed
    // seed never fails by chance, while a process that stopped a day early (4,800) or ran a day
    // past the horizon (9,600) would be 28 standard deviations off.
    assertTrue(Math.abs(n - 7200) < 6 * Math.sqrt(7200), n + " arrivals");
  }

  @Test
  void aHorizonEndingInClosedHoursEndsTheSame() {
    double[] daytime = new double[7 * 24];
    for (int w = 0; w < 7; w++) {
      for (int h = 8; h < 21; h++) {
        daytime[w * 24 + h] = 120 / 3600.0;
      }
    }
    for (long seed = 1; seed <= 20; seed++) {
      arrivalsUntilTheEnd(daytime, 2, seed);
    }
  }
}
