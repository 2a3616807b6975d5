package se.sim1177.engine;

import java.util.Arrays;

/**
 * The pending event set: a 4-ary min-heap over primitive arrays, so scheduling and removing an
 * event allocates nothing.
 *
 * <p>Events are ordered by time, then by a fixed priority (the event type: lower first), then by
 * the order in which they were scheduled. Each event carries an event type (0..255) and a 64-bit
 * payload that the model interprets (typically a slot index and a generation number for lazy
 * cancellation). The arrays grow by doubling when full, which happens only while a replication
 * warms up to its largest event count.
 */
public final class EventQueue {
  private static final int TYPE_SHIFT = 55;
  private static final long SEQUENCE_MASK = (1L << TYPE_SHIFT) - 1;
  /**
   * The order an empty queue keeps in its first place. As a signed order it is the lowest there is,
   * but it is never compared with an event's (the heap's comparisons stay within its size); only its
   * type, {@link #EMPTY_TYPE}, is read, and that is above every event's.
   */
  private static final long EMPTY_ORDER = -1L;
  /** What {@link #nextType} answers for an empty queue: 511, above every type an event can have (0..255). */
  static final int EMPTY_TYPE = (int) (EMPTY_ORDER >>> TYPE_SHIFT);

  private double[] times;
  /** Type in the top bits, scheduling sequence below: one comparison orders ties. */
  private long[] orders;
  private long[] payloads;
  private int size;
  private long sequence;

  /** An empty event set with room for {@code initialCapacity} events before it grows. */
  public EventQueue(int initialCapacity) {
    int capacity = Math.max(4, initialCapacity);
    times = new double[capacity];
    orders = new long[capacity];
    payloads = new long[capacity];
    markEmpty();
  }

  /** Schedules an event of {@code type} (0..255, lower runs first on a tie) at {@code time}. */
  public void schedule(double time, int type, long payload) {
    if (size == times.length) {
      grow();
    }
    long order = ((long) type << TYPE_SHIFT) | (sequence++ & SEQUENCE_MASK);
    siftUp(size++, time, order, payload);
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  /** Time of the next event; positive infinity when there is none (see {@link #markEmpty}). */
  public double nextTime() {
    return times[0];
  }

  /** Type of the next event; {@link #EMPTY_TYPE}, above every event's, when there is none. */
  public int nextType() {
    return (int) (orders[0] >>> TYPE_SHIFT);
  }

  /** Payload of the next event; call only when not empty. */
  public long nextPayload() {
    return payloads[0];
  }

  /** Removes the next event (read it first with the {@code next*} accessors). */
  public void removeNext() {
    int last = --size;
    // Without a test for the queue's last event (issue 22): the large region's queue first ran
    // empty here only after the compiler had watched it, and the trap that such a test compiles to
    // threw the compiled event loop away. The last event is sifted down from the top (with the
    // queue's only event, that puts it back in place), then the place it came from, past the
    // events left, is marked empty: with no event left, that is the first place.
    siftDown(0, times[last], orders[last], payloads[last]);
    times[last] = Double.POSITIVE_INFINITY;
    orders[last] = EMPTY_ORDER;
  }

  /** Forgets all events and restarts the tie-break sequence. */
  public void clear() {
    size = 0;
    sequence = 0;
    markEmpty();
  }

  /**
   * An empty queue keeps infinity and {@link #EMPTY_ORDER} in its first place, so that {@link
   * #nextTime} and {@link #nextType} read them without a test: a test that the queue is empty,
   * never true while the compiler watches the first replication, would throw the compiled event
   * loop away when it first is (issue 22).
   */
  private void markEmpty() {
    times[0] = Double.POSITIVE_INFINITY;
    orders[0] = EMPTY_ORDER;
  }

  private void siftUp(int index, double time, long order, long payload) {
    int i = index;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      double parentTime = times[parent];
      if (parentTime < time || (parentTime == time && orders[parent] < order)) {
        break;
      }
      times[i] = parentTime;
      orders[i] = orders[parent];
      payloads[i] = payloads[parent];
      i = parent;
    }
    times[i] = time;
    orders[i] = order;
    payloads[i] = payload;
  }

  private void siftDown(int index, double time, long order, long payload) {
    int i = index;
    int n = size;
    while (true) {
      int first = (i << 2) + 1;
      if (first >= n) {
        break;
      }
      int best = first;
      double bestTime = times[first];
      long bestOrder = orders[first];
      int end = Math.min(first + 4, n);
      for (int c = first + 1; c < end; c++) {
        double t = times[c];
        if (t < bestTime || (t == bestTime && orders[c] < bestOrder)) {
          best = c;
          bestTime = t;
          bestOrder = orders[c];
        }
      }
      if (time < bestTime || (time == bestTime && order < bestOrder)) {
        break;
      }
      times[i] = bestTime;
      orders[i] = bestOrder;
      payloads[i] = payloads[best];
      i = best;
    }
    times[i] = time;
    orders[i] = order;
    payloads[i] = payload;
  }

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    orders = Arrays.copyOf(orders, capacity);
    payloads = Arrays.copyOf(payloads, capacity);
  }
}
