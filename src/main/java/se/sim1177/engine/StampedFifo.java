package se.sim1177.engine;

import java.util.Arrays;

/**
 * A first-in first-out queue of slot ids (callers, chats) from which a slot can leave anywhere in
 * O(1): each stay in the queue is stamped with a generation, and leaving only clears the slot's
 * current stamp, so the entry it left behind is stale and skipped when it reaches the head. Adding,
 * leaving and taking allocate nothing (the entry ring doubles only while the queue is longer than
 * ever before); the per-slot stamp tables grow only when the owner asks.
 *
 * <p>Two sizes: {@link #validCount()}, the slots waiting, and {@link #size()}, the entries held,
 * stale ones included, which is what bounds the memory. When the last waiting slot leaves, the
 * stale entries are dropped at once.
 */
public final class StampedFifo {
  private final LongRing entries;
  /** Per slot: the stamp of its latest stay, bumped on every enqueue. */
  private int[] stamp;
  /** Per slot: the stamp of its current stay, 0 when it is not waiting. */
  private int[] queuedStamp;
  private int validCount;

  /** An empty queue for slots 0 to {@code slots} − 1 with room for {@code entries} entries before it doubles. */
  public StampedFifo(int slots, int entries) {
    this.entries = new LongRing(entries);
    stamp = new int[slots];
    queuedStamp = new int[slots];
  }

  /** Makes room for slots 0 to {@code slots} − 1; never shrinks. */
  public void ensureSlotCapacity(int slots) {
    if (slots > stamp.length) {
      stamp = Arrays.copyOf(stamp, slots);
      queuedStamp = Arrays.copyOf(queuedStamp, slots);
    }
  }

  /** Adds {@code slot}, which must not be waiting already, at the tail with a fresh stamp. */
  public void enqueue(int slot) {
    int s = ++stamp[slot];
    if (s == 0) {
      s = stamp[slot] = 1; // 0 means "not waiting"
    }
    queuedStamp[slot] = s;
    entries.addLast(((long) slot << 32) | (s & 0xFFFFFFFFL));
    validCount++;
  }

  /** {@code slot} leaves the queue from wherever it is; its entry turns stale. Nothing happens if it is not waiting. */
  public void invalidate(int slot) {
    if (queuedStamp[slot] == 0) {
      return;
    }
    queuedStamp[slot] = 0;
    if (--validCount == 0) {
      entries.clear();
    }
  }

  /** Whether {@code slot} is waiting in the queue. */
  public boolean contains(int slot) {
    return queuedStamp[slot] != 0;
  }

  /** Removes and returns the longest-waiting slot, dropping stale entries before it; −1 when none waits. */
  public int pollValid() {
    if (validCount == 0) {
      return -1;
    }
    while (true) {
      long entry = entries.removeFirst();
      int slot = (int) (entry >>> 32);
      if (queuedStamp[slot] == (int) entry) {
        queuedStamp[slot] = 0;
        if (--validCount == 0) {
          entries.clear(); // whatever is left is stale
        }
        return slot;
      }
    }
  }

  /** The longest-waiting slot, left in the queue (stale entries before it are dropped); −1 when none waits. */
  public int peekValid() {
    if (validCount == 0) {
      return -1;
    }
    while (true) {
      long entry = entries.get(0);
      int slot = (int) (entry >>> 32);
      if (queuedStamp[slot] == (int) entry) {
        return slot;
      }
      entries.removeFirst();
    }
  }

  /** The slots waiting. */
  public int validCount() {
    return validCount;
  }

  /** The entries held, stale ones included: the queue's footprint, and what a bound on it must count. */
  public int size() {
    return entries.size();
  }

  /** The slot of the {@code i}-th oldest entry ({@code 0 <= i < size()}) if that entry is valid, else −1. */
  public int validSlotAt(int i) {
    long entry = entries.get(i);
    int slot = (int) (entry >>> 32);
    return queuedStamp[slot] == (int) entry ? slot : -1;
  }
}
