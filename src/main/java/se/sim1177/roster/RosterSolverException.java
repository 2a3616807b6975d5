package se.sim1177.roster;

/**
 * The roster step found no roster: the problem is infeasible ({@link InfeasibleRosterException}),
 * the time limit ended before any roster was found, or the native solver could not be loaded.
 */
public class RosterSolverException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RosterSolverException(String message) {
    super(message);
  }

  public RosterSolverException(String message, Throwable cause) {
    super(message, cause);
  }
}
