package se.sim1177.roster;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The roster program answered by enumeration, independently of the solver: every count vector
 * within {@link #bounds}, each judged by {@link RosterCheck} (the oracle, in doubles).
 */
final class BruteForceRoster {
  /** Two costs closer than this are equal: costs are sums of a few decimals, in doubles. */
  static final double COST_TOLERANCE = 1e-9;

  private BruteForceRoster() {}

  /** The least cost of a feasible roster within the bounds; empty if none is feasible. */
  static Optional<Double> of(CoverageProblem problem) {
    return of(problem, counts -> RosterCheck.firstViolation(problem, counts).isEmpty());
  }

  /** The least cost of a roster within the bounds that {@code feasible} accepts; empty if it accepts none. */
  static Optional<Double> of(CoverageProblem problem, Predicate<int[]> feasible) {
    int[] bounds = bounds(problem);
    int[] counts = new int[bounds.length];
    Double best = null;
    while (true) {
      if (feasible.test(counts)) {
        double cost = RosterCheck.cost(problem, counts);
        if (best == null || cost < best) {
          best = cost;
        }
      }
      int i = 0;
      while (i < counts.length && counts[i] == bounds[i]) {
        counts[i++] = 0;
      }
      if (i == counts.length) {
        return Optional.ofNullable(best);
      }
      counts[i]++;
    }
  }

  /**
   * Per shift, a count no cheapest roster exceeds when every shift costs something: enough for the
   * shift alone to meet the largest requirement and minimum anywhere in the week.
   */
  static int[] bounds(CoverageProblem problem) {
    double maxRequirement = 0;
    int maxMinimum = 0;
    for (int t = 0; t < problem.slots(); t++) {
      maxRequirement = Math.max(maxRequirement, problem.requirement(t));
      maxMinimum = Math.max(maxMinimum, problem.minimumScheduled(t));
    }
    int[] bounds = new int[problem.shifts().size()];
    for (int s = 0; s < bounds.length; s++) {
      if (!(problem.shifts().get(s).cost() > 0)) {
        throw new IllegalArgumentException("shift " + s + " is free: its bound would not hold");
      }
      bounds[s] = Math.max(maxMinimum, (int) Math.ceil(maxRequirement / problem.shifts().get(s).coverage() - 1e-9));
    }
    return bounds;
  }

  /** How many count vectors {@link #of} enumerates. */
  static long vectors(int[] bounds) {
    long n = 1;
    for (int b : bounds) {
      n *= b + 1;
    }
    return n;
  }
}
