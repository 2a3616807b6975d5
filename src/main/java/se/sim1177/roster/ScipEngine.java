package se.sim1177.roster;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Locale;

/**
 * The roster program in SCIP, through OR-Tools' linear solver wrapper. It gets the same scaled
 * whole numbers as CP-SAT: exact in double precision (all far below 2<sup>53</sup>), and rows small
 * enough ({@link CoverageUnits#MAX_ROW_UNITS}) that SCIP's relative feasibility tolerance cannot
 * admit a roster that falls short; its solution values round to the integers they approximate. The relative MIP gap is set to 0 (OR-Tools' default is 10⁻⁴) so
 * that "optimal" means what it means for CP-SAT; the integral objective lets SCIP close it. The
 * day-to-day tie-break among the cheapest rosters is CP-SAT's ({@link DayToDayTieBreak}), as it is
 * for the CP-SAT engine.
 */
final class ScipEngine {
  private ScipEngine() {}

  static EngineResult solve(ScaledProblem p, SolverSettings settings) {
    MPSolver solver = MPSolver.createSolver("SCIP");
    if (solver == null) {
      throw new RosterSolverException("this build of OR-Tools has no SCIP solver");
    }
    try {
      return solve(solver, p, settings);
    } finally {
      solver.delete();
    }
  }

  private static EngineResult solve(MPSolver solver, ScaledProblem p, SolverSettings settings) {
    MPVariable[] x = new MPVariable[p.shiftCount];
    for (int s = 0; s < x.length; s++) {
      x[s] = solver.makeIntVar(0, p.upperBound[s], "x" + s);
    }
    for (int t = 0; t < p.slots; t++) {
      if (p.residualRequirement[t] > 0) {
        MPConstraint row = solver.makeConstraint(p.residualRequirement[t], Double.POSITIVE_INFINITY);
        for (int s : p.covering[t]) {
          row.setCoefficient(x[s], p.coverage[s]);
        }
      }
    }
    for (int g = 0; g < p.freeSeats.length; g++) {
      for (int t = 0; t < p.slots; t++) {
        int[] group = p.seatRow(g, t);
        if (group != null) {
          MPConstraint row = solver.makeConstraint(Double.NEGATIVE_INFINITY, p.freeSeats[g][t]);
          for (int s : group) {
            row.setCoefficient(x[s], 1);
          }
        }
      }
    }
    for (int t = 0; t < p.slots; t++) {
      if (p.residualMinimum[t] > 0) {
        MPConstraint row = solver.makeConstraint(p.residualMinimum[t], Double.POSITIVE_INFINITY);
        for (int s : p.covering[t]) {
          row.setCoefficient(x[s], 1);
        }
      }
    }
    for (int t = 0; t < p.slots; t++) {
      if (p.residualChatRequirement[t] > 0) {
        MPConstraint row = solver.makeConstraint(p.residualChatRequirement[t], Double.POSITIVE_INFINITY);
        for (int s : p.covering[t]) {
          row.setCoefficient(x[s], p.chatCoverage[s]);
        }
      }
      for (int g = 0; g < p.groupMinimum.length; g++) {
        if (p.groupMinimum[g][t] > 0) {
          MPConstraint row = solver.makeConstraint(p.groupMinimum[g][t], Double.POSITIVE_INFINITY);
          for (int s : p.covering[t]) {
            if (p.group(s) == g) {
              row.setCoefficient(x[s], 1);
            }
          }
        }
      }
    }
    MPObjective objective = solver.objective();
    for (int s = 0; s < x.length; s++) {
      objective.setCoefficient(x[s], p.cost[s]);
    }
    objective.setMinimization();

    solver.setTimeLimit(Math.max(1, (long) Math.ceil(settings.timeLimitSeconds() * 1000)));
    String seed = String.format(Locale.ROOT, "randomization/randomseedshift = %d",
        Integer.toUnsignedLong(settings.randomSeed()) % 1_000_000);
    if (!solver.setSolverSpecificParametersAsString(seed)) {
      throw new IllegalStateException("SCIP refused its seed parameter: " + seed);
    }
    MPSolverParameters parameters = new MPSolverParameters();
    parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
    MPSolver.ResultStatus status = solver.solve(parameters);
    double wallSeconds = solver.wallTime() / 1000.0;
    switch (status) {
      case OPTIMAL, FEASIBLE -> {
        long[] counts = new long[x.length];
        for (int s = 0; s < x.length; s++) {
          counts[s] = Math.round(x[s].solutionValue());
        }
        boolean optimal = status == MPSolver.ResultStatus.OPTIMAL;
        double value = objective.value();
        double gap = optimal || value <= 0 ? 0 : Math.max(0, (value - objective.bestBound()) / value);
        return DayToDayTieBreak.after(p, counts, optimal, wallSeconds, gap, settings);
      }
      case INFEASIBLE -> throw RosterSolver.provedInfeasible("SCIP");
      case NOT_SOLVED -> throw RosterSolver.noRosterInTime(settings);
      default -> throw new IllegalStateException("SCIP answered " + status + " for the roster model");
    }
  }
}
