package se.sim1177.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Compare's console rounds a difference to what its interval supports and never prints "-0"
 * (issue 18.4: it printed {@code +0.0002829} and {@code -0.0 [-0.0, +0.0]}), and says better or
 * worse by the metric's direction.
 */
class CompareConsoleTest {
  @Test
  void decimalsShowTheIntervalToItsSecondSignificantDigit() {
    assertEquals(0, CompareConsole.decimalsFor(24.0), "an interval 24 wide: whole numbers");
    assertEquals(1, CompareConsole.decimalsFor(2.5));
    assertEquals(2, CompareConsole.decimalsFor(0.4));
    assertEquals(3, CompareConsole.decimalsFor(0.05));
    assertEquals(4, CompareConsole.decimalsFor(1e-7), "at most four");
    assertEquals(1, CompareConsole.decimalsFor(0), "an interval of width 0");
  }

  @Test
  void aDifferenceThatRoundsToZeroHasNoSign() {
    assertEquals("0.0", CompareConsole.signed(-0.0, 1));
    assertEquals("0.0", CompareConsole.signed(-0.04, 1));
    assertEquals("0", CompareConsole.signed(-0.4, 0));
    assertEquals("-0.1", CompareConsole.signed(-0.05, 1));
    assertEquals("+0.0003", CompareConsole.signed(0.0002829, 4));
    assertEquals("+12", CompareConsole.signed(12.4, 0));
  }

  @Test
  void betterAndWorseFollowEachMetricsDirection() {
    assertEquals(+1, CompareConsole.direction("answer_rate"));
    assertEquals(+1, CompareConsole.direction("service_level"));
    assertEquals(-1, CompareConsole.direction("mean_wait_answered_s"));
    assertEquals(-1, CompareConsole.direction("overtime_hours_per_day"), "higher overtime is worse");
    assertEquals(-1, CompareConsole.direction("abandon_rate"));
    assertEquals(0, CompareConsole.direction("offered_calls_per_day"), "demand is neither");
    assertEquals(0, CompareConsole.direction("nurse_hours_per_day"), "hours on duty are weighed against cost");
  }
}
