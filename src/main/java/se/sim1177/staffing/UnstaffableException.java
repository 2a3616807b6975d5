package se.sim1177.staffing;

/** No roster of the scenario's templates meets what is asked: the message says where and why. */
public final class UnstaffableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnstaffableException(String message) {
    super(message);
  }
}
