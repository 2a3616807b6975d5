package se.sim1177.roster;

/**
 * How the roster solver runs.
 *
 * <p>The same problem, engine, seed and worker count give the same roster on any machine of one
 * platform as long as the solver proves optimality within {@code timeLimitSeconds}. When the time
 * limit cuts the search short, the best roster found so far depends on how fast the machine is.
 *
 * @param timeLimitSeconds wall-clock limit of one solve, in seconds, above 0
 * @param randomSeed the solver's random seed
 * @param workers solver threads, at least 1; with more than one, CP-SAT interleaves its
 *     strategies in a deterministic order ({@code interleave_search}) instead of racing them;
 *     SCIP runs on one
 * @param engine which of OR-Tools' solvers runs
 */
public record SolverSettings(double timeLimitSeconds, int randomSeed, int workers, Engine engine) {

  /**
   * The integer-programming engines, both inside OR-Tools' native library. Measured on two cores
   * (RealisticWeekTest) for the cheapest roster: a week of 336 half-hours with 52 shifts a day,
   * 0.1 s with SCIP, 0.2-0.8 s with CP-SAT on one worker; a week of 672 quarter-hours with 171
   * shifts a day, 17-23 s with SCIP since coverage is counted exactly (1.4 s when it was rounded:
   * 0.85/1.1 rounded down to 0.7727 broke ties that 17/22 keeps; with coverages of 0.77 or 0.78,
   * exact either way, both took 5-11 s), while CP-SAT had not proved it optimal after 120 s (a gap
   * of 2-4 % on one worker, 1-2.5 % on two). The day-to-day tie-break among the cheapest rosters
   * adds 2.5-3 s to either ({@code DayToDayTieBreak}'s budget).
   */
  public enum Engine {
    /** CP-SAT: constraint programming with SAT, LP and LNS; fast on the half-hour week. */
    CP_SAT,
    /**
     * SCIP, a branch-and-cut MIP solver, through OR-Tools' linear solver wrapper: its LP bound and
     * cuts suit covering problems. Single-threaded and deterministic.
     */
    SCIP
  }

  /**
   * SCIP, seed 1, 60 s: it proves the quarter-hour week optimal in seconds, where CP-SAT on one or
   * two workers leaves a gap of a few per cent at the time limit, and a roster cut off by the time
   * limit is no longer reproducible.
   */
  public static final SolverSettings DEFAULT = new SolverSettings(60.0, 1, 1, Engine.SCIP);

  /** CP-SAT with the given limit, seed and workers. */
  public SolverSettings(double timeLimitSeconds, int randomSeed, int workers) {
    this(timeLimitSeconds, randomSeed, workers, Engine.CP_SAT);
  }

  /** Refuses values no caller should pass. */
  public SolverSettings {
    if (!(timeLimitSeconds > 0) || Double.isNaN(timeLimitSeconds)) {
      throw new IllegalArgumentException("timeLimitSeconds: " + timeLimitSeconds + " is not above 0");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers: " + workers + " is not at least 1");
    }
    if (engine == null) {
      throw new IllegalArgumentException("engine: missing");
    }
    if (engine == Engine.SCIP && workers != 1) {
      throw new IllegalArgumentException("workers: " + workers + ", but SCIP runs on 1");
    }
  }

  /** The same settings with another engine. */
  public SolverSettings withEngine(Engine other) {
    return new SolverSettings(timeLimitSeconds, randomSeed, other == Engine.SCIP ? 1 : workers, other);
  }
}
