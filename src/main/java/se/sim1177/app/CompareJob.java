package se.sim1177.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.PrecisionWarnings;
import se.sim1177.report.CompareReport;
import se.sim1177.report.OutputWarmUp;
import se.sim1177.report.console.CompareConsole;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.format.ComparedScenario;
import se.sim1177.report.format.RunInfo;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioProblem;

/**
 * {@code sim1177 compare}: runs a base scenario and alternatives with the same seed and
 * replications (common random numbers), and reports each metric's difference to the base with a
 * paired 95 % confidence interval.
 */
public final class CompareJob {
  private CompareJob() {}

  /** A scenario, where it came from, and its results. */
  public record Run(String source, Scenario scenario, ExperimentResult result) {}

  public static List<Run> run(CompareOptions options, PrintStream out, PrintStream err)
      throws ScenarioException, UsageException, IOException, RunFailedException {
    if (options.scenarios().size() < 2) {
      throw new UsageException("compare needs a base scenario and at least one alternative");
    }
    int threads = Threads.forRun(options.threads(), err);
    // Chart and JSON code loads in the background while the scenario is read and the replications run.
    OutputWarmUp.start();
    List<ScenarioSource> sources = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    // A set: a file can hold tens of thousands of problems, too many to look through for each.
    Set<ScenarioProblem> problems = new LinkedHashSet<>();
    var keyOptions = ScenarioKeyOptions.experiment(options.replications(), options.seed());
    for (Path p : options.scenarios()) {
      try {
        ScenarioSource source = ScenarioSource.file(p);
        sources.add(source);
        scenarios.add(source.read(options.overrides(), keyOptions));
      } catch (ScenarioException e) {
        // A bad --set or --seed is wrong in every scenario alike: say so once.
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(new ArrayList<>(problems));
    }
    Aligned aligned = align(sources, scenarios, err);
    scenarios = aligned.scenarios();
    Scenario base = scenarios.get(0);
    int replications = base.simulation().replications();
    List<String> differences = aligned.differences();
    options.results().check();
    for (Scenario s : scenarios) {
      Experiments.checkMaxCallers(options.maxCallers(), s, threads);
    }
    WorkEstimate.announceIfLong(err, scenarios.stream().mapToDouble(s -> WorkEstimate.runSeconds(s, threads)).sum()
        * Shard.shareOf(options.shard()), "about", Math.min(threads, replications),
        WorkEstimate.each(scenarios, "scenarios") + Shard.ofWork(options.shard()));
    String startedAt = StartTime.now();
    if (options.shard() != null) {
      List<ShardJob.Experiment> work = new ArrayList<>();
      for (int i = 0; i < scenarios.size(); i++) {
        work.add(ShardJob.Experiment.of(i, List.of(), scenarios.get(i)));
      }
      RunInfo info = new RunInfo(Version.get(), options.commandLine(), sources.get(0).name(), sources.get(0).text(),
          options.overrides(), startedAt);
      var all = new ShardJob.Work("compare", sources, List.of(), options.replications(), options.seed(), work);
      ResultFolder shard = ShardJob.run(all, base.name(), info, options.shard(), threads, options.maxCallers(), options.results(), err);
      ShardJob.printWritten(options.shard(), shard, out);
      return List.of();
    }
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      err.printf(Locale.ROOT, "scenario %d/%d: %s%n", i + 1, scenarios.size(), s.name());
      runs.add(new Run(sources.get(i).name(), s, Experiments.run(s, threads, options.maxCallers(), err,
          String.format(Locale.ROOT, "scenario %d/%d", i + 1, scenarios.size()))));
      Experiments.printLoadWarnings(runs.get(i).result(), err, sources.get(i).name() + ": ");
    }
    report(runs, differences, sources, options.overrides(), options.commandLine(), startedAt, List.of(), options.results(), out, err);
    return runs;
  }

  /** The scenarios as compared, each with the base's seed and replications, and what keeps an alternative's callers from the base's. */
  record Aligned(List<Scenario> scenarios, List<String> differences) {}

