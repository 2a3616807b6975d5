package se.sim1177.model;

import se.sim1177.engine.SlotPool;
import se.sim1177.engine.StampedFifo;
import se.sim1177.engine.TimerSet;

/**
 * The chat desk's chats, as columns indexed by slot: everything about a chat is drawn when it
 * starts and kept here until it ends. Slots are reused; the columns, the queue's stamps and the
 * patience timers grow together, by doubling, up to the monitor's bound. Times are seconds from
 * the start of the run.
 */
final class ChatTable {
  /** When the chat asked for a nurse: its response clock and patience start then. */
  double[] startTime;
  // The uniforms of the chat's durations, turned into seconds when used: the session, the nurse's
  // work on it, the resident's patience, and an escalation call's talk time and after-call work.
  double[] sessionU;
  double[] workU;
  double[] patienceU;
  double[] escalationTalkU;
  double[] escalationAfterCallU;
  boolean[] leavesSilently;
  boolean[] escalates;
  /** Left silently while waiting: still in the queue as far as the desk knows. */
  boolean[] ghost;
  int[] cell;
  int[] day;
  /** For a chat from the SMS link, the cell and day of its caller's first call attempt; day -1 otherwise. */
  int[] callerCell;
  int[] callerDay;

  private final SlotPool slots;
  private final StampedFifo queue;
  private final TimerSet patienceTimers;
  private final int replication;

  /** A table for at most {@code bound} chats at once, first sized for {@code initial}, growing {@code queue} and {@code patienceTimers} with it. */
  ChatTable(int bound, int initial, StampedFifo queue, TimerSet patienceTimers, int replication) {
    this.slots = new SlotPool(bound);
    this.queue = queue;
    this.patienceTimers = patienceTimers;
    this.replication = replication;
    grow(slots.growTo(initial), 0);
  }

  /** A free slot; at time {@code t}, for the message when the table is at its bound. */
  int acquire(double t) {
    int ch = slots.acquire();
    if (ch == SlotPool.EMPTY) {
      grow(slots.grow(), t);
      ch = slots.acquire();
    }
    return ch;
  }

  void release(int ch) {
    slots.release(ch);
  }

  /** Grows the columns to {@code capacity}; stops the run when the pool is at its bound. */
  private void grow(int capacity, double t) {
    if (capacity == SlotPool.AT_BOUND) {
      throw new LineOverloadedException(replication, slots.capacity(), queue.validCount(), t, true);
    }
    startTime = Columns.grow(startTime, capacity);
    sessionU = Columns.grow(sessionU, capacity);
    workU = Columns.grow(workU, capacity);
    patienceU = Columns.grow(patienceU, capacity);
    escalationTalkU = Columns.grow(escalationTalkU, capacity);
    escalationAfterCallU = Columns.grow(escalationAfterCallU, capacity);
    leavesSilently = Columns.grow(leavesSilently, capacity);
    escalates = Columns.grow(escalates, capacity);
    ghost = Columns.grow(ghost, capacity);
    cell = Columns.grow(cell, capacity);
    day = Columns.grow(day, capacity);
    callerCell = Columns.grow(callerCell, capacity);
    callerDay = Columns.grow(callerDay, capacity);
    queue.ensureSlotCapacity(capacity);
    patienceTimers.ensureIdCapacity(capacity);
  }
}
