package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: an attempt answered the moment it came is counted with {@link
 * TallyRecorder#answeredAtOnce} in a scalar, and only its counts reach the tables when the interval
 * closes (adding its wait of zero would leave every sum of waits as it was). The tables must be the
 * same to the bit as with {@code answered(cell(), day(), 0)}: two recorders take the same random
 * mix of answers at once, waits of every size, abandonments and interval changes, warm-up and
 * drain included, one each way.
 */
class AnsweredAtOnceTest {
  private static final int INTERVALS = 24;
  private static final int DAYS = 5;

  @Test
  void theTablesAreTheSameToTheBitAsAnsweringWithAWaitOfZero() {
    for (double serviceLevel : new double[] {20, 0}) {
      TallyRecorder direct = new TallyRecorder(INTERVALS, DAYS, serviceLevel, true);
      TallyRecorder batched = new TallyRecorder(INTERVALS, DAYS, serviceLevel, true);
      Random random = new Random(22);
      for (int day = -1; day < DAYS; day++) {
        for (int interval = 0; interval < INTERVALS; interval++) {
          int cell = Math.floorMod(day, 7) * INTERVALS + interval;
          direct.openInterval(cell, day);
          batched.openInterval(cell, day);
          feed(random, direct, batched, cell, day);
        }
      }
      direct.closeMeasurement(DAYS * 86400.0);
      batched.closeMeasurement(DAYS * 86400.0);
      feed(random, direct, batched, -1, -1); // while the line drains
      ReplicationResult a = direct.result(0, 0, 0, 0, 0, false);
      ReplicationResult b = batched.result(0, 0, 0, 0, 0, false);
      for (int field = 0; field < Tally.FIELDS; field++) {
        for (int cell = 0; cell < 7 * INTERVALS; cell++) {
          assertBits(a.cell(cell, field), b.cell(cell, field), "cell " + cell + ", field " + field);
        }
        for (int day = 0; day < DAYS; day++) {
          assertBits(a.day(day, field), b.day(day, field), "day " + day + ", field " + field);
        }
      }
      for (int day = 0; day < DAYS; day++) {
        for (int interval = 0; interval < INTERVALS; interval++) {
          for (int f = 0; f < DayIntervals.FIELDS; f++) {
            assertBits(a.dayIntervals().get(day, interval, f), b.dayIntervals().get(day, interval, f), "history " + day + "/" + interval);
          }
        }
      }
      for (double q : new double[] {0.1, 0.5, 0.75, 0.9, 0.99}) {
        assertBits(a.answeredWaitQuantile(q), b.answeredWaitQuantile(q), "quantile " + q);
      }
      assertEquals(true, a.cell(8, Tally.ANSWERED) > 0, "the mix answered calls");
    }
  }

  /** The same events into both: answers at once, answers after a wait (some in an earlier cell), abandonments. */
  private static void feed(Random random, TallyRecorder direct, TallyRecorder batched, int cell, int day) {
    int events = random.nextInt(30);
    for (int i = 0; i < events; i++) {
      switch (random.nextInt(4)) {
        case 0, 1 -> {
          direct.answered(cell, day, 0);
          batched.answeredAtOnce();
        }
        case 2 -> {
          // A caller who waited, sometimes from the interval before (cell - 1 on the same day).
          int from = cell > 0 && random.nextBoolean() ? cell - 1 : cell;
          double wait = random.nextInt(3) == 0 ? random.nextInt(40) : random.nextDouble() * 3000;
          direct.answered(from, day, wait);
          batched.answered(from, day, wait);
        }
        default -> {
          double wait = random.nextDouble() * 600;
          direct.abandoned(cell, day, wait);
          batched.abandoned(cell, day, wait);
        }
      }
    }
  }

  private static void assertBits(double expected, double actual, String what) {
    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), what + ": " + expected + " vs " + actual);
  }
}
