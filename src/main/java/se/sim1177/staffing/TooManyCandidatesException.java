package se.sim1177.staffing;

/**
 * The templates offer a roster program larger than {@link RosterProgramLimits} allows: the message
 * says how large and what is allowed, {@link #template()} which template offers the most.
 */
public final class TooManyCandidatesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int template;

  TooManyCandidatesException(int template, String message) {
    super(message);
    this.template = template;
  }

  /** The index in {@code staffing.templates} of the template that offers the most. */
  public int template() {
    return template;
  }
}
