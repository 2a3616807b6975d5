package se.sim1177.staffing;

/** A shift length gets a break ({@code staffing.breaks}) but no place on the grid fits its window. */
public final class BreakWindowException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int rule;

  public BreakWindowException(int rule, String message) {
    super(message);
    this.rule = rule;
  }

  /** The rule's index in {@code staffing.breaks}. */
  public int rule() {
    return rule;
  }
}
