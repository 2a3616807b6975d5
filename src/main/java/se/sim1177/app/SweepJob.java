package se.sim1177.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.PrecisionWarnings;
import se.sim1177.model.CallCentreModel;
import se.sim1177.report.OutputWarmUp;
import se.sim1177.report.ResultFolder;
import se.sim1177.report.RunInfo;
import se.sim1177.report.SweepReport;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;

/**
 * {@code sim1177 sweep}: runs every combination of the varied keys with the same seed, so every
 * variant faces the same callers (common random numbers), and writes {@code sweep.csv} and charts.
 */
public final class SweepJob {
  private SweepJob() {}

  /** One variant's assignments and results. */
  public record Variant(List<String> assignments, ExperimentResult result) {}

  public static List<Variant> run(SweepOptions options, PrintStream out, PrintStream err)
      throws ScenarioException, UsageException, IOException, RunFailedException {
    int threads = Threads.forRun(options.threads(), err);
    // Chart and JSON code loads in the background while the scenario is read and the replications run.
    OutputWarmUp.start();
    SweepPlan plan = SweepPlan.parse(options.varies());
    ScenarioSource source = ScenarioSource.fileOrDefault(options.scenario());
    var keyOptions = ScenarioKeyOptions.experiment(options.replications(), options.seed());
    Scenario base = source.read(options.overrides(), keyOptions);
    // Read every variant before running any, so a bad value stops the sweep before it starts.
    List<List<String>> assignments = plan.variants();
    List<Scenario> scenarios = new ArrayList<>();
    List<se.sim1177.scenario.ScenarioProblem> problems = new ArrayList<>();
    for (List<String> a : assignments) {
      try {
        scenarios.add(source.read(options.overrides(), keyOptions, a));
      } catch (ScenarioException e) {
        for (var p : e.problems()) {
          if (!problems.contains(p)) {
            problems.add(p);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    options.results().check();
    for (Scenario s : scenarios) {
      Experiments.checkMaxCallers(options.maxCallers(), s, threads);
    }
    WorkEstimate.announceIfLong(err, scenarios.stream().mapToDouble(s -> WorkEstimate.runSeconds(s, threads)).sum(), "about",
        Math.min(threads, base.simulation().replications()), WorkEstimate.each(scenarios, "variants"));
    String startedAt = OffsetDateTime.now().withNano(0).toString();
    List<Variant> variants = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      err.printf(Locale.ROOT, "variant %d/%d: %s%n", i + 1, scenarios.size(), String.join(" ", assignments.get(i)));
      ExperimentResult r = Experiments.run(s, threads, options.maxCallers(), err,
          String.format(Locale.ROOT, "variant %d/%d", i + 1, scenarios.size()));
      variants.add(new Variant(assignments.get(i), r));
      Experiments.printLoadWarnings(r, err, String.join(" ", assignments.get(i)) + ": ");
      double elapsed = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "  done in %.1f s; about %.0f s to go%n", r.wallSeconds(),
          elapsed / (i + 1) * (scenarios.size() - i - 1));
    }
    Experiments.printOverrides(options.overrides(), out);
    printTable(plan, variants, out);
    printPrecisionWarnings(variants, err);
    RunInfo info = new RunInfo(Version.get(), options.commandLine(), source.name(), source.text(), options.overrides(), startedAt);
    try (ResultFolder results = options.results().open(defaultFolder("sweep", base))) {
      SweepReport.write(plan.keys(), variants.stream().map(v -> new SweepReport.Row(valuesOf(plan, v.assignments()), v.result())).toList(),
          base, info, results);
      out.println("results: " + results.shownTarget());
      return variants;
    }
  }

  private static List<String> valuesOf(SweepPlan plan, List<String> assignments) {
    List<String> values = new ArrayList<>();
    for (int k = 0; k < plan.keys().size(); k++) {
      values.add(plan.valueOf(assignments, k));
    }
    return values;
  }

  private static void printTable(SweepPlan plan, List<Variant> variants, PrintStream out) {
    StringBuilder header = new StringBuilder();
    for (String k : plan.keys()) {
      header.append(String.format(Locale.ROOT, "%-18s ", k));
    }
    boolean targets = !variants.isEmpty() && variants.get(0).result().risk().all() != null;
    out.println((header + String.format(Locale.ROOT, "%-24s %-28s %s", "answer_rate", "mean_wait_answered_s",
        targets ? "P(all targets met in a period)" : "")).stripTrailing());
    for (Variant v : variants) {
      StringBuilder line = new StringBuilder();
      for (String value : valuesOf(plan, v.assignments())) {
        line.append(String.format(Locale.ROOT, "%-18s ", value));
      }
      var rate = v.result().metric("answer_rate");
      var wait = v.result().metric("mean_wait_answered_s");
      var all = v.result().risk().all();
      String waitText = String.format(Locale.ROOT, "%.1f [%.1f, %.1f]", wait.mean(), wait.ci95Low(), wait.ci95High());
      out.println((line + String.format(Locale.ROOT, "%-24s %-28s %s",
          String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", rate.mean(), rate.ci95Low(), rate.ci95High()), waitText,
          all == null ? "" : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", all.probability(), all.wilsonLow(), all.wilsonHigh())))
          .stripTrailing());
    }
  }

  /** Too few replications once for the sweep, then each variant's targets with too wide an interval. */
  private static void printPrecisionWarnings(List<Variant> variants, PrintStream err) {
    String few = PrecisionWarnings.replications(variants.get(0).result().replications());
    if (few != null) {
      err.println("warning: " + few);
    }
    for (Variant v : variants) {
      for (String w : PrecisionWarnings.targets(v.result())) {
        err.println("warning: variant " + String.join(" ", v.assignments()) + ": " + w);
      }
    }
  }

  static Path defaultFolder(String kind, Scenario scenario) {
    String slug = RunJob.slug(scenario.name());
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
    return Paths.get("results", kind + "-" + slug + "-" + stamp);
  }
}
