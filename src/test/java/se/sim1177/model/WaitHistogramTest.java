package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.sim1177.TestScenarios;
import se.sim1177.engine.StreamFamily;
import se.sim1177.scenario.RunControl;

/**
 * The answered-wait histogram: exact one-second bins below {@link WaitHistogram#LINEAR_SECONDS},
 * bins at most 0.2 % wide above, no cap within any horizon a run can have, and an overloaded line
 * whose waits run to days gets a 90th percentile that agrees with its mean wait and with the
 * fluid limit.
 */
class WaitHistogramTest {
  @Test
  void binsTileTheRangeWithoutGapsOrOverlaps() {
    for (int i = 1; i < WaitHistogram.BINS - 1; i++) {
      double lower = WaitHistogram.lowerEdge(i);
      double width = WaitHistogram.width(i);
      if (i > 1) { // bin 1 is (0, 1): a wait of exactly 0 has bin 0
        assertEquals(i, WaitHistogram.bin(lower), "bin of its own lower edge " + lower);
      }
      assertEquals(i, WaitHistogram.bin(Math.nextDown(lower + width)), "bin just below the upper edge of bin " + i);
      if (i + 1 < WaitHistogram.BINS - 1) {
        assertEquals(lower + width, WaitHistogram.lowerEdge(i + 1), 0.0, "upper edge of bin " + i + " = lower edge of the next");
      }
      assertTrue(width <= Math.max(1, lower / WaitHistogram.SUB_BINS),
          "bin " + i + " at " + lower + " s is " + width + " s wide, more than 0.2 % of the wait");
    }
    assertEquals(0, WaitHistogram.bin(0.0));
    assertEquals(1, WaitHistogram.bin(1e-9));
    assertEquals(WaitHistogram.BINS - 1, WaitHistogram.bin(WaitHistogram.MAX_SECONDS), "overflow bin");
    double longestWait = RunControl.MAX_DAYS * 86400.0;
    assertTrue(WaitHistogram.bin(longestWait) < WaitHistogram.BINS - 1,
        "the longest wait a run can produce (" + longestWait + " s) must not overflow");
  }

  @Test
  void quantilesAreExactToTheSecondInTheOneSecondRange() {
    long[] counts = WaitHistogram.newCounts();
    // Waits 0.5, 1.5, ..., 9999.5 s: the empirical p90 of the histogram is 9000 s exactly.
    for (int k = 0; k < 10_000; k++) {
      counts[WaitHistogram.bin(k + 0.5)]++;
    }
    assertEquals(9000.0, WaitHistogram.quantile(counts, 0.9), 0.0);
    assertEquals(5000.0, WaitHistogram.quantile(counts, 0.5), 0.0);
  }

  @Test
  void quantilesAboveNineHoursAreWithinOneBin() {
    long[] counts = WaitHistogram.newCounts();
    // One wait at every whole second from 0 to 1,000,000 s (11.6 days): the exact p90 is 900,000 s;
    // bins there are 512 s wide.
    int n = 1_000_000;
    for (int k = 0; k < n; k++) {
      counts[WaitHistogram.bin(k)]++;
    }
    double p90 = WaitHistogram.quantile(counts, 0.9);
    double exact = 0.9 * n;
    double binWidth = WaitHistogram.width(WaitHistogram.bin(exact));
    assertEquals(exact, p90, binWidth, String.format(Locale.ROOT, "p90 %.1f s, exact %.1f s, bin width %.0f s", p90, exact, binWidth));
  }

  @Test
  void aQuantileInTheOverflowBinIsNotANumber() {
    long[] counts = WaitHistogram.newCounts();
    counts[WaitHistogram.bin(10)] = 1;
    counts[WaitHistogram.bin(WaitHistogram.MAX_SECONDS * 2.0)] = 9;
    assertTrue(Double.isNaN(WaitHistogram.quantile(counts, 0.9)), "a capped quantile must not be reported as a value");
    assertEquals(10.5, WaitHistogram.quantile(counts, 0.05), 0.0, "half-way through the one wait in [10, 11)");
  }

  /**
   * M/M/6 with 60 calls an hour and 8-minute calls (capacity 45 an hour) and nobody abandoning:
   * the queue grows by 15 callers an hour, so a caller arriving t hours into the run waits about
   * t/3 hours (fluid limit). Arrivals stop at T = 192 h and the line drains for at most a day, so a
   * caller is answered before the drain's limit (216 h) only if t + t/3 ≤ 216, t ≤ 162 h. Measured
   * arrivals (t from 24 h) that are answered waited uniformly between 8 and 54 hours:
   * p90 = 8 + 0.9 × 46 = 49.4 h = 177,840 s, mean = 31 h, far beyond the old six-hour cap.
   *
   * <p>Tolerance: the fluid limit ignores the queue's random-walk fluctuation, whose standard
   * deviation at t ≈ 130 h is √((60 + 45) × 130) ≈ 117 callers, 2.6 h of wait (6 % of 44 h) per
   * replication; the mean of 8 replications has a standard deviation near 2.1 %, so 10 % is
   * more than four standard deviations.
   */
  @Test
  void anOverloadedLineGetsAQuantileConsistentWithItsMeanWait() {
    int replications = 8;
    var scenario = TestScenarios.stationary(60, 480, 6, TestScenarios.NO_ABANDONMENT, 300, 7, replications, 777);
    CallCentreModel model = new CallCentreModel(scenario);
    StreamFamily streams = new StreamFamily(777);
    double fluidP90 = 49.4 * 3600.0;
    double sumP90 = 0;
    for (int r = 0; r < replications; r++) {
      ReplicationResult result = new Replication(model, streams, r).run();
      double p90 = result.answeredWaitQuantile(0.9);
      double mean = result.total(Tally.WAIT_ANSWERED) / result.total(Tally.ANSWERED);
      assertTrue(p90 > mean, String.format(Locale.ROOT, "replication %d: p90 %.1f s must exceed the mean wait %.1f s", r, p90, mean));
      assertTrue(p90 > 6 * 3600 + 1, String.format(Locale.ROOT, "replication %d: p90 %.1f s looks capped at six hours", r, p90));
      assertTrue(p90 < 8 * 86400, String.format(Locale.ROOT, "replication %d: p90 %.1f s exceeds the run", r, p90));
      sumP90 += p90;
    }
    double meanP90 = sumP90 / replications;
    assertEquals(fluidP90, meanP90, 0.10 * fluidP90,
        String.format(Locale.ROOT, "mean p90 %.0f s against the fluid limit %.0f s", meanP90, fluidP90));
  }
}
