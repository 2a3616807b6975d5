package se.sim1177.engine;

import java.util.Arrays;

/**
 * Pending timers that are usually cancelled before they fire, such as a waiting caller's patience:
 * an indexed 4-ary min-heap over primitive arrays, keyed on time then on the order timers were
 * set, holding at most one timer per id. Knowing each id's position, {@link #cancel(int)} takes
 * a timer out at once, so cancelled timers neither fire late nor crowd the heap as lazily
 * cancelled events would.
 */
public final class TimerSet {
  private int[] ids;
  private double[] times;
  private long[] orders;
  /** Heap position of each id, -1 when it has no timer. */
  private int[] positions;
  private int size;
  private long sequence;

  /** Room for ids {@code 0 .. idCapacity-1} before {@link #ensureIdCapacity} must grow it. */
  public TimerSet(int idCapacity) {
    int capacity = Math.max(4, idCapacity);
    ids = new int[capacity];
    times = new double[capacity];
    orders = new long[capacity];
    positions = new int[capacity];
    Arrays.fill(positions, -1);
    times[0] = Double.POSITIVE_INFINITY;
  }

  /** Makes room for ids up to {@code idCapacity - 1}. */
  public void ensureIdCapacity(int idCapacity) {
    if (idCapacity <= positions.length) {
      return;
    }
    int old = positions.length;
    positions = Arrays.copyOf(positions, idCapacity);
    Arrays.fill(positions, old, idCapacity, -1);
    ids = Arrays.copyOf(ids, idCapacity);
    times = Arrays.copyOf(times, idCapacity);
    orders = Arrays.copyOf(orders, idCapacity);
  }

  /** Sets the timer of {@code id} (which must have none) to fire at {@code time}. */
  public void set(int id, double time) {
    if (positions[id] >= 0) {
      throw new IllegalStateException("id " + id + " already has a timer");
    }
    siftUp(size++, id, time, sequence++);
  }

  /** Removes {@code id}'s timer; returns false when it had none. */
  public boolean cancel(int id) {
    int i = positions[id];
    if (i < 0) {
      return false;
    }
    positions[id] = -1;
    int last = --size;
    if (i != last) {
      int movedId = ids[last];
      double movedTime = times[last];
      long movedOrder = orders[last];
      if (i > 0 && before(movedTime, movedOrder, (i - 1) >>> 2)) {
        siftUp(i, movedId, movedTime, movedOrder);
      } else {
        siftDown(i, movedId, movedTime, movedOrder);
      }
    }
    times[last] = Double.POSITIVE_INFINITY;
    return true;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  /**
   * Time of the earliest timer; positive infinity when there is none: the place past the last
   * timer is kept at infinity, so with none the first place is read without a test (a test that
   * the compiler never saw go one way would compile as a trap).
   */
  public double nextTime() {
    return times[0];
  }

  /** Id of the earliest timer; call only when not empty. */
  public int nextId() {
    return ids[0];
  }

  /** Removes the earliest timer and returns its id; call only when not empty. */
  public int removeNext() {
    int id = ids[0];
    int last = --size;
    // Without a test for the last timer, as in EventQueue.removeNext: the last timer is sifted down
    // from the top (the only timer goes back in place), then the fired one is forgotten and the
    // place past the timers left is marked empty.
    siftDown(0, ids[last], times[last], orders[last]);
    positions[id] = -1;
    times[last] = Double.POSITIVE_INFINITY;
    return id;
  }

  /** Whether (time, order) comes before the entry at {@code index}. */
  private boolean before(double time, long order, int index) {
    double t = times[index];
    return time < t || (time == t && order < orders[index]);
  }

  private void siftUp(int index, int id, double time, long order) {
    int i = index;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      if (!before(time, order, parent)) {
        break;
      }
      place(i, ids[parent], times[parent], orders[parent]);
      i = parent;
    }
    place(i, id, time, order);
  }

  private void siftDown(int index, int id, double time, long order) {
    int i = index;
    int n = size;
    while (true) {
      int first = (i << 2) + 1;
      if (first >= n) {
        break;
      }
      int best = first;
      int end = Math.min(first + 4, n);
      for (int c = first + 1; c < end; c++) {
        if (before(times[c], orders[c], best)) {
          best = c;
        }
      }
      if (before(time, order, best)) {
        break;
      }
      place(i, ids[best], times[best], orders[best]);
      i = best;
    }
    place(i, id, time, order);
  }

  private void place(int i, int id, double time, long order) {
    ids[i] = id;
    times[i] = time;
    orders[i] = order;
    positions[id] = i;
  }
}
