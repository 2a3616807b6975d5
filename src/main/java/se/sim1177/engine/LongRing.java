package se.sim1177.engine;

/**
 * A FIFO queue of longs in a ring buffer that doubles when full (which happens only while a queue
 * is longer than ever before), so adding and taking allocate nothing.
 */
public final class LongRing {
  private long[] items;
  private int head;
  private int size;

  /** An empty ring with room for {@code capacity} (rounded up to a power of two) items. */
  public LongRing(int capacity) {
    items = new long[Integer.highestOneBit(Math.max(4, capacity - 1)) << 1];
  }

  public void addLast(long item) {
    if (size == items.length) {
      long[] bigger = new long[items.length * 2];
      for (int i = 0; i < size; i++) {
        bigger[i] = items[(head + i) & (items.length - 1)];
      }
      items = bigger;
      head = 0;
    }
    items[(head + size) & (items.length - 1)] = item;
    size++;
  }

  /** Removes and returns the oldest item; call only when not empty. */
  public long removeFirst() {
    long item = items[head];
    head = (head + 1) & (items.length - 1);
    size--;
    return item;
  }

  /** The {@code i}-th oldest item. */
  public long get(int i) {
    return items[(head + i) & (items.length - 1)];
  }

  /** Forgets every item. */
  public void clear() {
    head = 0;
    size = 0;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }
}
