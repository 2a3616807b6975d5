package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 22: first attempts, attempts offered and first attempts answered at once (callers answered,
 * {@link Tally#UNIQUE_ANSWERED}) are counted in scalars while their interval is current and added
 * to its cell, day and history row when it closes. They must land exactly where
 * adding them one by one put them: in the interval current when they came, never in the next one,
 * and the last interval's when the result is taken; the warm-up's and the drain's in scratch.
 */
class CurrentIntervalCountsTest {
  private static final int INTERVALS = 24;
  private static final int DAYS = 2;

  @Test
  void eachIntervalKeepsItsOwnCounts() {
    TallyRecorder t = new TallyRecorder(INTERVALS, DAYS, 20, true);
    int monday8 = 8;
    int tuesday23 = INTERVALS + 23;
    t.openInterval(monday8, -1);
    countAttempts(t, 5, 7); // warm-up: scratch only
    t.openInterval(monday8, 0);
    countAttempts(t, 2, 3);
    t.openInterval(monday8 + 1, 0);
    countAttempts(t, 1, 1);
    t.openInterval(tuesday23, 1);
    countAttempts(t, 4, 6);
    t.closeMeasurement(2 * 86400.0);
    countAttempts(t, 0, 9); // redials while the line drains: scratch only
    ReplicationResult r = t.result(0, 0, 0, 0, 0, false);

    assertCounts(r.cell(monday8, Tally.FIRST_ATTEMPTS), r.cell(monday8, Tally.OFFERED), 2, 3, "Monday 08");
    assertCounts(r.cell(monday8 + 1, Tally.FIRST_ATTEMPTS), r.cell(monday8 + 1, Tally.OFFERED), 1, 1, "Monday 09");
    assertCounts(r.cell(tuesday23, Tally.FIRST_ATTEMPTS), r.cell(tuesday23, Tally.OFFERED), 4, 6, "Tuesday 23");
    assertCounts(r.day(0, Tally.FIRST_ATTEMPTS), r.day(0, Tally.OFFERED), 3, 4, "day 0");
    assertCounts(r.day(1, Tally.FIRST_ATTEMPTS), r.day(1, Tally.OFFERED), 4, 6, "day 1");
    DayIntervals history = r.dayIntervals();
    assertCounts(history.get(0, 8, DayIntervals.FIRST_ATTEMPTS), history.get(0, 8, DayIntervals.OFFERED), 2, 3, "history 0/08");
    assertCounts(history.get(0, 9, DayIntervals.FIRST_ATTEMPTS), history.get(0, 9, DayIntervals.OFFERED), 1, 1, "history 0/09");
    assertCounts(history.get(1, 23, DayIntervals.FIRST_ATTEMPTS), history.get(1, 23, DayIntervals.OFFERED), 4, 6, "history 1/23");
    assertEquals(2.0, r.cell(monday8, Tally.UNIQUE_ANSWERED), 0.0, "callers answered, Monday 08");
    assertEquals(1.0, r.cell(monday8 + 1, Tally.UNIQUE_ANSWERED), 0.0, "callers answered, Monday 09");
    assertEquals(4.0, r.cell(tuesday23, Tally.UNIQUE_ANSWERED), 0.0, "callers answered, Tuesday 23");
    assertEquals(3.0, r.day(0, Tally.UNIQUE_ANSWERED), 0.0, "callers answered, day 0");
    assertEquals(4.0, r.day(1, Tally.UNIQUE_ANSWERED), 0.0, "callers answered, day 1");
    double offered = 0;
    for (int cell = 0; cell < 7 * INTERVALS; cell++) {
      offered += r.cell(cell, Tally.OFFERED);
    }
    assertEquals(10.0, offered, 0.0, "nothing of the warm-up or the drain in any cell");
  }

  /** A result taken while an interval is still open (no closeMeasurement first) holds that interval's counts. */
  @Test
  void theResultHoldsTheOpenIntervalsCounts() {
    TallyRecorder t = new TallyRecorder(INTERVALS, DAYS, 20, true);
    t.openInterval(3, 0);
    countAttempts(t, 2, 5);
    t.answeredAtOnce();
    ReplicationResult r = t.result(0, 0, 0, 0, 0, false);
    assertCounts(r.cell(3, Tally.FIRST_ATTEMPTS), r.cell(3, Tally.OFFERED), 2, 5, "cell 3");
    assertEquals(2.0, r.cell(3, Tally.UNIQUE_ANSWERED), 0.0, "callers answered, cell 3");
    assertEquals(1.0, r.day(0, Tally.ANSWERED), 0.0, "answered at once, day 0");
    assertEquals(1.0, r.dayIntervals().get(0, 3, DayIntervals.ANSWERED_WITHIN), 0.0, "history 0/03");
  }

  /** {@code first} first attempts, each answered at once, and {@code offered} attempts offered. */
  private static void countAttempts(TallyRecorder t, int first, int offered) {
    for (int i = 0; i < first; i++) {
      t.firstAttempt();
      t.firstAnsweredAtOnce();
    }
    for (int i = 0; i < offered; i++) {
      t.offered();
    }
  }

  private static void assertCounts(double first, double offered, int expectedFirst, int expectedOffered, String where) {
    assertEquals(expectedFirst, first, 0.0, where + ": first attempts");
    assertEquals(expectedOffered, offered, 0.0, where + ": offered");
  }
}
