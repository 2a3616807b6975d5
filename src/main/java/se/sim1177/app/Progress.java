package se.sim1177.app;

import java.io.PrintStream;
import java.util.Locale;
import se.sim1177.model.ReplicationMonitor;
import se.sim1177.report.console.ConsoleStream;

/**
 * Progress of a long experiment, with the time left, counted in simulated days so that it moves
 * within long replications too. On a terminal it updates one line every second; otherwise (output
 * to a file or a pipe) it prints a line every {@value #LINE_EVERY_SECONDS} seconds, once the run
 * has taken that long. Short runs print nothing.
 */
final class Progress implements AutoCloseable {
  static final int LINE_EVERY_SECONDS = 5;

  private final PrintStream err;
  private final ReplicationMonitor monitor;
  private final long totalDays;
  private final String label;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private final Thread reporter;
  private volatile boolean done;
  private boolean printedOnTerminal;

  /**
   * @param totalDays simulated days in all replications (warm-up included)
   * @param label what is running, e.g. "variant 2/5", or "" for a run
   */
  Progress(PrintStream err, ReplicationMonitor monitor, long totalDays, String label) {
    this.err = err;
    this.monitor = monitor;
    this.totalDays = Math.max(1, totalDays);
    this.label = label;
    // Java cannot tell whether stderr is a terminal (System.console() looks at stdin and stdout),
    // so the launcher says it; without that, progress goes in plain lines, right for logs and pipes.
    this.terminal = Boolean.getBoolean("sim1177.stderr.terminal");
    reporter = new Thread(this::report, "sim1177-progress");
    reporter.setDaemon(true);
    reporter.start();
  }

  private void report() {
    long every = terminal ? 1000 : LINE_EVERY_SECONDS * 1000L;
    try {
      Thread.sleep(LINE_EVERY_SECONDS * 1000L);
      while (!done) {
        print();
        Thread.sleep(every);
      }
    } catch (InterruptedException e) {
      // Closed.
    }
  }

  private synchronized void print() {
    if (done) {
      return;
    }
    String line = line(monitor.daysSimulated(), totalDays, (System.nanoTime() - startNanos) / 1e9, label);
    if (terminal) {
      ConsoleStream.returnToLineStart(err);
      err.print(line + "   ");
      printedOnTerminal = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** "progress: 43 % of 840 simulated days, 12 s so far, about 16 s to go". */
  static String line(long daysDone, long totalDays, double elapsedSeconds, String label) {
    double share = Math.min(1.0, (double) daysDone / totalDays);
    String left = share <= 0 ? "time left not known yet"
        : "about " + duration(elapsedSeconds * (1 - share) / share) + " to go";
    return String.format(Locale.ROOT, "%sprogress: %.0f %% of %d simulated days, %s so far, %s",
        label.isEmpty() ? "" : label + " ", 100 * share, totalDays, duration(elapsedSeconds), left);
  }

  static String duration(double seconds) {
    if (seconds < 90) {
      return String.format(Locale.ROOT, "%.0f s", seconds);
    }
    if (seconds < 90 * 60) {
      return String.format(Locale.ROOT, "%.0f min", seconds / 60);
    }
    return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
  }

  @Override
  public synchronized void close() {
    done = true;
    reporter.interrupt();
    if (printedOnTerminal) {
      ConsoleStream.returnToLineStart(err);
      err.print(" ".repeat(100));
      ConsoleStream.returnToLineStart(err);
      err.flush();
    }
  }
}
