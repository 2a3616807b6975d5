package se.sim1177.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import se.sim1177.engine.StreamFamily;
import se.sim1177.experiment.ReplicationSimulator;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.ReplicationResult;

/**
 * Timed rounds of whole replications (the engine on one thread or several, or any other
 * {@link ReplicationSimulator}) and of the bare-loop floor. A round runs replications back to back for a fixed wall time and
 * records the CPU time its threads got; warm-ups let the JIT compile the code first. Replications
 * use consecutive substreams, so every round simulates different callers.
 */
public final class Benchmark {
  private final CallCentreModel model;
  private final StreamFamily streams;
  private final double warmupSeconds;
  private final double measureSeconds;
  private final int rounds;
  private static final long FLOOR_BATCH = 1_000_000;
  private final AtomicInteger nextReplication = new AtomicInteger();
  private volatile double floorChecksum;

  public Benchmark(CallCentreModel model, long seed, double warmupSeconds, double measureSeconds, int rounds) {
    if (rounds < 1 || !(measureSeconds > 0) || warmupSeconds < 0) {
      throw new IllegalArgumentException("rounds >= 1, measure time > 0 and warm-up time >= 0 required");
    }
    this.model = model;
    this.streams = new StreamFamily(seed);
    this.warmupSeconds = warmupSeconds;
    this.measureSeconds = measureSeconds;
    this.rounds = rounds;
  }

  /** One timed round: replications of {@code simulator} back to back on {@code threads} threads for the measure time. */
  public Throughput round(String what, ReplicationSimulator simulator, int threads) {
    return runFor(simulator, threads, measureSeconds).withName(what);
  }

  /** Untimed replications of {@code simulator} for the warm-up time, so the JIT has compiled it. */
  public void warmUp(ReplicationSimulator simulator, int threads) {
    runFor(simulator, threads, warmupSeconds);
  }

  /** Mean pending events per event in a replication: the event-set size the floor should use. */
  public double meanPendingEvents() {
    ReplicationResult r = ReplicationSimulator.ENGINE.run(model, streams, nextReplication.getAndIncrement());
    return r.meanPendingEvents();
  }

  /** One timed round of the bare loop with {@code pending} events in its event set. */
  public Throughput floorRound(int pending) {
    return timeFloor(FLOOR_BATCH, pending, measureSeconds);
  }

  /** Untimed bare loop for the warm-up time. */
  public void warmUpFloor(int pending) {
    timeFloor(FLOOR_BATCH, pending, warmupSeconds);
  }

  public int rounds() {
    return rounds;
  }

  private Throughput timeFloor(long batch, int pending, double seconds) {
    long cpuStart = threadCpuNanos();
    long start = System.nanoTime();
    long events = 0;
    double sink = 0;
    do {
      sink += BareLoop.run(batch, pending, events);
      events += batch;
    } while ((System.nanoTime() - start) / 1e9 < seconds);
    double elapsed = (System.nanoTime() - start) / 1e9;
    long cpu = threadCpuNanos() - cpuStart;
    floorChecksum = sink; // published, so the JIT cannot drop the loop's work
    return new Throughput("bare loop floor (" + pending + " pending)", 1, events, events, 0, elapsed, cpuSeconds(cpuStart, cpu));
  }

  private Throughput runFor(ReplicationSimulator simulator, int threads, double seconds) {
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, "sim1177-bench");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<long[]>> workers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        workers.add(pool.submit(() -> {
          long cpuStart = threadCpuNanos();
          long calls = 0;
          long events = 0;
          long reps = 0;
          do {
            ReplicationResult r = simulator.run(model, streams, nextReplication.getAndIncrement());
            calls += r.contacts();
            events += r.events();
            reps++;
          } while (System.nanoTime() < deadline);
          long cpu = cpuStart < 0 ? -1 : threadCpuNanos() - cpuStart;
          return new long[] {calls, events, reps, cpu};
        }));
      }
      long calls = 0;
      long events = 0;
      long reps = 0;
      double cpuSeconds = 0;
      for (Future<long[]> f : workers) {
        long[] c = f.get();
        calls += c[0];
        events += c[1];
        reps += c[2];
        cpuSeconds += c[3] < 0 ? Double.NaN : c[3] / 1e9;
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      return new Throughput("", threads, calls, events, reps, elapsed, cpuSeconds);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** CPU time of the current thread in nanoseconds, or -1 where the JVM cannot measure it. */
  private static long threadCpuNanos() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : -1;
  }

  private static double cpuSeconds(long start, long nanos) {
    return start < 0 ? Double.NaN : nanos / 1e9;
  }

  /** The round with the median calls per second. */
  public static Throughput median(List<Throughput> results) {
    Throughput[] sorted = results.toArray(new Throughput[0]);
    Arrays.sort(sorted, (a, b) -> Double.compare(a.callsPerSecond(), b.callsPerSecond()));
    return sorted[sorted.length / 2];
  }

  /** Bytes of Java heap in use at its peak since the JVM started (all heap pools). */
  public static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Peak resident set size of this process (Linux VmHWM), or -1 where it cannot be read. */
  public static long peakResidentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /**
   * Bytes the current thread allocates running one replication, or -1 where the JVM cannot tell:
   * with no allocation per event this grows with the horizon only by the per-day tallies.
   */
  public static long bytesAllocatedBy(Runnable work) {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    if (!(bean instanceof com.sun.management.ThreadMXBean sun) || !sun.isThreadAllocatedMemorySupported()) {
      return -1;
    }
    long id = Thread.currentThread().getId();
    long before = sun.getThreadAllocatedBytes(id);
    work.run();
    return sun.getThreadAllocatedBytes(id) - before;
  }
}
