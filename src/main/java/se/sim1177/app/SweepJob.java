package se.sim1177.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentSummary;
import se.sim1177.experiment.PrecisionWarnings;
import se.sim1177.report.OutputWarmUp;
import se.sim1177.report.SweepReport;
import se.sim1177.report.console.SweepConsole;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.format.SweepVariant;
import se.sim1177.scenario.OptionOverride;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioProblem;

/**
 * {@code sim1177 sweep}: runs every combination of the varied keys with the same seed, so every
 * variant faces the same callers (common random numbers), and writes {@code sweep.csv} and charts.
 *
 * <p>Of each variant it keeps only what the outputs need ({@link ExperimentSummary}, a few
 * kilobytes): its full result is dropped as soon as its row is made, and its scenario is read
 * again just before it runs rather than kept from the check of every variant, so the heap a
 * sweep needs grows by kilobytes a variant, not by its results (a third of a megabyte each).
 */
public final class SweepJob {
  private SweepJob() {}

  public static void run(SweepOptions options, PrintStream out, PrintStream err)
      throws ScenarioException, UsageException, IOException, RunFailedException {
    int threads = Threads.forRun(options.threads(), err);
    // Chart and JSON code loads in the background while the scenario is read and the replications run.
    OutputWarmUp.start();
    SweepPlan plan = SweepPlan.parse(options.varies());
    ScenarioSource source = ScenarioSource.fileOrDefault(options.scenario());
    var keyOptions = ScenarioKeyOptions.experiment(options.replications(), options.seed());
    Scenario base = source.read(options.overrides(), keyOptions);
    List<List<String>> assignments = plan.variants();
    VariantsRead read = checkEveryVariant(source, options.overrides(), keyOptions, assignments, threads);
    options.results().check();
    String heap = SweepMemory.warning(assignments.size(), Runtime.getRuntime().maxMemory());
    if (heap != null) {
      err.println("warning: " + heap);
    }
    Experiments.checkMaxCallers(options.maxCallers(), read.mostReplications(), threads);
    WorkEstimate.announceIfLong(err, read.seconds() * Shard.shareOf(options.shard()), "about",
        Math.min(threads, base.simulation().replications()),
        assignments.size() + " variants" + (read.size() != null ? " of " + read.size() : "") + Shard.ofWork(options.shard()));
    String startedAt = StartTime.now();
    RunInfo info = new RunInfo(Version.get(), options.commandLine(), source.name(), source.text(), options.overrides(), startedAt);
    if (options.shard() != null) {
      List<ShardJob.Experiment> work = new ArrayList<>();
      for (List<String> assignment : assignments) {
        // The control only: a variant's scenario is read again if this shard runs some of it.
        RunControl control = source.read(options.overrides(), keyOptions, assignment).simulation();
        work.add(new ShardJob.Experiment(0, assignment, control, () -> source.read(options.overrides(), keyOptions, assignment)));
      }
      var all = new ShardJob.Work("sweep", List.of(source), options.varies(), options.replications(), options.seed(), work);
      ResultFolder shard = ShardJob.run(all, base.name(), info, options.shard(), threads, options.maxCallers(), options.results(), err);
      ShardJob.printWritten(options.shard(), shard, out);
      return;
    }
    List<SweepVariant> rows = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < assignments.size(); i++) {
      List<String> assignment = assignments.get(i);
      // Read again rather than kept from the check: a few ms, where keeping them all would cost
      // kilobytes a variant, and a scenario with long inline lists far more.
      Scenario s = source.read(options.overrides(), keyOptions, assignment);
      err.printf(Locale.ROOT, "variant %d/%d: %s%n", i + 1, assignments.size(), String.join(" ", assignment));
      ExperimentResult r = Experiments.run(s, threads, options.maxCallers(), err,
          String.format(Locale.ROOT, "variant %d/%d", i + 1, assignments.size()));
      Experiments.printLoadWarnings(r, err, String.join(" ", assignment) + ": ");
      rows.add(row(plan, assignment, r));
      double elapsed = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "  done in %.1f s; about %.0f s to go%n", r.wallSeconds(),
          elapsed / (i + 1) * (assignments.size() - i - 1));
    }
    report(plan, assignments, rows, base, info, options.overrides(), options.results(), out, err);
  }

  /** A variant's row of the sweep: its values of the varied keys, and its summary. */
  static SweepVariant row(SweepPlan plan, List<String> assignment, ExperimentResult result) {
    return new SweepVariant(valuesOf(plan, assignment), ExperimentSummary.of(result));
  }

  /** The table, the warnings and the results folder of a sweep whose variants have run (here, or as shards merged). */
  static void report(SweepPlan plan, List<List<String>> assignments, List<SweepVariant> rows, Scenario base, RunInfo info,
      List<String> overrides, ResultsTarget target, PrintStream out, PrintStream err) throws UsageException, IOException {
    Experiments.printOverrides(overrides, out);
    SweepConsole.print(plan.keys(), rows, out);
    printPrecisionWarnings(assignments, rows, err);
    try (ResultFolder results = target.open(defaultFolder("sweep", base))) {
      SweepReport.write(plan.keys(), rows, base, info, results);
      Experiments.printWhereResultsAre(results, out);
    }
  }

  /**
   * What reading every variant found, kept small (not the scenarios themselves): the estimated
   * seconds of all of them, the variant with the most replications (for the heap's bound on
   * callers), and every variant's replications and days when they are the same (otherwise null).
   */
  private record VariantsRead(double seconds, Scenario mostReplications, String size) {}

  /**
   * Reads every variant before any runs, so a bad value stops the sweep before it starts; each
   * problem is named once, however many variants share it.
   */
  private static VariantsRead checkEveryVariant(ScenarioSource source, List<String> overrides, List<OptionOverride> keyOptions,
      List<List<String>> assignments, int threads) throws ScenarioException {
    Set<ScenarioProblem> problems = new LinkedHashSet<>();
    double seconds = 0;
    Scenario most = null;
    String first = null;
    boolean alike = true;
    for (List<String> a : assignments) {
      try {
        Scenario s = source.read(overrides, keyOptions, a);
        seconds += WorkEstimate.runSeconds(s, threads);
        most = most == null || s.simulation().replications() > most.simulation().replications() ? s : most;
        String size = WorkEstimate.replicationsAndDays(s);
        first = first == null ? size : first;
        alike &= size.equals(first);
      } catch (ScenarioException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(new ArrayList<>(problems));
    }
    return new VariantsRead(seconds, most, alike ? first : null);
  }

  private static List<String> valuesOf(SweepPlan plan, List<String> assignments) {
    List<String> values = new ArrayList<>();
    for (int k = 0; k < plan.keys().size(); k++) {
      values.add(plan.valueOf(assignments, k));
    }
    return values;
  }

  /** Too few replications once for the sweep, then each variant's targets with too wide an interval. */
  private static void printPrecisionWarnings(List<List<String>> assignments, List<SweepVariant> rows, PrintStream err) {
    String few = PrecisionWarnings.replications(rows.get(0).summary().replications());
    if (few != null) {
      err.println("warning: " + few);
    }
    for (int i = 0; i < rows.size(); i++) {
      for (String w : PrecisionWarnings.targets(rows.get(i).summary().targets())) {
        err.println("warning: variant " + String.join(" ", assignments.get(i)) + ": " + w);
      }
    }
  }

  static Path defaultFolder(String kind, Scenario scenario) {
    String slug = RunJob.slug(scenario.name());
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
    return Paths.get("results", kind + "-" + slug + "-" + stamp);
  }
}
