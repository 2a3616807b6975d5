package se.sim1177.roster;

import java.util.Optional;

/**
 * Checks a roster against the real (unscaled) problem, in doubles. The solver's whole-number model
 * allows exactly the rosters this check passes, or fewer when its scaling had to be conservative
 * ({@link CoverageUnits}); this check is the guard that it did, and the tests' oracle.
 */
final class RosterCheck {
  /**
   * Tolerance on coverage, in nurses: for the error of doubles (0.88/1.2 × 3 is not exactly 2.2).
   * The exact scaled model deducts the same from each requirement, so it agrees with this check.
   */
  static final double TOLERANCE = 1e-9;

  private RosterCheck() {}

  /** The first constraint {@code counts} breaks, or empty when it meets them all. */
  static Optional<String> firstViolation(CoverageProblem problem, int[] counts) {
    if (counts.length != problem.shifts().size()) {
      return Optional.of(counts.length + " counts for " + problem.shifts().size() + " shifts");
    }
    for (int s = 0; s < counts.length; s++) {
      if (counts[s] < 0) {
        return Optional.of("shift " + s + " has " + counts[s] + " nurses");
      }
    }
    int slots = problem.slots();
    double[] coverage = problem.fixedCoverage();
    double[] chat = problem.fixedChatCoverage();
    long[][] groupOnLine = new long[problem.groups()][slots];
    long[] scheduled = new long[slots];
    long[][] seatsUsed = new long[problem.groups()][slots];
    for (int t = 0; t < slots; t++) {
      scheduled[t] = problem.fixedScheduled(t);
      for (int g = 0; g < problem.groups(); g++) {
        seatsUsed[g][t] = problem.fixedSeatsUsed(g, t);
      }
    }
    for (int s = 0; s < counts.length; s++) {
      CandidateShift shift = problem.shifts().get(s);
      for (int k = 0; k < shift.lengthSlots(); k++) {
        int t = (shift.firstSlot() + k) % slots;
        seatsUsed[shift.group()][t] += counts[s];
        if (!shift.onBreak(k)) {
          coverage[t] += counts[s] * shift.coverage();
          chat[t] += counts[s] * shift.chatCoverage();
          scheduled[t] += counts[s];
          groupOnLine[shift.group()][t] += counts[s];
        }
      }
    }
    for (int t = 0; t < slots; t++) {
      if (coverage[t] < problem.requirement(t) - TOLERANCE) {
        return Optional.of("slot " + t + ": coverage " + coverage[t] + " < requirement " + problem.requirement(t));
      }
      if (chat[t] < problem.chatRequirement(t) - TOLERANCE) {
        return Optional.of("slot " + t + ": chat coverage " + chat[t] + " < chat requirement " + problem.chatRequirement(t));
      }
      for (int g = 0; g < problem.groups(); g++) {
        if (groupOnLine[g][t] < problem.groupMinimum(g, t)) {
          return Optional.of("slot " + t + ": group " + g + " has " + groupOnLine[g][t] + " < its minimum " + problem.groupMinimum(g, t));
        }
      }
      if (scheduled[t] < problem.minimumScheduled(t)) {
        return Optional.of("slot " + t + ": " + scheduled[t] + " scheduled < minimum " + problem.minimumScheduled(t));
      }
      for (int g = 0; g < problem.groups(); g++) {
        if (seatsUsed[g][t] > problem.seats(g)) {
          return Optional.of("slot " + t + ": group " + g + " uses " + seatsUsed[g][t] + " > " + problem.seats(g) + " seats");
        }
      }
    }
    return Optional.empty();
  }

  /** Σ cost × count, from the exact costs. */
  static double cost(CoverageProblem problem, int[] counts) {
    double cost = 0;
    for (int s = 0; s < counts.length; s++) {
      cost += counts[s] * problem.shifts().get(s).cost();
    }
    return cost;
  }
}
