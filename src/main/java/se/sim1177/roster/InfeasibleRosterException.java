package se.sim1177.roster;

import java.util.function.IntFunction;

/**
 * No roster of the candidate shifts meets the requirements within the seats. When one slot alone
 * explains it, {@link #slot()} names it and the message reads "slot 17 needs ..."; a caller that
 * knows the slot grid says the same with a weekday and time through {@link #describe}. When only
 * the solver could prove it (slots that compete for the same seats), {@link #slot()} is
 * {@link #NO_SLOT}.
 */
public final class InfeasibleRosterException extends RosterSolverException {
  private static final long serialVersionUID = 1L;

  /** {@link #slot()} when no single slot explains the infeasibility. */
  public static final int NO_SLOT = -1;

  private final int slot;
  private final String detail;

  /** Infeasible in {@code slot}: the message is "slot N" followed by {@code detail}. */
  InfeasibleRosterException(int slot, String detail) {
    super("slot " + slot + detail);
    this.slot = slot;
    this.detail = detail;
  }

  /** Infeasible with no single slot to blame. */
  InfeasibleRosterException(String message) {
    super(message);
    this.slot = NO_SLOT;
    this.detail = message;
  }

  /** The slot that cannot be covered, or {@link #NO_SLOT}. */
  public int slot() {
    return slot;
  }

  /**
   * The message with the slot named by {@code slotLabel} (for example "Tuesday 03:30") in place
   * of "slot N"; the plain message when no slot is to blame.
   */
  public String describe(IntFunction<String> slotLabel) {
    return slot == NO_SLOT ? detail : slotLabel.apply(slot) + detail;
  }
}
