package se.sim1177.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The documented order: time, then event type (lower first), then scheduling order. */
class EventQueueTest {
  private static final long SEED = 7;

  @Test
  void equalTimesRunByTypeThenBySchedulingOrder() {
    EventQueue q = new EventQueue(4);
    q.schedule(5.0, 3, 100);
    q.schedule(5.0, 1, 101);
    q.schedule(5.0, 3, 102);
    q.schedule(4.0, 9, 103);
    q.schedule(5.0, 1, 104);
    long[] expected = {103, 101, 104, 100, 102};
    for (long payload : expected) {
      assertEquals(payload, q.nextPayload());
      q.removeNext();
    }
    assertTrue(q.isEmpty());
    assertEquals(Double.POSITIVE_INFINITY, q.nextTime(), 0.0);
  }

  /**
   * Issue 22: an empty queue answers infinity and a type above every event's from its first place,
   * new, emptied, or cleared, and an event scheduled into it is next again.
   */
  @Test
  void anEmptyQueueIsNextAtInfinityHoweverItBecameEmpty() {
    EventQueue q = new EventQueue(4);
    assertEmpty(q, "new");
    q.schedule(3.0, 255, 1);
    q.schedule(2.0, 1, 2);
    q.removeNext();
    assertEquals(3.0, q.nextTime(), 0.0);
    assertEquals(255, q.nextType());
    q.removeNext();
    assertEmpty(q, "emptied");
    q.schedule(1.0, 1, 3);
    q.clear();
    assertEmpty(q, "cleared");
    q.schedule(9.0, 0, 4);
    assertEquals(9.0, q.nextTime(), 0.0, "scheduled again");
    assertEquals(0, q.nextType());
    assertEquals(4, q.nextPayload());
  }

  private static void assertEmpty(EventQueue q, String how) {
    assertEquals(Double.POSITIVE_INFINITY, q.nextTime(), 0.0, how);
    assertTrue(q.nextType() > 255 && q.nextType() == EventQueue.EMPTY_TYPE, how + ": type " + q.nextType());
  }

  @Test
  void agreesWithASortedReferenceUnderRandomScheduling() {
    record Ev(double time, int type, long seq) {}
    Random random = new Random(SEED);
    EventQueue q = new EventQueue(2);
    Comparator<Ev> order = Comparator.comparingDouble(Ev::time).thenComparingInt(Ev::type).thenComparingLong(Ev::seq);
    TreeSet<Ev> reference = new TreeSet<>(order);
    long seq = 0;
    double now = 0;
    for (int step = 0; step < 200_000; step++) {
      if (reference.isEmpty() || random.nextInt(100) < 55) {
        // Coarse times so that ties are frequent.
        double t = now + random.nextInt(20) * 0.5;
        int type = random.nextInt(6);
        q.schedule(t, type, seq);
        reference.add(new Ev(t, type, seq));
        seq++;
      } else {
        Ev first = reference.pollFirst();
        assertEquals(first.time(), q.nextTime(), 0.0, "time at step " + step);
        assertEquals(first.type(), q.nextType(), "type at step " + step);
        assertEquals(first.seq(), q.nextPayload(), "payload at step " + step);
        q.removeNext();
        now = first.time();
      }
      assertEquals(reference.size(), q.size());
    }
  }
}
