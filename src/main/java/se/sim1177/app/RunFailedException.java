package se.sim1177.app;

/** A run that could not finish (an overloaded line passed its bound): exit code 1, nothing written. */
public final class RunFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  public RunFailedException(String message) {
    super(message);
  }
}
