package se.sim1177.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PairedDifference;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.experiment.PrecisionWarnings;
import se.sim1177.model.CallCentreModel;
import se.sim1177.report.CompareReport;
import se.sim1177.report.OutputWarmUp;
import se.sim1177.report.ResultFolder;
import se.sim1177.report.RunInfo;
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
    List<ScenarioProblem> problems = new ArrayList<>();
    var keyOptions = ScenarioKeyOptions.experiment(options.replications(), options.seed());
    for (Path p : options.scenarios()) {
      try {
        ScenarioSource source = ScenarioSource.file(p);
        sources.add(source);
        scenarios.add(source.read(options.overrides(), keyOptions));
      } catch (ScenarioException e) {
        // A bad --set or --seed is wrong in every scenario alike: say so once.
        for (ScenarioProblem problem : e.problems()) {
          if (!problems.contains(problem)) {
            problems.add(problem);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    // Every scenario runs with the base's seed and replications (--seed and --replications, when
    // given, are in all of them already), so that the runs pair up on the same random numbers.
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
    options.results().check();
    for (Scenario s : scenarios) {
      Experiments.checkMaxCallers(options.maxCallers(), s, threads);
    }
    WorkEstimate.announceIfLong(err, scenarios.stream().mapToDouble(s -> WorkEstimate.runSeconds(s, threads)).sum(), "about",
        Math.min(threads, replications), WorkEstimate.each(scenarios, "scenarios"));
    String startedAt = OffsetDateTime.now().withNano(0).toString();
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      err.printf(Locale.ROOT, "scenario %d/%d: %s%n", i + 1, scenarios.size(), s.name());
      runs.add(new Run(sources.get(i).name(), s, Experiments.run(s, threads, options.maxCallers(), err,
          String.format(Locale.ROOT, "scenario %d/%d", i + 1, scenarios.size()))));
      Experiments.printLoadWarnings(runs.get(i).result(), err, sources.get(i).name() + ": ");
    }
    Experiments.printOverrides(options.overrides(), out);
    printTable(runs, differences, out);
    printWorkplaces(runs, out);
    String few = PrecisionWarnings.replications(replications);
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
      infos.add(new RunInfo(Version.get(), options.commandLine(), source.name(), source.text(), options.overrides(), startedAt));
    }
    try (ResultFolder results = options.results().open(SweepJob.defaultFolder("compare", base))) {
      CompareReport.write(runs.stream().map(r -> new CompareReport.Entry(r.source(), r.result())).toList(), infos, results);
      out.println("results: " + results.shownTarget());
      return runs;
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
    out.printf(Locale.ROOT, "base: %s (%s)%n", runs.get(0).scenario().name(), runs.get(0).source());
    for (int a = 1; a < runs.size(); a++) {
      out.printf(Locale.ROOT, "alternative %d: %s (%s)%n", a, runs.get(a).scenario().name(), runs.get(a).source());
    }
    if (callerDifferences.isEmpty()) {
      out.printf(Locale.ROOT, "%d replications each, seed %d: the same callers in every scenario; * = the 95%% CI of the difference excludes 0%n",
          runs.get(0).result().replications(), runs.get(0).result().seed());
    } else {
      out.printf(Locale.ROOT, "%d replications each, seed %d; * = the 95%% CI of the difference excludes 0%n",
          runs.get(0).result().replications(), runs.get(0).result().seed());
      for (String d : callerDifferences) {
        out.println("not the same callers: " + d);
      }
    }
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-28s %12s", "metric", "base"));
    for (int a = 1; a < runs.size(); a++) {
      header.append(String.format(Locale.ROOT, " %12s %-32s", "alt " + a, "difference [95% CI]"));
    }
    out.println(header.toString().stripTrailing());
    for (Metric m : Metrics.SUMMARY) {
      ExperimentResult base = runs.get(0).result();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s %12s", m.key(), fmt(base.metric(m.key()).mean())));
      for (int a = 1; a < runs.size(); a++) {
        ExperimentResult alt = runs.get(a).result();
        MetricSummary d = PairedDifference.of(base.replicationParts(m.key()), alt.replicationParts(m.key()));
        String diff = Double.isNaN(d.mean()) ? "-" : String.format(Locale.ROOT, "%+.4g [%+.4g, %+.4g]%s", d.mean(), d.ci95Low(),
            d.ci95High(), PairedDifference.excludesZero(d) ? " *" : "");
        line.append(String.format(Locale.ROOT, " %12s %-32s", fmt(alt.metric(m.key()).mean()), diff));
      }
      out.println(line.toString().stripTrailing());
    }
    // The probability that a period (a month) meets each target, and the paired difference in it.
    ExperimentResult base = runs.get(0).result();
    Map<String, double[]> baseMet = PeriodRisk.indicators(base);
    // Every target of any scenario, the base's first; "all" last.
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(baseMet.keySet());
    for (Run run : runs) {
      names.addAll(PeriodRisk.indicators(run.result()).keySet());
    }
    if (names.remove(PeriodRisk.ALL)) {
      names.add(PeriodRisk.ALL);
    }
    for (String name : names) {
      double[] mine = baseMet.get(name);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s %12s", "p_meets_" + name,
          mine == null ? "-" : fmt(mean(mine))));
      for (int a = 1; a < runs.size(); a++) {
        double[] alt = PeriodRisk.indicators(runs.get(a).result()).get(name);
        if (alt == null || mine == null || !PeriodRisk.sameTarget(base.risk(), runs.get(a).result().risk(), name)) {
          line.append(String.format(Locale.ROOT, " %12s %-32s", alt == null ? "-" : fmt(mean(alt)), "- (not the same target)"));
          continue;
        }
        MetricSummary d = PeriodRisk.pairedDifference(mine, alt);
        String diff = String.format(Locale.ROOT, "%+.4g [%+.4g, %+.4g]%s", d.mean(), d.ci95Low(), d.ci95High(),
            PairedDifference.excludesZero(d) ? " *" : "");
        line.append(String.format(Locale.ROOT, " %12s %-32s", fmt(mean(alt)), diff));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** Per workplace, what each scenario's nurses there carry: on duty, occupancy, calls answered a day. */
  private static void printWorkplaces(List<Run> runs, PrintStream out) {
    java.util.LinkedHashSet<String> workplaces = new java.util.LinkedHashSet<>();
    for (Run run : runs) {
      run.result().groups().stream().filter(u -> u.kind().equals("workplace")).forEach(u -> workplaces.add(u.name()));
    }
    out.println("per workplace (nurse-hours on duty a day, occupancy, calls answered a day), base then alternatives:");
    for (String w : workplaces) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-26s", w));
      for (Run run : runs) {
        var unit = run.result().groups().stream().filter(u -> u.kind().equals("workplace") && u.name().equals(w)).findFirst();
        line.append(unit.map(u -> String.format(Locale.ROOT, " %7.1f h %6.3f %7.1f  ", u.figure("nurse_hours_on_duty_per_day").mean(),
            u.figure("occupancy").mean(), u.figure("calls_answered_per_day").mean())).orElse(String.format(Locale.ROOT, " %24s  ", "-")));
      }
      out.println(line.toString().stripTrailing());
    }
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
