package se.sim1177.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The roster program answered by enumeration, independently of the solver: every count vector
 * within {@link #bounds}, each judged by {@link RosterCheck} (the oracle, in doubles).
 */
final class BruteForceRoster {
  /** Two costs closer than this are equal: costs are sums of a few decimals, in doubles. */
  static final double COST_TOLERANCE = 1e-9;

  /** The engines the oracle tests hold to it: each solve on one thread, 30 s at most. */
  static final List<SolverSettings> ENGINES = List.of(
      new SolverSettings(30, 1, 1, SolverSettings.Engine.CP_SAT),
      new SolverSettings(30, 1, 1, SolverSettings.Engine.SCIP));

  private BruteForceRoster() {}

  /** The problem in full, for a failing instance's message. */
  static String describe(CoverageProblem p) {
    return "{slots=" + p.slots() + ", requirement=" + Arrays.toString(p.requirement())
        + ", fixedCoverage=" + Arrays.toString(p.fixedCoverage()) + ", shifts=" + p.shifts()
        + ", seats=" + Arrays.toString(p.seats()) + ", fixedSeatsUsed=" + Arrays.deepToString(p.fixedSeatsUsed())
        + ", minimum=" + Arrays.toString(p.minimumScheduled()) + ", groupMinimum=" + Arrays.deepToString(p.groupMinimum())
        + ", chatRequirement=" + Arrays.toString(p.chatRequirement()) + ", sameShiftNextDay=" + p.sameShiftNextDay()
        + "}";
  }

  /**
   * The least cost, and among the rosters of that cost the least and the most Σ |x<sub>a</sub> −
   * x<sub>b</sub>| over the problem's next-day pairs (equal when the tie-break has nothing to choose).
   */
  record Best(double cost, int leastChange, int mostChange) {}

  /** The cheapest feasible rosters within the bounds; empty if none is feasible. */
  static Optional<Best> of(CoverageProblem problem) {
    return of(problem, counts -> RosterCheck.firstViolation(problem, counts).isEmpty());
  }

  /** The cheapest rosters within the bounds that {@code feasible} accepts; empty if it accepts none. */
  static Optional<Best> of(CoverageProblem problem, Predicate<int[]> feasible) {
    int[] bounds = bounds(problem);
    int[] counts = new int[bounds.length];
    Best best = null;
    while (true) {
      if (feasible.test(counts)) {
        double cost = RosterCheck.cost(problem, counts);
        int change = change(problem, counts);
        if (best == null || cost < best.cost() - COST_TOLERANCE) {
          best = new Best(cost, change, change);
        } else if (cost <= best.cost() + COST_TOLERANCE) {
          best = new Best(Math.min(cost, best.cost()), Math.min(change, best.leastChange()), Math.max(change, best.mostChange()));
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

  /** Σ |x<sub>a</sub> − x<sub>b</sub>| over the problem's next-day pairs. */
  static int change(CoverageProblem problem, int[] counts) {
    int sum = 0;
    for (NextDayPair pair : problem.sameShiftNextDay()) {
      sum += Math.abs(counts[pair.shift()] - counts[pair.nextDay()]);
    }
    return sum;
  }

  /**
   * Per shift, a count no cheapest roster exceeds when every shift costs something: enough for the
   * shift alone to meet the largest requirement (phone or chat) and minimum (all groups' or one
   * group's) anywhere in the week.
   */
  static int[] bounds(CoverageProblem problem) {
    double maxRequirement = 0;
    double maxChat = 0;
    int maxMinimum = 0;
    for (int t = 0; t < problem.slots(); t++) {
      maxRequirement = Math.max(maxRequirement, problem.requirement(t));
      maxChat = Math.max(maxChat, problem.chatRequirement(t));
      maxMinimum = Math.max(maxMinimum, problem.minimumScheduled(t));
      for (int g = 0; g < problem.groups(); g++) {
        maxMinimum = Math.max(maxMinimum, problem.groupMinimum(g, t));
      }
    }
    int[] bounds = new int[problem.shifts().size()];
    for (int s = 0; s < bounds.length; s++) {
      CandidateShift shift = problem.shifts().get(s);
      if (!(shift.cost() > 0)) {
        throw new IllegalArgumentException("shift " + s + " is free: its bound would not hold");
      }
      int phone = shift.coverage() > 0 ? (int) Math.ceil(maxRequirement / shift.coverage() - 1e-9) : 0;
      int chat = shift.chatCoverage() > 0 ? (int) Math.ceil(maxChat / shift.chatCoverage() - 1e-9) : 0;
      bounds[s] = Math.max(maxMinimum, Math.max(phone, chat));
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
