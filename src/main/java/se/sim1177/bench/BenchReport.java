package se.sim1177.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The result of {@code sim1177 bench} on one scenario.
 *
 * @param reference the SSJ reference model on one thread, or null when not measured
 * @param floor the bare-loop floor, or null when not measured
 * @param bytesPerReplication heap bytes one replication allocates (tallies, arrays), -1 if unknown
 */
public record BenchReport(String scenario, int daysPerReplication, double meanPendingEvents, Throughput single,
    Throughput parallel, Throughput reference, Throughput floor, long bytesPerReplication, long peakHeapBytes,
    long peakResidentBytes) {

  public double parallelSpeedup() {
    return parallel.callsPerSecond() / single.callsPerSecond();
  }

  public double speedupOverReference() {
    return single.callsPerSecond() / reference.callsPerSecond();
  }

  public double ratioToFloor() {
    return single.nanosPerEvent() / floor.nanosPerEvent();
  }

  public void print(PrintStream out) {
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "%s: %d simulated day%s per replication (warm-up included)%n", scenario, daysPerReplication,
        daysPerReplication == 1 ? "" : "s");
    out.printf(Locale.ROOT, "java %s (%s), %s %s, %d core%s%n", System.getProperty("java.version"),
        System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"), rt.availableProcessors(),
        rt.availableProcessors() == 1 ? "" : "s");
    out.println(single.withName("engine"));
    out.println(parallel.withName("engine"));
    out.printf(Locale.ROOT, "  parallel speed-up: %.2fx on %d thread%s%n", parallelSpeedup(), parallel.threads(),
        parallel.threads() == 1 ? "" : "s");
    if (reference != null) {
      out.println(reference.withName("SSJ reference model"));
      out.printf(Locale.ROOT, "  engine vs SSJ reference: %.2fx the calls per second on one core%n", speedupOverReference());
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
  }
}
