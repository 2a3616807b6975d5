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
import se.sim1177.report.OutputWarmUp;
import se.sim1177.report.StaffingReport;
import se.sim1177.report.console.StaffingConsole;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.format.RunInfo;
import se.sim1177.roster.RosterSolverException;
import se.sim1177.roster.RosterTimeLimitException;
import se.sim1177.roster.SolverSettings;
import se.sim1177.scenario.Durations;
import se.sim1177.scenario.OptionOverride;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.staffing.RequirementLimitException;
import se.sim1177.staffing.SearchProgress;
import se.sim1177.staffing.SearchSettings;
import se.sim1177.staffing.StaffingOutcome;
import se.sim1177.staffing.StaffingProblem;
import se.sim1177.staffing.StaffingSearch;
import se.sim1177.staffing.TodaysChatLevel;
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
    // Read without --method first: it sets a key of the staffing: section, and would otherwise
    // make a file without one read as a section with its templates missing.
    Scenario scenario = source.read(options.overrides(), keys);
    if (scenario.staffing() == null) {
      throw new UsageException(source.name() + ": has no staffing: section; sim1177 staff needs one with the shift templates "
          + "a roster may use (see docs/staffing.md or scenarios/08-varmland-staffing.yaml)");
    }
    if (options.method() != null) {
      keys.add(new OptionOverride("--method", options.method(), "staffing.method"));
      scenario = source.read(options.overrides(), keys);
    }
    var t = scenario.targets();
    if (t.answerRate() == null && t.meanWaitSeconds() == null && t.serviceLevel() == null) {
      throw new UsageException(source.name() + ": targets: has no phone target; sim1177 staff needs at least one of "
          + "answer_rate, mean_wait or service_level to staff for");
    }
    if (!(options.timeLimitSeconds() > 0) || options.timeLimitSeconds() > MOST_TIME_LIMIT_SECONDS) {
      throw new UsageException("--time-limit " + options.timeLimitShown() + ": must be a duration above 0 and at most 1d");
    }
    refuseUnstaffable(scenario, source, options.overrides());
    options.results().check();
    String startedAt = OffsetDateTime.now().withNano(0).toString();
    Experiments.printOverrides(options.overrides(), out);
    Search search = search(scenario, source, options.overrides(), threads, options.timeLimitSeconds(), options.timeLimitShown(),
        progress(err), problem -> {
          out.println("staffing " + problem.scenario().name() + ": " + StaffingConsole.demandLine(problem));
        }, err);
    StaffingOutcome outcome = search.outcome();
    StaffingProblem problem = search.problem();
    SearchSettings settings = search.settings();
    double wall = search.seconds();
    StaffingConsole.print(outcome, problem, out);
    out.printf(Locale.ROOT, "searched in %.1f s: %d simulations, %d check%s on fresh random numbers%n", wall, outcome.simulations(),
        outcome.rounds(), outcome.rounds() == 1 ? "" : "s");
    RunInfo info = new RunInfo(Version.get(), options.commandLine(), source.name(), source.text(), options.overrides(), startedAt);
    try (ResultFolder results = options.results().open(defaultFolder(scenario))) {
      StaffingReport.write(outcome, problem, settings, info, wall, results);
      results.commit();
      Experiments.printWhereResultsAre(results, out);
      return new Outcome(outcome, results.target());
    }
  }

  /** A finished search: the roster it chose, the problem it solved and how, and how long the search itself took. */
  public record Search(StaffingOutcome outcome, StaffingProblem problem, SearchSettings settings, double seconds) {}

  /** Refuses, with located problems, a scenario no roster of its templates can staff (before anything is written or run). */
  static void refuseUnstaffable(Scenario scenario, ScenarioSource source, List<String> overrides) throws ScenarioException {
    StaffingRefusals.checkReachableTargets(scenario, source, overrides);
    StaffingRefusals.checkRosterProgram(scenario, source, overrides);
    StaffingRefusals.checkChatOnlyTemplates(scenario, source, overrides);
  }

  /**
   * The staffing search of {@code scenario} (with a {@code staffing:} section and a phone target),
   * as {@code staff} runs it and the what-if page's "Suggest a roster" too, after
   * {@link #refuseUnstaffable}; the search's replications at least {@value #LEAST_SEARCH_REPLICATIONS}.
   *
   * @param started told the problem before the search starts (what {@code staff} prints)
   * @param err where a long search says how long it may take (null: nowhere)
   */
  public static Search search(Scenario scenario, ScenarioSource source, List<String> overrides, int threads, double timeLimitSeconds,
      String timeLimitShown, SearchProgress progress, java.util.function.Consumer<StaffingProblem> started, PrintStream err)
      throws ScenarioException, RunFailedException {
    int search = Math.max(LEAST_SEARCH_REPLICATIONS, scenario.simulation().replications());
    SearchSettings settings = new SearchSettings(search, Math.max(SearchSettings.DEFAULT_CHECK_REPLICATIONS, 4 * search),
        scenario.simulation().seed(), threads, new SolverSettings(timeLimitSeconds, 1, 1, SolverSettings.Engine.SCIP), progress);
    // Without a chat target the search keeps the chat as good as today's roster keeps it.
    TodaysChatLevel chatLevel = TodaysChatLevel.of(scenario, settings);
    if (chatLevel != null) {
      scenario = chatLevel.scenario();
    }
    StaffingProblem problem = new StaffingProblem(scenario, settings.solver());
    started.accept(problem);
    if (err != null) {
      announceWork(scenario, settings, err);
    }
    long start = System.nanoTime();
    StaffingOutcome outcome;
    try {
      outcome = StaffingSearch.run(problem, settings);
      if (chatLevel != null) {
        outcome = outcome.withNote(chatLevel.note());
      }
      outcome = withForecastHedge(outcome, scenario, settings);
    } catch (UnstaffableException e) {
      throw StaffingRefusals.unstaffable(source, overrides, e);
    } catch (RequirementLimitException e) {
      throw StaffingRefusals.beyondErlangLimits(source, overrides, e);
    } catch (RosterTimeLimitException e) {
      // Not the input's fault: the solver ran out of time, so the run failed; say what may help.
      throw new RunFailedException("the roster solver found no roster within --time-limit " + timeLimitShown + " ("
          + problem.candidates().size() + " candidate shifts); " + timeLimitAdvice(timeLimitSeconds));
    } catch (RosterSolverException e) {
      throw new RunFailedException("the roster solver stopped: " + e.getMessage());
    }
    return new Search(outcome, problem, settings, (System.nanoTime() - start) / 1e9);
  }

  /**
   * With {@code arrivals.forecast_error}: what hedging it costs. The simulation method searches
   * again with the forecast taken as right (the same seeds: the same callers, only the period's
   * factor gone) and the note gives the difference in nurse-hours; the Erlang methods do not see
   * the error, and the note says so.
   */
  private static StaffingOutcome withForecastHedge(StaffingOutcome outcome, Scenario scenario, SearchSettings settings) {
    double cv = scenario.arrivals().forecastError();
    if (cv <= 0) {
      return outcome;
    }
    String error = String.format(Locale.ROOT, "a %.0f %% forecast error (arrivals.forecast_error)", 100 * cv);
    if (scenario.staffing().method() != se.sim1177.scenario.Staffing.Method.SIMULATION) {
      return outcome.withNote("The Erlang requirements do not see " + error + "; only the fresh-seed checks' share of months"
          + " includes it. Use the simulation method to staff for it.");
    }
    Scenario certain = scenario.withArrivals(scenario.arrivals().withForecastError(0));
    StaffingOutcome right = StaffingSearch.run(new StaffingProblem(certain, settings.solver()), settings);
    double with = outcome.roster().nurseHours();
    double without = right.roster().nurseHours();
    return outcome.withNote(String.format(Locale.ROOT, "Hedging %s costs %,.0f nurse-hours a week (%+.1f %%): with the forecast"
        + " taken as right, the search's roster needs %,.0f.", error, with - without, 100 * (with - without) / without, without));
  }

  /** The longest {@code --time-limit}: one solve of a day is more than any roster program here needs. */
  static final double MOST_TIME_LIMIT_SECONDS = 86_400;

  /**
   * What may help when the solver found no roster in {@code seconds}: four times as long, to the
   * next whole minute and at most a day (the solve time grows faster than the program: twice the
   * candidates took more than seven times as long, RosterProgramLimits), or a smaller program.
   */
  static String timeLimitAdvice(double seconds) {
    String smaller = "offer fewer candidate shifts (fewer starts or lengths in staffing.templates)";
    if (seconds >= MOST_TIME_LIMIT_SECONDS) {
      return smaller;
    }
    double more = Math.min(MOST_TIME_LIMIT_SECONDS, Math.ceil(4 * seconds / 60) * 60);
    return "allow it more time, e.g. --time-limit " + Durations.format(more) + ", or " + smaller;
  }

  /** Says how long the search may take when it is long ({@link WorkEstimate#LONG_SECONDS}). */
  private static void announceWork(Scenario scenario, SearchSettings settings, PrintStream err) {
    StaffingSearch.Simulations most = StaffingSearch.mostSimulations(scenario.staffing().method());
    double replications = (double) most.search() * settings.searchReplications() + (double) most.checks() * settings.checkReplications();
    // With a forecast error the simulation method searches twice: the second prices the hedge.
    boolean twice = scenario.arrivals().forecastError() > 0 && scenario.staffing().method() == se.sim1177.scenario.Staffing.Method.SIMULATION;
    double seconds = WorkEstimate.seconds(WorkEstimate.contactsPerReplication(scenario) * replications * (twice ? 2 : 1),
        settings.threads());
    int days = scenario.simulation().totalDays();
    WorkEstimate.announceIfLong(err, seconds, "at most about", settings.threads(), String.format(Locale.ROOT,
        "up to %d simulations of %,d replications and %d fresh-seed checks of %,d, each of %d day%s%s", most.search(),
        settings.searchReplications(), most.checks(), settings.checkReplications(), days, days == 1 ? "" : "s",
        twice ? "; twice, to price the forecast error's hedge" : ""));
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
