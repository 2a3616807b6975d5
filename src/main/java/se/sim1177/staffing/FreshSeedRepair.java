package se.sim1177.staffing;

import java.util.List;
import se.sim1177.roster.RosterSolution;
import se.sim1177.scenario.Staffing;
import se.sim1177.staffing.SafetyRuleTrials.Trial;

/**
 * The period search's fresh-seed check and its repair. The roster the search settled on is
 * simulated with the check's seed, and it must meet the targets by the one-sided 95 % lower bound
 * of its share ({@link RosterEvaluation#meetsConfidently}); where it falls short, half the shifts
 * taken away are put back (the last taken first), then, with none left to put back, β is raised by
 * 0.25, and it is checked again, for at most {@link #ROUNDS} rounds and one last check. Why the
 * check and the search both ask for more than the bare confidence is {@link SearchMargin}'s.
 */
final class FreshSeedRepair {
  static final int ROUNDS = 4;
  private static final double BETA_STEP = 0.25;

  private final StaffingProblem problem;
  private final SearchLedger ledger;
  private final IntervalRequirements requirements;
  private final SafetyRuleTrials trials;
  private final Staffing staffing;
  private final List<Integer> removed;
  private Trial best;
  private int[] counts;

  /**
   * @param best the trial the search settled on; its β is the one raised
   * @param counts its roster with the shifts {@code removed} taken away (both changed as shifts are put back)
   */
  FreshSeedRepair(StaffingProblem problem, SearchLedger ledger, IntervalRequirements requirements, SafetyRuleTrials trials,
      Trial best, int[] counts, List<Integer> removed) {
    this.problem = problem;
    this.ledger = ledger;
    this.requirements = requirements;
    this.trials = trials;
    this.staffing = problem.scenario().staffing();
    this.best = best;
    this.counts = counts;
    this.removed = removed;
  }

  /** Checks and repairs until the check passes or the rounds run out. */
  SettledRoster run() {
    for (int round = 1; round <= ROUNDS; round++) {
      RosterEvaluation check = ledger.onCheckSeed("fresh-seed check, round " + round, problem.roster(counts));
      if (check.meetsConfidently(staffing)) {
        ledger.note(trials.requirementNote(best.beta()));
        ledger.note(round == 1
            ? (removed.isEmpty() ? "No shift could be taken away without missing the targets"
                : removed.size() == 1 ? "One shift was taken away (the dearest the targets allowed)"
                : removed.size() + " shifts were taken away, one at a time, dearest first, while the targets held")
                + "; the roster met the targets on fresh random numbers at the first check."
            : "The roster met the targets on fresh random numbers at check " + round + ", after shifts taken away were put back"
                + " or the safety margin widened" + (removed.isEmpty() ? "." : "; " + removed.size() + (removed.size() == 1
                    ? " shift stays" : " shifts stay") + " taken away."));
        return settled(round, true, check);
      }
      if (!loosen()) {
        break;
      }
    }
    RosterEvaluation last = ledger.onCheckSeed("last fresh-seed check", problem.roster(counts));
    boolean met = last.meetsConfidently(staffing);
    ledger.note(trials.requirementNote(best.beta()));
    if (!met) {
      ledger.note("The roster did not meet the targets with the asked confidence in the fresh-seed check after "
          + ROUNDS + " rounds.");
    }
    return settled(ROUNDS + 1, met, last);
  }

  /**
   * Puts back half the shifts taken away (at least one, the last taken first), or with none left
   * raises β by {@link #BETA_STEP}; false when neither can be done.
   */
  private boolean loosen() {
    if (!removed.isEmpty()) {
      int putBack = Math.max(1, (removed.size() + 1) / 2);
      for (int k = 0; k < putBack; k++) {
        counts[removed.remove(removed.size() - 1)]++;
      }
      return true;
    }
    double beta = best.beta();
    if (!Double.isFinite(beta)) {
      return false;
    }
    Trial higher = trials.at(beta + BETA_STEP);
    if (higher.solution() == null) {
      ledger.note("The safety margin cannot grow beyond this: the seats hold no larger roster.");
      return false;
    }
    best = higher;
    counts = best.solution().counts();
    return true;
  }

  /** The trial's requirement (Erlang A's for the Erlang A roster) and the roster as it stands. */
  private SettledRoster settled(int rounds, boolean met, RosterEvaluation check) {
    double[] required = best.requirement() != null ? best.requirement() : requirements.erlangAOnFirstAttempts();
    return new SettledRoster(required, solutionOfCounts(), rounds, met, check);
  }

  private RosterSolution solutionOfCounts() {
    double cost = 0;
    for (int i = 0; i < counts.length; i++) {
      cost += counts[i] * problem.candidates().get(i).cost();
    }
    // The solver's status of its last solve; shifts taken away after it are in the notes.
    RosterSolution solved = best.solution();
    return new RosterSolution(counts, cost, solved.optimal(), solved.wallTimeSeconds(), solved.relativeGap(),
        solved.exactCoverage(), solved.leastChangeProven());
  }
}
