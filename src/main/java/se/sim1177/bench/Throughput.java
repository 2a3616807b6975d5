package se.sim1177.bench;

import java.util.Locale;

/**
 * What one timed measurement produced: calls (offered call attempts and chats, warm-up days
 * included), events and replications simulated in a wall time, by some number of threads.
 */
public record Throughput(String what, int threads, long calls, long events, long replications, double seconds) {
  /** The same measurement under another name. */
  public Throughput withName(String name) {
    return new Throughput(name, threads, calls, events, replications, seconds);
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

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%-30s %2d thread%s  %8.3f M calls/s  %8.3f M events/s  %6.1f ns/event  %6.1f ns/call  %8.2f replications/s",
        what, threads, threads == 1 ? " " : "s", callsPerSecond() / 1e6, eventsPerSecond() / 1e6, nanosPerEvent(), nanosPerCall(),
        replicationsPerSecond());
  }
}
