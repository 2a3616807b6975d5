package se.sim1177.roster;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;

/**
 * The roster program in CP-SAT. The model is built in a fixed order (shifts, then slots, then
 * groups); with the seed and worker count fixed, and CP-SAT's {@code interleave_search} with more
 * than one worker (documented as deterministic whatever the number of workers, where the default
 * portfolio races its workers), the search, and so the roster among equal-cost optima, depends on
 * the input only. One worker proves the half-hour week optimal in a fraction of a second; two
 * interleaved workers take about ten times as long on it (measured), but do better than one on
 * larger weeks.
 *
 * <p>The day-to-day tie-break among the cheapest rosters is a second solve, {@link DayToDayTieBreak}.
 */
final class CpSatEngine {
  private CpSatEngine() {}

  static EngineResult solve(ScaledProblem p, SolverSettings settings) {
    CpModel model = new CpModel();
    IntVar[] x = roster(model, p);
    model.minimize(LinearExpr.weightedSum(x, p.cost));

    CpSolver solver = solver(settings, settings.timeLimitSeconds());
    CpSolverStatus status = solver.solve(model);
    switch (status) {
      case OPTIMAL, FEASIBLE -> {
        long[] counts = values(solver, x);
        boolean optimal = status == CpSolverStatus.OPTIMAL;
        double objective = solver.objectiveValue();
        double gap = optimal || objective <= 0 ? 0 : (objective - solver.bestObjectiveBound()) / objective;
        return DayToDayTieBreak.after(p, counts, optimal, solver.wallTime(), gap, settings);
      }
      case INFEASIBLE -> throw RosterSolver.provedInfeasible("CP-SAT");
      case UNKNOWN -> throw RosterSolver.noRosterInTime(settings);
      default -> throw new IllegalStateException("CP-SAT answered " + status + " for the roster model: "
          + model.validate());
    }
  }

  /** The roster's variables in {@code model}, one per shift, and its rows: phone and chat coverage, seats, minimums. */
  static IntVar[] roster(CpModel model, ScaledProblem p) {
    IntVar[] x = new IntVar[p.shiftCount];
    for (int s = 0; s < x.length; s++) {
      x[s] = model.newIntVar(0, p.upperBound[s], "x" + s);
    }
    for (int t = 0; t < p.slots; t++) {
      if (p.residualRequirement[t] > 0) {
        int[] covering = p.covering[t];
        IntVar[] vars = new IntVar[covering.length];
        long[] coefficients = new long[covering.length];
        for (int i = 0; i < covering.length; i++) {
          vars[i] = x[covering[i]];
          coefficients[i] = p.coverage[covering[i]];
        }
        model.addGreaterOrEqual(LinearExpr.weightedSum(vars, coefficients), p.residualRequirement[t]);
      }
    }
    for (int g = 0; g < p.freeSeats.length; g++) {
      for (int t = 0; t < p.slots; t++) {
        int[] group = p.seatRow(g, t);
        if (group != null) {
          IntVar[] vars = new IntVar[group.length];
          for (int i = 0; i < group.length; i++) {
            vars[i] = x[group[i]];
          }
          model.addLessOrEqual(LinearExpr.sum(vars), p.freeSeats[g][t]);
        }
      }
    }
    for (int t = 0; t < p.slots; t++) {
      if (p.residualMinimum[t] > 0) {
        IntVar[] vars = new IntVar[p.covering[t].length];
        for (int i = 0; i < vars.length; i++) {
          vars[i] = x[p.covering[t][i]];
        }
        model.addGreaterOrEqual(LinearExpr.sum(vars), p.residualMinimum[t]);
      }
    }
    for (int t = 0; t < p.slots; t++) {
      if (p.residualChatRequirement[t] > 0) {
        int[] covering = p.covering[t];
        IntVar[] vars = new IntVar[covering.length];
        long[] coefficients = new long[covering.length];
        for (int i = 0; i < covering.length; i++) {
          vars[i] = x[covering[i]];
          coefficients[i] = p.chatCoverage[covering[i]];
        }
        model.addGreaterOrEqual(LinearExpr.weightedSum(vars, coefficients), p.residualChatRequirement[t]);
      }
      for (int g = 0; g < p.groupMinimum.length; g++) {
        if (p.groupMinimum[g][t] > 0) {
          java.util.List<IntVar> vars = new java.util.ArrayList<>();
          for (int s : p.covering[t]) {
            if (p.group(s) == g) {
              vars.add(x[s]);
            }
          }
          model.addGreaterOrEqual(LinearExpr.sum(vars.toArray(new IntVar[0])), p.groupMinimum[g][t]);
        }
      }
    }
    return x;
  }

  static CpSolver solver(SolverSettings settings, double timeLimitSeconds) {
    CpSolver solver = new CpSolver();
    solver.getParameters()
        .setMaxTimeInSeconds(timeLimitSeconds)
        .setRandomSeed(settings.randomSeed())
        .setNumWorkers(settings.workers())
        .setInterleaveSearch(settings.workers() > 1);
    return solver;
  }

  static long[] values(CpSolver solver, IntVar[] x) {
    long[] counts = new long[x.length];
    for (int s = 0; s < x.length; s++) {
      counts[s] = solver.value(x[s]);
    }
    return counts;
  }
}
