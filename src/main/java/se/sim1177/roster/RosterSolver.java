package se.sim1177.roster;

import java.util.Optional;

/**
 * The roster step: solves a {@link CoverageProblem} with an OR-Tools engine (CP-SAT or SCIP, see
 * {@link SolverSettings.Engine}) and returns how many nurses start each candidate shift: the
 * cheapest roster, counted exactly ({@link CoverageUnits}), and among the cheapest one that changes
 * least from day to day ({@link DayToDayTieBreak}).
 *
 * <p>Deterministic: the same problem and settings give the same counts, equal-cost alternatives
 * included, as long as the solve ends before the wall-clock time limit, which is a safety net
 * only (each engine says how it keeps its search deterministic; the tie-break's budget is
 * deterministic work, not seconds).
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
   * @throws RosterTimeLimitException when the time limit ends before any roster is found
   * @throws RosterSolverException when the native solver cannot be loaded
   */
  public static RosterSolution solve(CoverageProblem problem, SolverSettings settings) {
    ScaledProblem scaled = new ScaledProblem(problem);
    InfeasibilityCheck.throwIfSlotInfeasible(scaled);
    NativeSolverLoader.ensureLoaded();
    EngineResult result = switch (settings.engine()) {
      case CP_SAT -> CpSatEngine.solve(scaled, settings);
      case SCIP -> ScipEngine.solve(scaled, settings);
    };
    int[] counts = new int[result.counts().length];
    for (int s = 0; s < counts.length; s++) {
      counts[s] = Math.toIntExact(result.counts()[s]);
    }
    Optional<String> violation = RosterCheck.firstViolation(problem, counts);
    if (violation.isPresent()) {
      // The scaled model is exact or conservative; reaching this is a bug in the scaling.
      throw new IllegalStateException("the solver's roster breaks the unscaled problem: " + violation.get());
    }
    return new RosterSolution(counts, RosterCheck.cost(problem, counts), result.optimal(),
        result.wallTimeSeconds(), result.relativeGap(), scaled.exactCoverage, result.leastChangeProven());
  }

  static InfeasibleRosterException provedInfeasible(String engine) {
    return new InfeasibleRosterException("no roster meets every slot's requirement within the seats:"
        + " each slot can be covered on its own, but not all at once, because slots served by the"
        + " same shifts compete for the same seats (proved by " + engine + ")");
  }

  static RosterTimeLimitException noRosterInTime(SolverSettings settings) {
    return new RosterTimeLimitException(settings.timeLimitSeconds());
  }
}
