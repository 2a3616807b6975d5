package se.sim1177.staffing;

/**
 * How the roster solver runs.
 *
 * <p>The same problem, seed and worker count give the same roster on any machine of one platform
 * as long as the solver proves optimality within {@code timeLimitSeconds}. When the time limit
 * cuts the search short, the best roster found so far depends on how fast the machine is.
 *
 * @param timeLimitSeconds wall-clock limit of one solve, in seconds, above 0
 * @param randomSeed the solver's random seed
 * @param workers solver threads, at least 1; with more than one, the search is interleaved in a
 *     deterministic order (CP-SAT's {@code interleave_search}), not raced
 */
public record SolverSettings(double timeLimitSeconds, int randomSeed, int workers) {

  /** One worker, seed 1, 60 s: the realistic week solves to optimality in a few seconds. */
  public static final SolverSettings DEFAULT = new SolverSettings(60.0, 1, 1);

  /** Refuses values no caller should pass. */
  public SolverSettings {
    if (!(timeLimitSeconds > 0) || Double.isNaN(timeLimitSeconds)) {
      throw new IllegalArgumentException("timeLimitSeconds: " + timeLimitSeconds + " is not above 0");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers: " + workers + " is not at least 1");
    }
  }
}
