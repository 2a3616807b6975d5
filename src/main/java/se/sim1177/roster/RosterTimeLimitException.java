package se.sim1177.roster;

/**
 * The solver's time limit ended before it found any roster: not the input's fault, but a larger
 * limit or a smaller program may help, which the caller, knowing both, says.
 */
public final class RosterTimeLimitException extends RosterSolverException {
  private static final long serialVersionUID = 1L;

  private final double timeLimitSeconds;

  RosterTimeLimitException(double timeLimitSeconds) {
    super("the solver found no roster within its time limit");
    this.timeLimitSeconds = timeLimitSeconds;
  }

  /** The limit that ended the search, in seconds. */
  public double timeLimitSeconds() {
    return timeLimitSeconds;
  }
}
