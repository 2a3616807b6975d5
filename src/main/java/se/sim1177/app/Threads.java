package se.sim1177.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The {@code --threads} option of every command, checked in one place: the default (all cores),
 * the lower bound every command shares, and the upper bound where a command has one.
 */
public final class Threads {
  private Threads() {}

  /** No upper bound: a run caps the threads at the cores instead ({@link #forRun}). */
  static final int UNBOUNDED = Integer.MAX_VALUE;

  /** The threads asked for, or all cores when {@code --threads} was not given. */
  public static int orAllCores(Integer requested) {
    return requested == null ? Runtime.getRuntime().availableProcessors() : requested;
  }

  /** What is wrong with {@code --threads requested} when at most {@code most} are allowed, or null when nothing is. */
  static String problem(int requested, int most) {
    if (requested >= 1 && requested <= most) {
      return null;
    }
    return most == UNBOUNDED ? "--threads " + requested + ": must be 1 or more"
        : "--threads " + requested + ": must be a whole number from 1 to " + most;
  }

  /**
   * The worker threads for replications: at least 1, at most the number of cores (more only slows
   * the run down, so more is capped with a note on {@code err}).
   */
  public static int forRun(int requested, PrintStream err) throws UsageException {
    String problem = problem(requested, UNBOUNDED);
    if (problem != null) {
      throw new UsageException(problem);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    if (requested > cores) {
      err.printf(Locale.ROOT, "note: --threads %d is more than the %d core%s here; using %d%n", requested, cores,
          cores == 1 ? "" : "s", cores);
      return cores;
    }
    return requested;
  }
}
