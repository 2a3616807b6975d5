package se.sim1177.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Slots leave in arrival order, a slot that left is never handed out, and stale entries count until dropped. */
class StampedFifoTest {
  private static final long SEED = 5;
  private static final int SLOTS = 200;

  @Test
  void agreesWithAnOrderedReferenceUnderRandomEnqueuesLeavesAndPolls() {
    ArrayDeque<Integer> reference = new ArrayDeque<>();
    boolean[] waiting = new boolean[SLOTS];
    StampedFifo fifo = new StampedFifo(SLOTS, 4);
    Random random = new Random(SEED);
    for (int step = 0; step < 300_000; step++) {
      int slot = random.nextInt(SLOTS);
      int action = random.nextInt(3);
      if (action == 0 && !waiting[slot]) {
        fifo.enqueue(slot);
        reference.addLast(slot);
        waiting[slot] = true;
      } else if (action == 1) {
        fifo.invalidate(slot);
        reference.remove(slot);
        waiting[slot] = false;
      } else {
        Integer expected = reference.peekFirst();
        assertEquals(expected == null ? -1 : expected, fifo.peekValid(), "peek, step " + step);
        assertEquals(expected == null ? -1 : reference.pollFirst(), fifo.pollValid(), "poll, step " + step);
        if (expected != null) {
          waiting[expected] = false;
        }
      }
      assertEquals(reference.size(), fifo.validCount(), "waiting, step " + step);
      assertEquals(waiting[slot], fifo.contains(slot), "contains " + slot + ", step " + step);
    }
  }

  @Test
  void staleEntriesCountInTheSizeUntilTheyReachTheHeadOrNoneWaits() {
    StampedFifo fifo = new StampedFifo(4, 4);
    fifo.enqueue(0);
    fifo.enqueue(1);
    fifo.enqueue(2);
    fifo.invalidate(0);
    fifo.invalidate(0); // not waiting any more: nothing happens
    assertEquals(3, fifo.size());
    assertEquals(2, fifo.validCount());
    assertEquals(-1, fifo.validSlotAt(0));
    assertEquals(1, fifo.validSlotAt(1));
    assertEquals(1, fifo.peekValid());
    assertEquals(2, fifo.size(), "peek drops the stale entry before the head");
    fifo.invalidate(2);
    assertEquals(2, fifo.size(), "a stale entry behind the head stays");
    assertEquals(1, fifo.pollValid());
    assertEquals(0, fifo.size(), "the last waiting slot leaving drops every stale entry");
    assertEquals(-1, fifo.pollValid());
    assertEquals(-1, fifo.peekValid());
  }

  @Test
  void aSlotThatLeftAndCameBackIsServedAtItsNewPlace() {
    StampedFifo fifo = new StampedFifo(3, 4);
    fifo.enqueue(0);
    fifo.enqueue(1);
    fifo.invalidate(0);
    fifo.enqueue(0);
    assertEquals(3, fifo.size());
    assertEquals(1, fifo.pollValid());
    assertEquals(0, fifo.pollValid());
    assertEquals(0, fifo.validCount());
  }

  @Test
  void slotTablesAndEntriesGrowOnRequestKeepingTheQueue() {
    StampedFifo fifo = new StampedFifo(2, 4);
    fifo.enqueue(1);
    fifo.enqueue(0);
    fifo.ensureSlotCapacity(1000);
    for (int slot = 2; slot < 1000; slot++) {
      fifo.enqueue(slot);
    }
    assertEquals(1000, fifo.size());
    assertTrue(fifo.contains(1));
    assertEquals(1, fifo.pollValid());
    assertEquals(0, fifo.pollValid());
    for (int slot = 2; slot < 1000; slot++) {
      assertEquals(slot, fifo.pollValid());
    }
    assertFalse(fifo.contains(999));
  }
}
