package se.sim1177.roster;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.List;

/**
 * The roster program's tie-break among its cheapest rosters: the least Σ |x<sub>a</sub> −
 * x<sub>b</sub>| over {@link CoverageProblem#sameShiftNextDay}, so that consecutive days with the
 * same demand get the same shifts unless the cost says otherwise.
 *
 * <p>Lexicographic, in two phases: once an engine has proved its roster's cost optimal, CP-SAT
 * solves the same model with cost ≤ that optimum and the sum of changes minimised, the cheapest
 * roster as its hint. Never a cent dearer, and exact when it proves its optimum: on the small
 * instances of the tests the change equals brute force's least. Not one weighted objective: a
 * weight that provably keeps cost first (above the largest possible sum of changes) times costs
 * of up to 10<sup>9</sup> units would leave 64-bit range, and CP-SAT's exactness with it.
 *
 * <p>The least change is hard to prove (the linear relaxation lets fractional days be equal) and
 * on large weeks hard to find, so the second phase has a budget: {@link #DETERMINISTIC_SECONDS} of
 * CP-SAT's deterministic time, counted work that is the same on any machine, so that the roster
 * stays reproducible (a wall-clock budget would not), within the wall-clock time the first phase
 * left. Beside it, {@link EqualCostSwaps} evens the cheapest roster by moves between shifts of one
 * cost: when that reaches no change at all, nothing is left to prove and CP-SAT does not run; when
 * CP-SAT's budget runs out first, the roster with the smaller change of the two is kept (still of
 * least cost), and {@link EngineResult#leastChangeProven()} is false.
 *
 * <p>Measured on {@code RealisticWeek} (2026-12, two cores shared with other work): the half-hour
 * week's least change is 8 where cost alone left 14 (SCIP) or 72 (CP-SAT); CP-SAT proves it in
 * 1.6–1.8 deterministic seconds (4–5 s). SCIP as the second phase took 12 s for the same proof and
 * is not used. On the quarter-hour week nothing is proved within budget: CP-SAT alone lowers the
 * change from 41 to 40 (even with 10 deterministic seconds), the swaps to 11.
 */
final class DayToDayTieBreak {
  /** CP-SAT's deterministic time for the second phase: enough to prove the half-hour week's least change. */
  static final double DETERMINISTIC_SECONDS = 2.0;

  private DayToDayTieBreak() {}

  /**
   * The engine's result for {@code cheapest}, with the tie-break applied when the engine proved
   * its cost optimal and the problem has pairs.
   */
  static EngineResult after(ScaledProblem p, long[] cheapest, boolean optimal, double wallSeconds, double gap,
      SolverSettings settings) {
    double left = settings.timeLimitSeconds() - wallSeconds;
    if (p.problem.sameShiftNextDay().isEmpty()) {
      return new EngineResult(cheapest, optimal, wallSeconds, gap, true);
    }
    if (!optimal || !(left > 0)) {
      return new EngineResult(cheapest, optimal, wallSeconds, gap, false);
    }
    long[] evened = EqualCostSwaps.improve(p, cheapest);
    if (change(p, evened) == 0) {
      return new EngineResult(evened, true, wallSeconds, gap, true);
    }
    CpModel model = new CpModel();
    IntVar[] x = leastChangeModel(model, p, cheapest);
    CpSolver solver = CpSatEngine.solver(settings, left);
    // One worker whatever the settings: two interleaved ones took five times the wall-clock time
    // for the same deterministic budget on the half-hour week (measured).
    solver.getParameters().setMaxDeterministicTime(DETERMINISTIC_SECONDS).setNumWorkers(1).setInterleaveSearch(false);
    CpSolverStatus status = solver.solve(model);
    double seconds = wallSeconds + solver.wallTime();
    return switch (status) {
      case OPTIMAL -> new EngineResult(CpSatEngine.values(solver, x), true, seconds, gap, true);
      case FEASIBLE -> new EngineResult(lessChange(p, CpSatEngine.values(solver, x), evened), true, seconds, gap, false);
      case UNKNOWN -> new EngineResult(evened, true, seconds, gap, false);
      default -> throw new IllegalStateException("CP-SAT answered " + status + " for the tie-break among the cheapest"
          + " rosters: " + model.validate());
    };
  }

  /** The roster model with cost ≤ the cheapest roster's and the change minimised, the cheapest as hint. */
  private static IntVar[] leastChangeModel(CpModel model, ScaledProblem p, long[] cheapest) {
    IntVar[] x = CpSatEngine.roster(model, p);
    model.addLessOrEqual(LinearExpr.weightedSum(x, p.cost), p.cost(cheapest));
    List<NextDayPair> pairs = p.problem.sameShiftNextDay();
    IntVar[] change = new IntVar[pairs.size()];
    for (int i = 0; i < change.length; i++) {
      int a = pairs.get(i).shift();
      int b = pairs.get(i).nextDay();
      change[i] = model.newIntVar(0, Math.max(p.upperBound[a], p.upperBound[b]), "change" + i);
      model.addGreaterOrEqual(LinearExpr.weightedSum(new IntVar[] {change[i], x[a], x[b]}, new long[] {1, -1, 1}), 0);
      model.addGreaterOrEqual(LinearExpr.weightedSum(new IntVar[] {change[i], x[a], x[b]}, new long[] {1, 1, -1}), 0);
      model.addHint(change[i], Math.abs(cheapest[a] - cheapest[b]));
    }
    for (int s = 0; s < x.length; s++) {
      model.addHint(x[s], cheapest[s]);
    }
    model.minimize(LinearExpr.sum(change));
    return x;
  }

  /** {@code found}, unless {@code evened} changes strictly less. */
  private static long[] lessChange(ScaledProblem p, long[] found, long[] evened) {
    return change(p, evened) < change(p, found) ? evened : found;
  }

  /** Σ |x<sub>a</sub> − x<sub>b</sub>| over the next-day pairs. */
  static long change(ScaledProblem p, long[] counts) {
    long sum = 0;
    for (NextDayPair pair : p.problem.sameShiftNextDay()) {
      sum += Math.abs(counts[pair.shift()] - counts[pair.nextDay()]);
    }
    return sum;
  }
}
