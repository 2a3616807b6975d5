package se.sim1177.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Timers fire in (time, order set) order, and a cancelled timer is gone at once. */
class TimerSetTest {
  private static final long SEED = 3;
  private static final int IDS = 300;

  @Test
  void agreesWithASortedReferenceUnderRandomSetsCancelsAndFirings() {
    record Timer(double time, long seq, int id) {}
    Comparator<Timer> order = Comparator.comparingDouble(Timer::time).thenComparingLong(Timer::seq);
    TreeSet<Timer> reference = new TreeSet<>(order);
    Timer[] byId = new Timer[IDS];
    TimerSet timers = new TimerSet(8);
    timers.ensureIdCapacity(IDS);
    Random random = new Random(SEED);
    long seq = 0;
    double now = 0;
    for (int step = 0; step < 300_000; step++) {
      int id = random.nextInt(IDS);
      int action = random.nextInt(3);
      if (action == 0 && byId[id] == null) {
        double t = now + random.nextInt(50) * 0.25; // coarse: many ties
        timers.set(id, t);
        byId[id] = new Timer(t, seq++, id);
        reference.add(byId[id]);
      } else if (action == 1) {
        assertEquals(byId[id] != null, timers.cancel(id), "cancel " + id);
        if (byId[id] != null) {
          reference.remove(byId[id]);
          byId[id] = null;
        }
      } else if (!reference.isEmpty()) {
        Timer first = reference.pollFirst();
        assertEquals(first.time(), timers.nextTime(), 0.0, "step " + step);
        assertEquals(first.id(), timers.removeNext(), "step " + step);
        byId[first.id()] = null;
        now = first.time();
      }
      assertEquals(reference.size(), timers.size());
      // Issue 22: read without a test, the earliest time is infinity however the set ran empty.
      assertEquals(reference.isEmpty() ? Double.POSITIVE_INFINITY : reference.first().time(), timers.nextTime(), 0.0,
          "next time at step " + step);
    }
  }

  /** Issue 22: the only timer fired or cancelled leaves the set empty, at infinity, and its id free to set again. */
  @Test
  void theLastTimerFiredOrCancelledLeavesNothingBehind() {
    TimerSet timers = new TimerSet(4);
    assertEquals(Double.POSITIVE_INFINITY, timers.nextTime(), 0.0, "new");
    timers.set(2, 7.0);
    assertEquals(2, timers.removeNext());
    assertTrue(timers.isEmpty());
    assertEquals(Double.POSITIVE_INFINITY, timers.nextTime(), 0.0, "fired");
    timers.set(2, 8.0);
    timers.set(3, 9.0);
    assertTrue(timers.cancel(3), "the timer in the last place");
    assertEquals(8.0, timers.nextTime(), 0.0);
    assertTrue(timers.cancel(2));
    assertEquals(Double.POSITIVE_INFINITY, timers.nextTime(), 0.0, "cancelled");
    timers.set(3, 4.0);
    assertEquals(4.0, timers.nextTime(), 0.0, "set again");
    assertEquals(3, timers.removeNext());
    assertFalse(timers.cancel(3), "a fired timer is gone");
  }

  @Test
  void oneTimerPerId() {
    TimerSet timers = new TimerSet(4);
    timers.set(1, 5.0);
    assertThrows(IllegalStateException.class, () -> timers.set(1, 6.0));
    assertTrue(timers.cancel(1));
    assertFalse(timers.cancel(1));
    assertTrue(timers.isEmpty());
    assertEquals(Double.POSITIVE_INFINITY, timers.nextTime(), 0.0);
  }
}
