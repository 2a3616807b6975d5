package se.sim1177.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@code sim1177 bench} on one scenario.
 *
 * @param singleRounds the engine on one thread, round by round
 * @param parallelRounds the engine on several threads, round by round, each measured right beside
 *     the one-thread round of the same index; empty when only one thread was asked for
 * @param cores processors the JVM could use: no speed-up can exceed them
 * @param floor the bare-loop floor, or null when not measured
 * @param bytesPerReplication heap bytes one replication allocates (tallies, arrays), -1 if unknown
 */
public record BenchReport(String scenario, int daysPerReplication, double meanPendingEvents, List<Throughput> singleRounds,
    List<Throughput> parallelRounds, int cores, Throughput floor,
    long bytesPerReplication, long peakHeapBytes, long peakResidentBytes) {
  /** A measured speed-up this far above the thread or core count is a measurement error, not a result. */
  static final double SPEEDUP_TOLERANCE = 0.05;
  /** A thread that got less than this share of a core was slowed by other work on the machine. */
  static final double BUSY_CPU_SHARE = 0.9;
  /** Builds {@code target/benchmarks.jar}, the JMH benchmarks (the {@code bench} Maven profile). */
  public static final String JMH_BUILD = "mvn -B -P bench -DskipTests package";
  /** Runs the JMH benchmark of the engine and the SSJ reference model, side by side. */
  public static final String JMH_SSJ_RUN = "java -jar target/benchmarks.jar ReplicationBenchmark";
  /**
   * Where the engine is compared with the idiomatic SSJ model of the same line: a JMH benchmark, so
   * that SSJ is a test and benchmark dependency and not part of the runtime jar.
   */
  public static final String SSJ_COMPARISON = JMH_BUILD + " && " + JMH_SSJ_RUN;

  public BenchReport {
    singleRounds = List.copyOf(singleRounds);
    parallelRounds = List.copyOf(parallelRounds);
    if (singleRounds.isEmpty() || (!parallelRounds.isEmpty() && parallelRounds.size() != singleRounds.size())) {
      throw new IllegalArgumentException("one-thread rounds, and as many parallel rounds or none, required");
    }
  }

  /** The one-thread round with the median calls per second. */
  public Throughput single() {
    return Benchmark.median(singleRounds);
  }

  /** The parallel round with the median calls per second, or null when there was none. */
  public Throughput parallel() {
    return parallelRounds.isEmpty() ? null : Benchmark.median(parallelRounds);
  }

  /**
   * The parallel speed-up in wall time: the median over rounds of parallel ÷ one-thread calls per
   * second, the two measured back to back; NaN when there was no parallel measurement.
   */
  public double parallelSpeedup() {
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < parallelRounds.size(); r++) {
      ratios.add(parallelRounds.get(r).callsPerSecond() / singleRounds.get(r).callsPerSecond());
    }
    return median(ratios);
  }

  /**
   * The speed-up an otherwise idle machine would give: threads × (parallel calls per CPU-second ÷
   * one-thread calls per CPU-second), the median over rounds. It leaves out the time other work
   * took the cores away, and still counts what the threads cost each other (memory, caches,
   * synchronisation). NaN when not measured or the CPU time is unknown.
   */
  public double cpuSpeedup() {
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < parallelRounds.size(); r++) {
      Throughput p = parallelRounds.get(r);
      Throughput s = singleRounds.get(r);
      ratios.add(p.threads() * (p.calls() / p.cpuSeconds()) / (s.calls() / s.cpuSeconds()));
    }
    return median(ratios);
  }

  private static double median(List<Double> values) {
    if (values.isEmpty() || values.stream().anyMatch(v -> Double.isNaN(v))) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The most a speed-up on the parallel threads can be here: the threads or the cores, whichever fewer. */
  public int speedupLimit() {
    return Math.min(parallel().threads(), cores);
  }

  /** Whether the measured speed-up is above what the threads and cores allow, beyond noise: a measurement error. */
  public boolean speedupImpossible() {
    return !parallelRounds.isEmpty() && parallelSpeedup() > speedupLimit() * (1 + SPEEDUP_TOLERANCE);
  }

  public double ratioToFloor() {
    return single().nanosPerEvent() / floor.nanosPerEvent();
  }

  /** The speed-up line, or why there is no speed-up to report. */
  String speedupLine() {
    Throughput parallel = parallel();
    if (parallel == null) {
      return "  parallel speed-up: not measured (one thread asked for)";
    }
    double s = parallelSpeedup();
    double perCpu = cpuSpeedup();
    // Per CPU-second the threads may look faster than the cores can be (a round whose threads got
    // little CPU time, or more threads than cores): such a figure is not shown.
    String cpu = Double.isNaN(perCpu) ? ""
        : perCpu > speedupLimit() ? String.format(Locale.ROOT, "; per CPU-second: not measured reliably (above the %dx the"
            + " threads and cores can give)", speedupLimit())
        : String.format(Locale.ROOT, "; %.2fx per CPU-second, as on an otherwise idle machine", perCpu);
    if (speedupImpossible()) {
      return String.format(Locale.ROOT, "  parallel speed-up: not measured reliably: %.2fx on %s with %d cores is more than the"
          + " %dx they can give; the machine's load changed between rounds (%s)%s", s, Throughput.threads(parallel.threads()), cores,
          speedupLimit(), cpuShares(), cpu);
    }
    return String.format(Locale.ROOT, "  parallel speed-up: %.2fx on %s, %d cores (median of %d paired rounds)%s", s,
        Throughput.threads(parallel.threads()), cores, parallelRounds.size(), cpu);
  }

  /** A note when the engine's threads got clearly less than their cores, or null. */
  String busyNote() {
    Throughput parallel = parallel();
    boolean busy = single().cpuShare() < BUSY_CPU_SHARE || (parallel != null && parallel.cpuShare() < BUSY_CPU_SHARE);
    return busy ? "  note: the machine was busy with other work (" + cpuShares() + "): wall-time rates are low and uneven" : null;
  }

  private String cpuShares() {
    Throughput parallel = parallel();
    String one = String.format(Locale.ROOT, "one thread got %.0f %% of a core", 100 * single().cpuShare());
    return parallel == null ? one
        : one + String.format(Locale.ROOT, ", %s %.0f %% of theirs", Throughput.threads(parallel.threads()), 100 * parallel.cpuShare());
  }

  public void print(PrintStream out) {
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "%s: %d simulated day%s per replication (warm-up included)%n", scenario, daysPerReplication,
        daysPerReplication == 1 ? "" : "s");
    out.printf(Locale.ROOT, "java %s (%s), %s %s, %d core%s%n", System.getProperty("java.version"),
        System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"), rt.availableProcessors(),
        rt.availableProcessors() == 1 ? "" : "s");
    out.println(single().withName("engine"));
    if (parallel() != null) {
      out.println(parallel().withName("engine"));
    }
    out.println(speedupLine());
    String busy = busyNote();
    if (busy != null) {
      out.println(busy);
    }
    if (floor != null) {
      out.printf(Locale.ROOT, "%-30s %2d thread   %8.3f M events/s  %6.1f ns/event%n", "bare-loop floor", 1,
          floor.eventsPerSecond() / 1e6, floor.nanosPerEvent());
      out.printf(Locale.ROOT, "  engine vs floor: %.2fx the floor's ns per event (mean %.1f pending events)%n",
          ratioToFloor(), meanPendingEvents);
    }
    out.printf(Locale.ROOT, "memory: %s allocated per replication, peak heap %.0f MB, peak resident %s%n",
        bytesPerReplication < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f KB", bytesPerReplication / 1024.0),
        peakHeapBytes / 1048576.0,
        peakResidentBytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MB", peakResidentBytes / 1048576.0));
    out.println("engine vs the SSJ reference model: not measured here; in the JMH profile:");
    out.println("  " + SSJ_COMPARISON);
  }
}
