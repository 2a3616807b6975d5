package se.sim1177.bench;

import java.util.Locale;

/**
 * What one timed measurement produced: calls (offered call attempts and chats, warm-up days
 * included), events and replications simulated in a wall time, by some number of threads, and the
 * CPU time those threads actually got (NaN where the JVM cannot tell): on a machine busy with other
 * work a thread gets less than a core, and its wall-time rates are low.
 */
public record Throughput(String what, int threads, long calls, long events, long replications, double seconds, double cpuSeconds) {
  /** A measurement whose CPU time is unknown. */
  public Throughput(String what, int threads, long calls, long events, long replications, double seconds) {
    this(what, threads, calls, events, replications, seconds, Double.NaN);
  }

  /** The same measurement under another name. */
  public Throughput withName(String name) {
    return new Throughput(name, threads, calls, events, replications, seconds, cpuSeconds);
  }

  public double callsPerSecond() {
    return calls / seconds;
  }

  public double eventsPerSecond() {
    return events / seconds;
  }

  public double replicationsPerSecond() {
    return replications / seconds;
  }

  /** Wall nanoseconds per event times threads: the cost of one event on one core. */
  public double nanosPerEvent() {
    return seconds * 1e9 * threads / events;
  }

  /** Wall nanoseconds per call times threads: the cost of one call on one core. */
  public double nanosPerCall() {
    return seconds * 1e9 * threads / calls;
  }

  /** CPU time the threads got / (wall time × threads): 1 when each had a core to itself; NaN if unknown. */
  public double cpuShare() {
    return cpuSeconds / (seconds * threads);
  }

  /** "1 thread", "2 threads". */
  public static String threads(int n) {
    return n + (n == 1 ? " thread" : " threads");
  }

  @Override
  public String toString() {
    String cpu = Double.isNaN(cpuSeconds) ? "" : String.format(Locale.ROOT, "  %4.0f %% cpu", 100 * cpuShare());
    return String.format(Locale.ROOT, "%-30s %2d thread%s  %8.3f M calls/s  %8.3f M events/s  %6.1f ns/event  %6.1f ns/call  %8.2f replications/s%s",
        what, threads, threads == 1 ? " " : "s", callsPerSecond() / 1e6, eventsPerSecond() / 1e6, nanosPerEvent(), nanosPerCall(),
        replicationsPerSecond(), cpu);
  }
}
