package se.sim1177.staffing;

import se.sim1177.roster.RosterSolution;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Staffing;
import se.sim1177.scenario.Staffing.Method;
import se.sim1177.scenario.Staffing.Scope;

/**
 * From targets to a roster. The Erlang methods staff each interval by its formula and cover those
 * requirements at least cost. The simulation method starts there and simulates the whole line, in
 * the spirit of the Iterative Staffing Algorithm (Feldman, Mandelbaum, Massey and Whitt,
 * Management Science 2008): the simulated attempts per interval (first attempts, redials,
 * callbacks) replace the scenario's first attempts as each interval's offered load, and then
 *
 * <ul>
 *   <li>with {@code scope: interval}, an interval whose simulated answer rate or mean wait misses
 *       its target gets more nurses, round after round, until none misses ({@link
 *       IntervalScopeSearch});
 *   <li>with {@code scope: period}, the requirement is the square-root safety rule on that load,
 *       load + β·√load (Erlang A's answer-rate floor where {@code interval_floor} asks), and β is
 *       bisected to the smallest value whose roster meets the period targets in the asked share of
 *       simulated periods; then shifts are taken away one at a time, dearest first, while the
 *       targets still hold (common random numbers make each comparison sharp) ({@link
 *       PeriodScopeSearch}).
 * </ul>
 *
 * Every search simulation uses one seed; the returned roster is then checked with a fresh seed
 * ({@link FreshSeedRepair}). A search simulation that is asked only whether a roster meets the
 * targets (a β tried, a shift taken away, today's roster scaled) stops as soon as its replications
 * so far settle the answer the whole set would give, the periods that were hard for earlier rosters
 * simulated first ({@link MarginCurtailment}, {@link HardestPeriodsFirst}): the same answers, and
 * the same roster, as with every replication run, in about a third of the simulated months on the
 * bundled example. Why both ask for more than the bare confidence (the winner's curse),
 * and what that margin measured on the bundled scenario, is in {@link SearchMargin}. The five
 * rosters the report compares are {@link RosterComparison}'s; the simulations counted and the
 * notes, {@link SearchLedger}'s.
 */
public final class StaffingSearch {
  private final StaffingProblem problem;
  private final Staffing staffing;
  private final IntervalRequirements requirements;

  private StaffingSearch(StaffingProblem problem) {
    this.problem = problem;
    Scenario scenario = problem.scenario();
    this.staffing = scenario.staffing();
    this.requirements = new IntervalRequirements(problem, ErlangStaffing.of(scenario.targets(), staffing.maxOccupancy()));
  }

  /**
   * The most simulations a search may run, for a time estimate before it starts.
   *
   * @param search simulations with the search's seed and replications
   * @param checks fresh-seed checks, each with the check's replications
   */
  public record Simulations(int search, int checks) {}

  /**
   * The most simulations a search by {@code method} runs. The simulation method: the load, the
   * bracket and bisection of β, one trial per shift taken away (about 60 on a Värmland-sized
   * week), today's roster scaled up (about 12), and the fresh-seed checks of its rounds and of the
   * rosters compared (the chosen one's is its last round's, so one fewer runs); an Erlang method
   * only scales today's roster and checks the rosters.
   */
  public static Simulations mostSimulations(Method method) {
    return method == Method.SIMULATION
        ? new Simulations(1 + 4 + PeriodScopeSearch.BISECTION_STEPS + 4 + PeriodScopeSearch.REMOVALS_PLANNED + 12,
            FreshSeedRepair.ROUNDS + 1 + 5)
        : new Simulations(12, 5);
  }

  /** Runs the search {@code scenario.staffing()} asks for. */
  public static StaffingOutcome run(StaffingProblem problem, SearchSettings settings) {
    return new StaffingSearch(problem).run(settings);
  }

  /** The Erlang C and Erlang A requirements at the scenario's first attempts, and its load in erlangs, per interval. */
  private record FirstAttempts(int[] erlangC, int[] erlangA, double[] loadErlangs) {}

  private StaffingOutcome run(SearchSettings settings) {
    FirstAttempts first = firstAttempts();
    Method method = staffing.method();
    Simulations most = mostSimulations(method);
    SearchLedger ledger = new SearchLedger(problem, settings, most.search() + most.checks());
    ErlangStaffing rule = requirements.rule();
    if (rule.answerRate() != null) {
      ledger.note("Erlang C cannot staff for the answer-rate target (it assumes nobody hangs up): its roster meets the "
          + "mean wait" + (rule.serviceShare() != null ? " and service level" : "") + " only.");
    }
    ledger.note("The Erlang rosters staff the phone only, for the scenario's first calls: redials, callbacks and the chat's"
        + " work are not in them.");
    String breaks = BreakNote.of(problem);
    if (breaks != null) {
      ledger.note(breaks);
    }
    RosterSolution cSolution = ledger.solve("Erlang C roster", asDouble(first.erlangC()));
    RosterSolution aSolution = ledger.solve("Erlang A roster", asDouble(first.erlangA()));
    SettledRoster settled = switch (method) {
      case ERLANG_C -> new SettledRoster(asDouble(first.erlangC()), cSolution, 0, true, null);
      case ERLANG_A -> new SettledRoster(asDouble(first.erlangA()), aSolution, 0, true, null);
      default -> staffing.scope() == Scope.INTERVAL ? new IntervalScopeSearch(problem, ledger, requirements).search(aSolution)
          : new PeriodScopeSearch(problem, ledger, requirements).search(aSolution);
    };
    if (!settled.solution().exactCoverage()) {
      ledger.note("The roster program could not count coverage exactly here (the groups' worth per nurse are fractions too"
          + " fine, or the requirements too large, for its whole numbers): it rounded each shift's coverage down to a"
          + " ten-thousandth of a nurse or coarser, so the roster covers every interval but a slightly cheaper one may exist.");
    }
    Roster roster = problem.roster(settled.solution().counts());
    var rosters = new RosterComparison(problem, ledger).of(method, roster, settled.check(), cSolution, aSolution);
    return new StaffingOutcome(method, staffing.scope(), problem.demand().callsPerInterval().clone(), first.loadErlangs(),
        first.erlangC(), first.erlangA(), settled.required(), roster, settled.solution(), rosters, settled.rounds(),
        ledger.simulations(), ledger.work(), settled.met(), ledger.notes());
  }

  private FirstAttempts firstAttempts() {
    PhoneDemand d = problem.demand();
    int n = problem.grid().intervals();
    int[] erlangC = new int[n];
    int[] erlangA = new int[n];
    double[] load = new double[n];
    for (int i = 0; i < n; i++) {
      erlangC[i] = requirements.erlangC(d.arrivalRate(i), i);
      erlangA[i] = requirements.erlangA(d.arrivalRate(i), i);
      load[i] = d.loadErlangs(i);
    }
    return new FirstAttempts(erlangC, erlangA, load);
  }

  private static double[] asDouble(int[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }
}
