package se.sim1177.staffing;

import se.sim1177.roster.RosterSolution;
import se.sim1177.scenario.Targets;

/**
 * The simulation method with {@code scope: interval}: Erlang A's requirement at the attempts the
 * Erlang A roster's simulation measured (first attempts, redials, callbacks), then, round after
 * round, an interval whose simulated answer rate, mean wait or service level misses its target
 * gets more nurses (a tenth more, at least half a nurse) until none misses, for at most {@link
 * #ROUNDS} rounds. Each round is simulated with the search's seed; the roster that meets every
 * interval is simulated once more with the check's fresh seed, and intervals that miss there are
 * noted as sampling noise.
 */
final class IntervalScopeSearch {
  static final int ROUNDS = 10;

  private final StaffingProblem problem;
  private final SearchLedger ledger;
  private final IntervalRequirements requirements;

  IntervalScopeSearch(StaffingProblem problem, SearchLedger ledger, IntervalRequirements requirements) {
    this.problem = problem;
    this.ledger = ledger;
    this.requirements = requirements;
  }

  /** Searches from {@code start}, the Erlang A roster. */
  SettledRoster search(RosterSolution start) {
    RosterEvaluation ev = ledger.onSearchSeed("Erlang A roster, measuring the load", problem.roster(start.counts()));
    double[] required = requirements.erlangAOnSimulatedLoad(ev);
    Targets t = problem.scenario().targets();
    RosterSolution solution = start;
    for (int round = 1; round <= ROUNDS; round++) {
      solution = ledger.solve("roster for round " + round, required);
      ev = ledger.onSearchSeed("round " + round, problem.roster(solution.counts()));
      if (raiseWhereMissed(ev, t, required) == 0) {
        RosterEvaluation check = noteFreshSeedMisses(solution, t, required.length);
        return new SettledRoster(required, solution, round, true, check);
      }
    }
    ledger.note("After " + ROUNDS + " rounds some intervals still miss their targets: see requirements.csv.");
    return new SettledRoster(required, solution, ROUNDS, false, null);
  }

  /** Raises the requirement of every interval that misses a target in {@code ev}; returns how many did. */
  private static int raiseWhereMissed(RosterEvaluation ev, Targets t, double[] required) {
    int falling = 0;
    for (int i = 0; i < required.length; i++) {
      if (missesInterval(ev, i, t)) {
        required[i] += Math.max(0.5, 0.1 * required[i]);
        falling++;
      }
    }
    return falling;
  }

  /** Checks the roster with a fresh seed and notes the intervals that miss there; returns the check. */
  private RosterEvaluation noteFreshSeedMisses(RosterSolution solution, Targets t, int intervals) {
    RosterEvaluation check = ledger.onCheckSeed("fresh-seed check", problem.roster(solution.counts()));
    int missing = 0;
    for (int i = 0; i < intervals; i++) {
      missing += missesInterval(check, i, t) ? 1 : 0;
    }
    if (missing > 0) {
      ledger.note((missing == 1 ? "One interval misses" : missing + " intervals miss") + " a target on fresh random numbers, by"
          + " chance: on the search's own random numbers every interval met its targets.");
    }
    return check;
  }

  private static boolean missesInterval(RosterEvaluation ev, int i, Targets t) {
    double rate = ev.intervalAnswerRate()[i];
    double wait = ev.intervalMeanWait()[i];
    double served = ev.intervalServiceLevel()[i];
    return (t.answerRate() != null && rate < t.answerRate()) || (t.meanWaitSeconds() != null && wait > t.meanWaitSeconds())
        || (t.serviceLevel() != null && served < t.serviceLevel().share());
  }
}
