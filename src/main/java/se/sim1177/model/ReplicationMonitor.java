package se.sim1177.model;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the replications of one experiment share with the program around them, without a call per
 * event: the bound on callers in the line at once (so an overloaded line stops cleanly long before
 * the heap runs out) and the number of simulated days done (for progress and time left).
 *
 * <p>The default bound is derived from the heap: {@value #HEAP_SHARE} of the maximum heap divided by
 * {@value #BYTES_PER_CALLER} bytes per caller (what a caller's slot costs in the replication's
 * arrays, queue, timers and pending redial, counted with the copy made while an array doubles)
 * and by the number of replications that can run at once on this machine (its cores, or fewer
 * replications), never by the thread count asked for, so that whether a run stops does not
 * depend on {@code --threads}.
 */
public final class ReplicationMonitor {
  /** Heap bytes one caller in the line may cost at the moment the arrays double, all structures included. */
  public static final int BYTES_PER_CALLER = 320;
  /** The share of the maximum heap the callers of the running replications may take. */
  public static final double HEAP_SHARE = 0.6;

  private final long requestedMaxCallers;
  private final AtomicLong daysSimulated = new AtomicLong();
  private volatile int maxCallers = Integer.MAX_VALUE;
  private volatile boolean stopped;

  /**
   * @param requestedMaxCallers the bound on callers in the line at once in one replication, or 0
   *     to derive it from the heap ({@link #defaultMaxCallers})
   */
  public ReplicationMonitor(long requestedMaxCallers) {
    if (requestedMaxCallers < 0) {
      throw new IllegalArgumentException("max callers must be 0 (derive from the heap) or more, got " + requestedMaxCallers);
    }
    this.requestedMaxCallers = requestedMaxCallers;
  }

  /** A monitor with no bound, for tests and benchmarks. */
  public static ReplicationMonitor unbounded() {
    ReplicationMonitor m = new ReplicationMonitor(Integer.MAX_VALUE);
    m.resolveFor(1);
    return m;
  }

  /** The bound a heap of {@code maxHeapBytes} allows with {@code concurrentReplications} running at once. */
  public static int defaultMaxCallers(long maxHeapBytes, int concurrentReplications) {
    double callers = HEAP_SHARE * maxHeapBytes / ((double) BYTES_PER_CALLER * Math.max(1, concurrentReplications));
    return (int) Math.max(1000, Math.min(Integer.MAX_VALUE / 2, callers));
  }

  /** Fixes the bound before the replications start, for up to {@code workers} of them at a time. */
  public void resolveFor(int workers) {
    maxCallers = requestedMaxCallers > 0 ? (int) Math.min(Integer.MAX_VALUE / 2, requestedMaxCallers)
        : defaultMaxCallers(Runtime.getRuntime().maxMemory(), workers);
  }

  /** The most callers (or chats) one replication may hold in the line at once. */
  public int maxCallers() {
    return maxCallers;
  }

  /** Whether the bound was given rather than derived from the heap. */
  public boolean boundGiven() {
    return requestedMaxCallers > 0;
  }

  void dayDone() {
    daysSimulated.incrementAndGet();
    checkNotStopped();
  }

  /**
   * Tells every replication of the experiment to stop at its next midnight: one has overflowed, or
   * the experiment's stopping rule needs no more.
   */
  public void stop() {
    stopped = true;
  }

  /** Whether {@link #stop} was called. */
  public boolean isStopped() {
    return stopped;
  }

  /** Throws {@link StoppedException} once {@link #stop} was called. */
  public void checkNotStopped() {
    if (stopped) {
      throw new StoppedException();
    }
  }

  /** A replication stopped because another replication of the experiment overflowed, or the experiment needs no more. */
  public static final class StoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoppedException() {
      super("stopped: another replication overflowed or the experiment needs no more", null, false, false);
    }
  }

  /** Simulated days finished so far over all replications, warm-up days included. */
  public long daysSimulated() {
    return daysSimulated.get();
  }
}
