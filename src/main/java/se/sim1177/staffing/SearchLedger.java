package se.sim1177.staffing;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.roster.RosterSolution;

/**
 * The staffing search's books. Every roster the search solves or simulates goes through here, so
 * the progress shown, the simulations counted and the work {@code run.json} reports (replications,
 * events, call attempts, chats: what was simulated, so a simulation stopped early counts as one
 * simulation with the replications it ran) agree; and the notes the user reads about how the
 * answer was reached, in the order the search wrote them. It also keeps which periods of the
 * search's seed were hard so far, to simulate them first ({@link HardestPeriodsFirst}).
 */
final class SearchLedger {
  private final StaffingProblem problem;
  private final SearchSettings settings;
  private int planned;
  private final List<String> notes = new ArrayList<>();
  private final HardestPeriodsFirst periodOrder;
  private int simulations;
  private long replicationsSimulated;
  private long events;
  private long callAttempts;
  private long chats;

  /** @param planned the most simulations the search may run, for the progress shown */
  SearchLedger(StaffingProblem problem, SearchSettings settings, int planned) {
    this.problem = problem;
    this.settings = settings;
    this.planned = planned;
    this.periodOrder = new HardestPeriodsFirst(settings.searchReplications());
  }

  /** The search will run up to {@code simulations} more than it planned at the start (none when 0 or less). */
  void planMore(int simulations) {
    planned += Math.max(0, simulations);
  }

  /** Solves the roster program for {@code required} nurses on duty per interval. */
  RosterSolution solve(String what, double[] required) {
    return solve(what, required, null);
  }

  /** Solves the roster program for {@code required} phone nurses and {@code chatRequired} chat nurses (null: none) per interval. */
  RosterSolution solve(String what, double[] required, double[] chatRequired) {
    settings.progress().report("solving the " + what, simulations, planned);
    return problem.solve(required, chatRequired);
  }

  /** Simulates {@code roster} with the search's seed and replications: every search step sees the same callers. */
  RosterEvaluation onSearchSeed(String what, Roster roster) {
    return evaluate(what, roster, settings.seed(), settings.searchReplications(), null);
  }

  /**
   * As {@link #onSearchSeed}, for a roster the search only asks {@link SearchMargin#meets} of: the
   * simulation stops as soon as that answer is known ({@link MarginCurtailment}), and its other
   * figures are then over the replications simulated.
   */
  RosterEvaluation judgedOnSearchSeed(String what, Roster roster) {
    MarginCurtailment rule = new MarginCurtailment(PeriodTargets.of(problem.scenario()), problem.scenario().staffing(),
        settings.searchReplications());
    RosterEvaluation e = evaluate(what, roster, settings.seed(), settings.searchReplications(), rule);
    rule.forEachMissed(periodOrder::missed);
    return e;
  }

  /** Simulates {@code roster} with the fresh seed of the check and its replications. */
  RosterEvaluation onCheckSeed(String what, Roster roster) {
    return evaluate(what, roster, settings.checkSeed(), settings.checkReplications(), null);
  }

  private RosterEvaluation evaluate(String what, Roster roster, long seed, int replications, MarginCurtailment rule) {
    settings.progress().report("simulating " + what, simulations, planned);
    simulations++;
    RosterEvaluation e = rule == null ? RosterEvaluation.of(problem.scenario(), roster, seed, replications, settings.threads())
        : RosterEvaluation.until(problem.scenario(), roster, seed, replications, settings.threads(), periodOrder.order(), rule);
    replicationsSimulated += e.replications();
    events += e.events();
    callAttempts += e.callAttempts();
    chats += e.chats();
    return e;
  }

  void note(String note) {
    notes.add(note);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  int simulations() {
    return simulations;
  }

  StaffingOutcome.SimulatedWork work() {
    return new StaffingOutcome.SimulatedWork(replicationsSimulated, events, callAttempts, chats);
  }
}
