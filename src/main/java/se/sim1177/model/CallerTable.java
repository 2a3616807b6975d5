package se.sim1177.model;

import se.sim1177.engine.SlotPool;
import se.sim1177.engine.StampedFifo;
import se.sim1177.engine.TimerSet;

/**
 * The phone line's contacts, as columns indexed by slot: a caller across their attempts, a caller
 * waiting for a callback, or a chat's escalation waiting for a nurse to call. Slots are reused; the
 * columns, the queue's stamps and the patience timers grow together, by doubling, up to the
 * monitor's bound. Times are seconds from the start of the run.
 */
final class CallerTable {
  /** A caller on the line (or between attempts). */
  static final byte CALLER = 0;
  /** A caller who took a callback: a nurse calls them. */
  static final byte CALLBACK = 1;
  /** A chat that ended in a call from the nurse. */
  static final byte ESCALATION = 2;

  double[] arrivalTime;
  /** The uniforms of the talk time and after-call work, turned into seconds when the call is made. */
  double[] talkU;
  double[] afterCallU;
  int[] attempts;
  /** The interval cell and measured day of the current attempt. */
  int[] cell;
  int[] day;
  /** The interval cell and measured day of the first attempt. */
  int[] firstCell;
  int[] firstDay;
  byte[] kind;
  /** Calls made to a callback so far, and whether it waits to be tried again. */
  int[] callbackTries;
  boolean[] retryPending;

  private final SlotPool slots;
  private final StampedFifo queue;
  private final TimerSet patienceTimers;
  private final int replication;

  /** A table for at most {@code bound} contacts at once, growing {@code queue} and {@code patienceTimers} with it. */
  CallerTable(int bound, StampedFifo queue, TimerSet patienceTimers, int replication) {
    this.slots = new SlotPool(bound);
    this.queue = queue;
    this.patienceTimers = patienceTimers;
    this.replication = replication;
    grow(slots.growTo(256), 0);
  }

  /** A free slot of kind {@link #CALLER}; at time {@code t}, for the message when the table is at its bound. */
  int acquire(double t) {
    int c = slots.acquire();
    if (c == SlotPool.EMPTY) {
      grow(slots.grow(), t);
      c = slots.acquire();
    }
    kind[c] = CALLER;
    return c;
  }

  /** The slots the table has now (in use or free). */
  int capacity() {
    return kind.length;
  }

  void release(int c) {
    slots.release(c);
  }

  /** Grows the columns to {@code capacity}; stops the run when the pool is at its bound. */
  private void grow(int capacity, double t) {
    if (capacity == SlotPool.AT_BOUND) {
      throw new LineOverloadedException(replication, slots.capacity(), queue.validCount(), t, false);
    }
    arrivalTime = Columns.grow(arrivalTime, capacity);
    talkU = Columns.grow(talkU, capacity);
    afterCallU = Columns.grow(afterCallU, capacity);
    attempts = Columns.grow(attempts, capacity);
    cell = Columns.grow(cell, capacity);
    day = Columns.grow(day, capacity);
    firstCell = Columns.grow(firstCell, capacity);
    firstDay = Columns.grow(firstDay, capacity);
    kind = Columns.grow(kind, capacity);
    callbackTries = Columns.grow(callbackTries, capacity);
    retryPending = Columns.grow(retryPending, capacity);
    queue.ensureSlotCapacity(capacity);
    patienceTimers.ensureIdCapacity(capacity);
  }
}
