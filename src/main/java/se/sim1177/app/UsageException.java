package se.sim1177.app;

/** Bad input that is not in a scenario file (an option value, an output folder): exit code 2. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
