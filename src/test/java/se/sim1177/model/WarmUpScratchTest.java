package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 22: the tallies take what the warm-up (day -1) and the drain after the period (cell -1,
 * day -1) report without testing the day, into scratch places past the real ones. Nothing of it
 * may reach a cell, a day, the history or the wait histogram: a scratch index off by one would
 * put a warm-up call into the last cell of the week or the last measured day, which this catches.
 */
class WarmUpScratchTest {
  private static final int INTERVALS = 24;
  private static final int DAYS = 3;

  @Test
  void theWarmUpAndTheDrainReachNoCellDayHistoryOrWait() {
    TallyRecorder t = new TallyRecorder(INTERVALS, DAYS, 300, true);
    int lastCell = 7 * INTERVALS - 1;
    for (int cell : new int[] {0, 5, lastCell}) {
      t.openInterval(cell, -1);
      t.integrate(100.0 * (cell + 1), 3, 2, 1, 1, 4);
      t.add(cell, -1, Tally.OFFERED, 1);
      t.answered(cell, -1, 42);
      t.abandoned(cell, -1, 10);
      t.stillWaiting(cell, -1, 5);
      t.chatAnswered(cell, -1, 60, true);
    }
    t.closeMeasurement(1e4);
    t.add(-1, -1, Tally.OFFERED, 1);
    t.answered(-1, -1, 7);
    ReplicationResult r = t.result(0, 0, 0, 0, 0, false);
    for (int field = 0; field < Tally.FIELDS; field++) {
      for (int cell = 0; cell <= lastCell; cell++) {
        assertEquals(0.0, r.cell(cell, field), 0.0, "cell " + cell + ", field " + field);
      }
      for (int day = 0; day < DAYS; day++) {
        assertEquals(0.0, r.day(day, field), 0.0, "day " + day + ", field " + field);
      }
    }
    for (int day = 0; day < DAYS; day++) {
      for (int interval = 0; interval < INTERVALS; interval++) {
        for (int f = 0; f < DayIntervals.FIELDS; f++) {
          assertEquals(0.0, r.dayIntervals().get(day, interval, f), 0.0);
        }
      }
    }
    assertTrue(Double.isNaN(r.answeredWaitQuantile(0.9)), "no answered wait was measured");
  }

  @Test
  void aMeasuredDayIsCountedWhereItBelongsBesideTheWarmUp() {
    TallyRecorder t = new TallyRecorder(INTERVALS, DAYS, 300, true);
    int lastCell = 7 * INTERVALS - 1;
    t.openInterval(lastCell, -1);
    t.answered(lastCell, -1, 1000);
    t.openInterval(lastCell, DAYS - 1);
    t.answered(lastCell, DAYS - 1, 42);
    ReplicationResult r = t.result(0, 0, 0, 0, 0, false);
    assertEquals(1.0, r.cell(lastCell, Tally.ANSWERED), 0.0);
    assertEquals(42.0, r.cell(lastCell, Tally.WAIT_ANSWERED), 0.0);
    assertEquals(1.0, r.day(DAYS - 1, Tally.ANSWERED), 0.0);
    assertEquals(1.0, r.dayIntervals().get(DAYS - 1, INTERVALS - 1, DayIntervals.ANSWERED), 0.0);
    assertEquals(42.0, r.answeredWaitQuantile(1.0), 1.0, "the histogram holds the measured wait only");
  }
}
