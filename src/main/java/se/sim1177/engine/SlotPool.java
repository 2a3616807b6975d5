package se.sim1177.engine;

import java.util.Arrays;

/**
 * The free slots (row numbers) of a table kept as parallel primitive arrays: callers, chats.
 * {@link #acquire()} hands out a slot, {@link #release(int)} takes it back; a released slot is
 * handed out again before any other (last in, first out), and the slots a growth adds are handed
 * out before those free already, lowest first (the owner grows only when none is free, so slots go
 * out in the order 0, 1, 2, … until the first release). Neither allocates.
 *
 * <p>The pool never grows by itself: when {@link #acquire()} returns {@link #EMPTY} the owner calls
 * {@link #grow()}, which doubles the capacity up to the bound and returns the new capacity, so the
 * owner can grow its own arrays to match, or {@link #AT_BOUND} when the bound is reached.
 */
public final class SlotPool {
  /** Returned by {@link #acquire()} when no slot is free. */
  public static final int EMPTY = -1;
  /** Returned by {@link #grow()} and {@link #growTo(int)} when the pool cannot grow. */
  public static final int AT_BOUND = -1;

  private final int bound;
  private int[] free = new int[0];
  private int freeCount;
  private int capacity;

  /** An empty pool (capacity 0) that may grow to at most {@code bound} slots. */
  public SlotPool(int bound) {
    if (bound < 0) {
      throw new IllegalArgumentException("bound " + bound + ": must be 0 or more");
    }
    this.bound = bound;
  }

  /** A free slot, now taken; {@link #EMPTY} when none is free. */
  public int acquire() {
    return freeCount == 0 ? EMPTY : free[--freeCount];
  }

  /** Gives back {@code slot}, taken by {@link #acquire()} and not yet released. */
  public void release(int slot) {
    free[freeCount++] = slot;
  }

  /** Doubles the capacity (to at most the bound): the new capacity, or {@link #AT_BOUND}. */
  public int grow() {
    return growTo((int) Math.min(Math.max(1L, 2L * capacity), Integer.MAX_VALUE));
  }

  /**
   * Grows to {@code min(wanted, bound)} slots, the new ones free: the new capacity, or
   * {@link #AT_BOUND} when that is no more than today's.
   */
  public int growTo(int wanted) {
    int grown = Math.min(wanted, bound);
    if (grown <= capacity) {
      return AT_BOUND;
    }
    free = Arrays.copyOf(free, grown);
    for (int slot = grown - 1; slot >= capacity; slot--) {
      free[freeCount++] = slot; // so the lowest is taken first
    }
    capacity = grown;
    return grown;
  }

  /** Slots 0 to capacity − 1 exist, taken or free. */
  public int capacity() {
    return capacity;
  }

  /** The slots free now. */
  public int freeCount() {
    return freeCount;
  }

  /** The most slots the pool may ever have. */
  public int bound() {
    return bound;
  }
}
