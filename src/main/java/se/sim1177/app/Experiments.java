package se.sim1177.app;

import java.io.PrintStream;
import java.util.Locale;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.LineOverloadedException;
import se.sim1177.model.ReplicationMonitor;
import se.sim1177.scenario.Scenario;

/**
 * Running one scenario's replications the way every command does: the thread count checked and
 * capped at the cores, progress with the time left on long runs, and a line so overloaded that its
 * queue outgrows the bound stopped with a message that says what to change.
 */
final class Experiments {
  private Experiments() {}

  /**
   * Runs {@code scenario}'s replications.
   *
   * @param maxCallers the bound on callers in the line at once, null to derive it from the heap
   * @param label what is running, for progress lines ("" for a plain run)
   */
  @SuppressWarnings("try") // the progress reporter works on its own thread until closed
  static ExperimentResult run(Scenario scenario, int threads, Long maxCallers, PrintStream err, String label)
      throws RunFailedException, UsageException {
    checkMaxCallers(maxCallers, scenario, threads);
    ReplicationMonitor monitor = new ReplicationMonitor(maxCallers == null ? 0 : maxCallers);
    var run = scenario.simulation();
    try (Progress progress = new Progress(err, monitor, (long) run.replications() * run.totalDays(), label)) {
      return ExperimentRunner.run(new CallCentreModel(scenario), run.seed(), run.replications(), threads, null, monitor);
    } catch (LineOverloadedException e) {
      throw new RunFailedException(overloadMessage(e, monitor));
    }
  }

  /**
   * Refuses a {@code --max-callers} below 1 or above what the heap holds for the replications run
   * at once; a command calls it before it says how long its work will take.
   */
  static void checkMaxCallers(Long maxCallers, Scenario scenario, int threads) throws UsageException {
    if (maxCallers != null && maxCallers < 1) {
      throw new UsageException("--max-callers " + maxCallers + ": must be 1 or more (or leave it out to derive it from the heap)");
    }
    int concurrent = Math.min(threads, scenario.simulation().replications());
    int heapMost = ReplicationMonitor.defaultMaxCallers(Runtime.getRuntime().maxMemory(), concurrent);
    if (maxCallers != null && maxCallers > heapMost) {
      throw new UsageException(String.format(Locale.ROOT, "--max-callers %d: more than this heap holds (at most %,d with %d MB"
          + " and %d replication%s at once); give a smaller bound, fewer --threads, or a larger heap (java -Xmx...)",
          maxCallers, heapMost, Runtime.getRuntime().maxMemory() >> 20, concurrent, concurrent == 1 ? "" : "s"));
    }
  }

  /** Says which scenario values the command line changed, so a table is never read as the file's own. */
  static void printOverrides(java.util.List<String> overrides, PrintStream out) {
    if (!overrides.isEmpty()) {
      out.println("with " + String.join(" ", overrides.stream().map(o -> "--set " + o).toList()));
    }
  }

  /** Prints the result's warnings (overload, a growing queue), each on a line of its own. */
  static void printWarnings(ExperimentResult result, PrintStream err, String prefix) {
    for (String w : result.warnings()) {
      err.println("warning: " + prefix + w);
    }
  }

  /** Prints the result's warnings about the line (overload, a growing queue), for one of several runs. */
  static void printLoadWarnings(ExperimentResult result, PrintStream err, String prefix) {
    for (String w : result.loadWarnings()) {
      err.println("warning: " + prefix + w);
    }
  }

  static String overloadMessage(LineOverloadedException e, ReplicationMonitor monitor) {
    String what = e.chats() ? "chats" : "callers";
    String bound = monitor.boundGiven() ? "the bound set with --max-callers"
        : String.format(Locale.ROOT, "the most this heap (%d MB) allows; --max-callers sets it", Runtime.getRuntime().maxMemory() >> 20);
    int day = (int) (e.timeSeconds() / 86400) + 1;
    String change = e.chats()
        ? "Add chat nurses (staff.groups[].channels, shifts[].nurses), shorten chat.patience or lower chat.adoption"
        : "Add nurses (staff.groups[].shifts[].nurses), shorten callers.patience, or close the queue"
            + " (queue.max_waiting, queue.max_predicted_wait)";
    return String.format(Locale.ROOT, "the line is overloaded: it held %,d %s at once (%,d waiting; the rest in service, about to redial, or"
        + " gone but still holding a place in the queue) on day %d of"
        + " replication %d, %s; the queue grows without end. %s. Nothing was written.",
        e.inLine(), what, e.waiting(), day, e.replication() + 1, bound, change);
  }

  /**
   * The console's last lines after a command that wrote results: the folder, then the page to open
   * ({@code open results/.../report.html}), the first thing a newcomer should look at.
   */
  static void printWhereResultsAre(se.sim1177.report.file.ResultFolder results, PrintStream out) {
    out.println("results: " + results.shownTarget());
    out.println("open " + results.shownTarget() + java.io.File.separator + "report.html");
  }
}
