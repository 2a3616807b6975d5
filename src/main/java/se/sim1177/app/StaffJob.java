package se.sim1177.app;

import se.sim1177.roster.SolverSettings;
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
import se.sim1177.report.OutputWarmUp;
import se.sim1177.report.ResultFolder;
import se.sim1177.report.RunInfo;
import se.sim1177.report.StaffingReport;
import se.sim1177.roster.RosterSolverException;
import se.sim1177.scenario.Durations;
import se.sim1177.scenario.OptionOverride;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.staffing.SearchProgress;
import se.sim1177.staffing.SearchSettings;
import se.sim1177.staffing.StaffingOutcome;
import se.sim1177.staffing.StaffingProblem;
import se.sim1177.staffing.StaffingSearch;
import se.sim1177.staffing.UnstaffableException;

/**
 * {@code sim1177 staff}: read a scenario with a {@code staffing:} section, find the roster, print
 * the comparison, write the results folder.
 */
public final class StaffJob {
  /** Fewer search replications cannot tell a 90 % share of periods from 80 % (SE 0.03 at 100). */
  static final int LEAST_SEARCH_REPLICATIONS = 100;

  private StaffJob() {}

  public record Outcome(StaffingOutcome staffing, Path folder) {}

  public static Outcome run(StaffOptions options, PrintStream out, PrintStream err)
      throws ScenarioException, UsageException, IOException, RunFailedException {
    int threads = Threads.forRun(options.threads(), err);
    OutputWarmUp.start();
    ScenarioSource source = ScenarioSource.file(options.scenario());
    List<OptionOverride> keys = new ArrayList<>(ScenarioKeyOptions.experiment(options.replications(), options.seed()));
    if (options.method() != null) {
      keys.add(new OptionOverride("--method", options.method(), "staffing.method"));
    }
    Scenario scenario = source.read(options.overrides(), keys);
    if (scenario.staffing() == null) {
      throw new UsageException(source.name() + ": has no staffing: section; sim1177 staff needs one with the shift templates "
          + "a roster may use (see the README, \"Staffing: from targets to a roster\", or scenarios/08-varmland-staffing.yaml)");
    }
    var t = scenario.targets();
    if (t.answerRate() == null && t.meanWaitSeconds() == null && t.serviceLevel() == null) {
      throw new UsageException(source.name() + ": targets: has no phone target; sim1177 staff needs at least one of "
          + "answer_rate, mean_wait or service_level to staff for");
    }
    if (!(options.timeLimitSeconds() > 0) || options.timeLimitSeconds() > 86400) {
      throw new UsageException("--time-limit " + Durations.format(options.timeLimitSeconds()) + ": must be a duration above 0 and at most 1d");
    }
    options.results().check();
    String startedAt = OffsetDateTime.now().withNano(0).toString();
    Experiments.printOverrides(options.overrides(), out);
    int search = Math.max(LEAST_SEARCH_REPLICATIONS, scenario.simulation().replications());
    SearchSettings settings = new SearchSettings(search, Math.max(SearchSettings.DEFAULT_CHECK_REPLICATIONS, 4 * search),
        scenario.simulation().seed(), threads, new SolverSettings(options.timeLimitSeconds(), 1, 1, SolverSettings.Engine.SCIP), progress(err));
    long start = System.nanoTime();
    StaffingProblem problem = new StaffingProblem(scenario, settings.solver());
    out.println("staffing " + scenario.name() + ": " + StaffingReport.demandLine(problem));
    StaffingOutcome outcome;
    try {
      outcome = StaffingSearch.run(problem, settings);
    } catch (UnstaffableException e) {
      // The seats or templates may come from --set rather than the file: say so beside the file's line.
      List<String> set = options.overrides().stream().filter(o -> o.startsWith("staffing.seats") || o.startsWith("staffing.templates"))
          .toList();
      throw ScenarioReader.problemAt(source.text(), source.name(), List.of("staffing.seats", "staffing.templates"),
          e.getMessage() + (set.isEmpty() ? "" : " (with --set " + String.join(", --set ", set) + ")"));
    } catch (RosterSolverException e) {
      // Not the input's fault: the solver ran out of time (or could not load), so the run failed.
      throw new RunFailedException("the roster solver stopped: " + e.getMessage() + " (--time-limit "
          + Durations.format(options.timeLimitSeconds()) + ")");
    }
    double wall = (System.nanoTime() - start) / 1e9;
    StaffingReport.print(outcome, problem, out);
    out.printf(Locale.ROOT, "searched in %.1f s: %d simulations, %d round(s)%n", wall, outcome.simulations(), outcome.rounds());
    RunInfo info = new RunInfo(Version.get(), options.commandLine(), source.name(), source.text(), options.overrides(), startedAt);
    try (ResultFolder results = options.results().open(defaultFolder(scenario))) {
      StaffingReport.write(outcome, problem, settings, info, wall, results);
      results.commit();
      Experiments.printWhereResultsAre(results, out);
      return new Outcome(outcome, results.target());
    }
  }

  static Path defaultFolder(Scenario scenario) {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
    return Paths.get("results", RunJob.slug(scenario.name()) + "-staffing-" + stamp);
  }

  /** Progress lines on stderr, at most one every 5 s, with the time left if every planned step ran. */
  private static SearchProgress progress(PrintStream err) {
    long start = System.nanoTime();
    long[] lastPrint = {start};
    return (step, done, planned) -> {
      long now = System.nanoTime();
      if (now - lastPrint[0] < Progress.LINE_EVERY_SECONDS * 1_000_000_000L) {
        return;
      }
      lastPrint[0] = now;
      double elapsed = (now - start) / 1e9;
      String left = done == 0 ? "" : ", at most about " + Progress.duration(elapsed / done * Math.max(0, planned - done)) + " to go";
      err.printf(Locale.ROOT, "staff: %s (%d of at most %d steps, %s so far%s)%n", step, done, planned,
          Progress.duration(elapsed), left);
    };
  }
}