  /**
   * Gives every scenario the base's seed and replications ({@code --seed} and {@code --replications},
   * when given, are in all of them already), so that the runs pair up on the same random numbers,
   * and notes on {@code err} what that replaced and what keeps an alternative's callers from the base's.
   */
  static Aligned align(List<ScenarioSource> sources, List<Scenario> read, PrintStream err) {
    List<Scenario> scenarios = new ArrayList<>(read);
    Scenario base = scenarios.get(0);
    long seed = base.simulation().seed();
    int replications = base.simulation().replications();
    List<RunControl> own = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      own.add(scenarios.get(i).simulation());
      scenarios.set(i, scenarios.get(i).withSimulation(own.get(i).withReplications(replications).withSeed(seed)));
    }
    List<String> differences = new ArrayList<>();
    for (int i = 1; i < scenarios.size(); i++) {
      String alt = label(i, sources.get(i).name());
      String differs = callerDifference(base, scenarios.get(i));
      if (own.get(i).seed() != seed) {
        err.printf(Locale.ROOT, "note: %s: its simulation.seed %d replaced by the base's %d so %s%n", alt, own.get(i).seed(), seed,
            differs == null ? "both see the same callers" : "both draw the same random numbers");
      }
      if (own.get(i).replications() != replications) {
        err.printf(Locale.ROOT, "note: %s: its simulation.replications %d replaced by the base's %d so the runs pair up%n",
            alt, own.get(i).replications(), replications);
      }
      if (differs != null) {
        differences.add(alt + " differs from the base in " + differs);
        err.println("warning: " + alt + " differs from the base in " + differs
            + ": its callers are not the base's and the paired differences mean less");
      }
    }
    return new Aligned(scenarios, differences);
  }

  /** The table, the warnings and the results folder of a comparison whose scenarios have run (here, or as shards merged). */
  static void report(List<Run> runs, List<String> differences, List<ScenarioSource> sources, List<String> overrides,
      List<String> commandLine, String startedAt, List<RunInfo.ShardOrigin> shards, ResultsTarget target, PrintStream out,
      PrintStream err)
      throws UsageException, IOException {
    Experiments.printOverrides(overrides, out);
    printTable(runs, differences, out);
    String few = PrecisionWarnings.replications(runs.get(0).scenario().simulation().replications());
    if (few != null) {
      err.println("warning: " + few);
    }
    for (int i = 0; i < runs.size(); i++) {
      for (String w : PrecisionWarnings.targets(runs.get(i).result())) {
        err.println("warning: " + (i == 0 ? "base (" + runs.get(i).source() + ")" : label(i, runs.get(i).source())) + ": " + w);
      }
    }
    List<RunInfo> infos = new ArrayList<>();
    for (ScenarioSource source : sources) {
      infos.add(new RunInfo(Version.get(), commandLine, source.name(), source.text(), overrides, startedAt, shards));
    }
    try (ResultFolder results = target.open(SweepJob.defaultFolder("compare", runs.get(0).scenario()))) {
      CompareReport.write(runs.stream().map(r -> new ComparedScenario(r.source(), r.result())).toList(), infos, results);
      Experiments.printWhereResultsAre(results, out);
    }
  }

  private static String label(int alternative, String source) {
    return "alt " + alternative + " (" + source + ")";
  }

  /**
   * What keeps {@code alt} from seeing the base's callers, or null when nothing does: the simulated
   * days, the warm-up, the start weekday or the arrivals (volume, weekday factors, daily profile,
   * day busyness). With all of them equal and the same seed, both draw the same callers.
   */
  static String callerDifference(Scenario base, Scenario alt) {
    RunControl b = base.simulation();
    RunControl a = alt.simulation();
    List<String> what = new ArrayList<>();
    if (a.days() != b.days()) {
      what.add("simulation.days " + a.days() + " (base " + b.days() + ")");
    }
    if (a.warmupDays() != b.warmupDays()) {
      what.add("simulation.warmup_days " + a.warmupDays() + " (base " + b.warmupDays() + ")");
    }
    if (a.startWeekday() != b.startWeekday()) {
      what.add("simulation.start_weekday " + a.startWeekday().key() + " (base " + b.startWeekday().key() + ")");
    }
    if (!alt.arrivals().equals(base.arrivals())) {
      what.add("arrivals");
    }
    return what.isEmpty() ? null : String.join(", ", what);
  }

  private static void printTable(List<Run> runs, List<String> callerDifferences, PrintStream out) {
    CompareConsole.print(runs.stream().map(r -> new CompareConsole.Column(r.scenario().name(), r.source(), r.result())).toList(),
        callerDifferences, out);
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    return sum / v.length;
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4g", v);
  }
}
