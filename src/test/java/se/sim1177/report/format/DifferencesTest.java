package se.sim1177.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A paired difference, on compare's console and in its report.html, is rounded to what its
 * interval supports and never reads "-0" (issue 18.4: the console printed {@code +0.0002829} and
 * {@code -0.0 [-0.0, +0.0]}), and is better or worse by the metric's direction.
 */
class DifferencesTest {
  @Test
  void decimalsShowTheIntervalToItsSecondSignificantDigit() {
    assertEquals(0, Differences.decimalsFor(24.0), "an interval 24 wide: whole numbers");
    assertEquals(1, Differences.decimalsFor(2.5));
    assertEquals(2, Differences.decimalsFor(0.4));
    assertEquals(3, Differences.decimalsFor(0.05));
    assertEquals(4, Differences.decimalsFor(1e-7), "at most four");
    assertEquals(1, Differences.decimalsFor(0), "an interval of width 0");
  }

  @Test
  void aDifferenceThatRoundsToZeroHasNoSign() {
    assertEquals("0.0", Differences.signed(-0.0, 1));
    assertEquals("0.0", Differences.signed(-0.04, 1));
    assertEquals("0", Differences.signed(-0.4, 0));
    assertEquals("-0.1", Differences.signed(-0.05, 1));
    assertEquals("+0.0003", Differences.signed(0.0002829, 4));
    assertEquals("+12", Differences.signed(12.4, 0));
  }

  @Test
  void betterAndWorseFollowEachMetricsDirection() {
    assertEquals(+1, Differences.direction("answer_rate"));
    assertEquals(+1, Differences.direction("service_level"));
    assertEquals(-1, Differences.direction("mean_wait_answered_s"));
    assertEquals(-1, Differences.direction("overtime_hours_per_day"), "higher overtime is worse");
    assertEquals(-1, Differences.direction("abandon_rate"));
    assertEquals(0, Differences.direction("offered_calls_per_day"), "demand is neither");
    assertEquals(0, Differences.direction("nurse_hours_per_day"), "hours on duty are weighed against cost");
  }
}
