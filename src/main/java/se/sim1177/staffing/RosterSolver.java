package se.sim1177.staffing;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.Locale;
import java.util.Optional;

/**
 * The roster step: solves a {@link CoverageProblem} with OR-Tools CP-SAT and returns how many
 * nurses start each candidate shift.
 *
 * <p>Deterministic: the model is built in a fixed order (shifts, then slots, then groups), the
 * seed and worker count are fixed by {@link SolverSettings}, and with more than one worker CP-SAT
 * interleaves its strategies in fixed batches ({@code interleave_search}, documented as
 * deterministic whatever the number of workers) instead of racing them. So the same problem and
 * settings give the same counts, equal-cost alternatives included, as long as the solve ends
 * before the wall-clock time limit, which is a safety net only.
 *
 * <p>Thread-safe: each call builds and solves its own model.
 */
public final class RosterSolver {
  private RosterSolver() {}

  /**
   * The cheapest roster, or the best found when the time limit ends the search first (then
   * {@link RosterSolution#optimal()} is false and {@link RosterSolution#relativeGap()} says how
   * far from optimal it may be).
   *
   * @throws InfeasibleRosterException when no roster exists; the message names the slot when one
   *     slot alone explains it
   * @throws RosterSolverException when the time limit ends before any roster is found, or the
   *     native solver cannot be loaded
   */
  public static RosterSolution solve(CoverageProblem problem, SolverSettings settings) {
    ScaledProblem scaled = new ScaledProblem(problem);
    InfeasibilityCheck.throwIfSlotInfeasible(scaled);
    NativeSolverLoader.ensureLoaded();

    CpModel model = new CpModel();
    IntVar[] x = new IntVar[scaled.shiftCount];
    for (int s = 0; s < x.length; s++) {
      x[s] = model.newIntVar(0, scaled.upperBound[s], "x" + s);
    }
    addCoverage(model, x, scaled);
    addSeats(model, x, scaled);
    addMinimum(model, x, scaled);
    model.minimize(LinearExpr.weightedSum(x, scaled.cost));

    CpSolver solver = new CpSolver();
    solver.getParameters()
        .setMaxTimeInSeconds(settings.timeLimitSeconds())
        .setRandomSeed(settings.randomSeed())
        .setNumWorkers(settings.workers())
        .setInterleaveSearch(settings.workers() > 1);
    CpSolverStatus status = solver.solve(model);
    return switch (status) {
      case OPTIMAL, FEASIBLE -> solution(problem, solver, x, status == CpSolverStatus.OPTIMAL);
      case INFEASIBLE -> throw new InfeasibleRosterException("no roster meets every slot's requirement"
          + " within the seats: each slot can be covered on its own, but not all at once, because"
          + " slots served by the same shifts compete for the same seats (proved by the solver)");
      case UNKNOWN -> throw new RosterSolverException(String.format(Locale.ROOT,
          "the solver found no roster within its time limit of %.1f s; allow more time", settings.timeLimitSeconds()));
      default -> throw new IllegalStateException("CP-SAT answered " + status + " for the roster model: "
          + model.validate());
    };
  }

  /** Every slot: Σ coverage × x over the shifts that cover it ≥ its residual requirement. */
  private static void addCoverage(CpModel model, IntVar[] x, ScaledProblem p) {
    for (int t = 0; t < p.slots; t++) {
      if (p.residualRequirement[t] == 0) {
        continue;
      }
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

  /**
   * Every limited group and slot: its nurses on duty ≤ its free seats. A row the variables'
   * bounds already satisfy is left out: most slots of a roomy workplace need none.
   */
  private static void addSeats(CpModel model, IntVar[] x, ScaledProblem p) {
    for (int g = 0; g < p.freeSeats.length; g++) {
      for (int t = 0; t < p.slots; t++) {
        long free = p.freeSeats[g][t];
        if (free == ScaledProblem.UNLIMITED) {
          continue;
        }
        int n = 0;
        long mostOnDuty = 0;
        for (int s : p.covering[t]) {
          if (p.group(s) == g) {
            n++;
            mostOnDuty += p.upperBound[s];
          }
        }
        if (mostOnDuty <= free) {
          continue;
        }
        IntVar[] vars = new IntVar[n];
        int i = 0;
        for (int s : p.covering[t]) {
          if (p.group(s) == g) {
            vars[i++] = x[s];
          }
        }
        model.addLessOrEqual(LinearExpr.sum(vars), free);
      }
    }
  }

  /** Every slot with a floor: nurses scheduled there ≥ the floor, fixed shifts' deducted. */
  private static void addMinimum(CpModel model, IntVar[] x, ScaledProblem p) {
    for (int t = 0; t < p.slots; t++) {
      if (p.residualMinimum[t] == 0) {
        continue;
      }
      IntVar[] vars = new IntVar[p.covering[t].length];
      for (int i = 0; i < vars.length; i++) {
        vars[i] = x[p.covering[t][i]];
      }
      model.addGreaterOrEqual(LinearExpr.sum(vars), p.residualMinimum[t]);
    }
  }

  private static RosterSolution solution(CoverageProblem problem, CpSolver solver, IntVar[] x, boolean optimal) {
    int[] counts = new int[x.length];
    for (int s = 0; s < x.length; s++) {
      counts[s] = Math.toIntExact(solver.value(x[s]));
    }
    Optional<String> violation = RosterCheck.firstViolation(problem, counts);
    if (violation.isPresent()) {
      // The scaled model's rounding is conservative; reaching this is a bug in the scaling.
      throw new IllegalStateException("the solver's roster breaks the unscaled problem: " + violation.get());
    }
    double objective = solver.objectiveValue();
    double gap = optimal || objective <= 0 ? 0 : (objective - solver.bestObjectiveBound()) / objective;
    return new RosterSolution(counts, RosterCheck.cost(problem, counts), optimal, solver.wallTime(), gap);
  }
}
