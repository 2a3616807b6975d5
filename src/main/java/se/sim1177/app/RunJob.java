package se.sim1177.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.report.OutputWarmUp;
import se.sim1177.report.ResultWriters;
import se.sim1177.report.console.ConsoleReport;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.format.RunInfo;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;

/** {@code sim1177 run}: read the scenario, run the replications, print the table, write the results folder. */
public final class RunJob {
  private RunJob() {}

  /** The outcome: the results and the folder they were written to. */
  public record Outcome(ExperimentResult result, Path folder) {}

  public static Outcome run(RunOptions options, PrintStream out, PrintStream err)
      throws ScenarioException, UsageException, IOException, RunFailedException {
    int threads = Threads.forRun(options.threads(), err);
    // Chart and JSON code loads in the background while the scenario is read and the replications run.
    OutputWarmUp.start();
    ScenarioSource source = ScenarioSource.fileOrDefault(options.scenario());
    Scenario scenario = source.read(options.overrides(), ScenarioKeyOptions.experiment(options.replications(), options.seed()));
    options.results().check();
    Experiments.checkMaxCallers(options.maxCallers(), scenario, threads);
    WorkEstimate.announceIfLong(err, WorkEstimate.runSeconds(scenario, threads) * Shard.shareOf(options.shard()), "about",
        Math.min(threads, scenario.simulation().replications()), WorkEstimate.replicationsAndDays(scenario) + Shard.ofWork(options.shard()));
    String startedAt = StartTime.now();
    RunInfo info = new RunInfo(Version.get(), options.commandLine(), source.name(), source.text(), options.overrides(), startedAt);
    if (options.shard() != null) {
      var work = new ShardJob.Work("run", List.of(source), List.of(), options.replications(), options.seed(),
          List.of(ShardJob.Experiment.of(0, List.of(), scenario)));
      ResultFolder shard = ShardJob.run(work, scenario.name(), info, options.shard(), threads, options.maxCallers(), options.results(), err);
      ShardJob.printWritten(options.shard(), shard, out);
      return new Outcome(null, shard.target());
    }
    Experiments.printOverrides(options.overrides(), out);
    ExperimentResult result = Experiments.run(scenario, threads, options.maxCallers(), err, "");
    return new Outcome(result, report(result, info, options.results(), out, err));
  }

  /** The table, the warnings and the results folder of a run that has simulated (here, or as shards merged). */
  static Path report(ExperimentResult result, RunInfo info, ResultsTarget target, PrintStream out, PrintStream err)
      throws UsageException, IOException {
    ConsoleReport.print(result, out);
    Experiments.printWarnings(result, err, "");
    try (ResultFolder results = target.open(defaultFolder(result.scenario()))) {
      ResultWriters.writeRun(result, info, results);
      Experiments.printWhereResultsAre(results, out);
      return results.target();
    }
  }

  static Path defaultFolder(Scenario scenario) {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
    return Paths.get("results", slug(scenario.name()) + "-" + stamp);
  }

  /** A scenario name as a folder name: lower case ASCII letters, digits and dashes. */
  static String slug(String name) {
    String slug = name.toLowerCase(Locale.ROOT)
        .replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
        .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    // Folder names are limited (255 bytes on most file systems): keep room for the time stamp.
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG).replaceAll("-$", "");
    }
    return slug.isEmpty() ? "scenario" : slug;
  }

  private static final int MAX_SLUG = 80;
}
