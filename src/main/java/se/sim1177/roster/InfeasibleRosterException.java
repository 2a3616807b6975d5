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

  /** The slots that cannot be covered each on its own, in order, and why, slot by slot. */
  private final java.util.List<Integer> slots;
  private final java.util.List<String> details;
  private final String detail;

  /** Infeasible in {@code slot}: the message is "slot N" followed by {@code detail}. */
  InfeasibleRosterException(int slot, String detail) {
    this(java.util.List.of(slot), java.util.List.of(detail));
  }

  /** Infeasible in each of {@code slots} for its entry of {@code details}. */
  InfeasibleRosterException(java.util.List<Integer> slots, java.util.List<String> details) {
    super(describe(slots, details, t -> "slot " + t));
    this.slots = java.util.List.copyOf(slots);
    this.details = java.util.List.copyOf(details);
    this.detail = details.get(0);
  }

  /** Infeasible with no single slot to blame. */
  InfeasibleRosterException(String message) {
    super(message);
    this.slots = java.util.List.of();
    this.details = java.util.List.of();
    this.detail = message;
  }

  /** The first slot that cannot be covered, or {@link #NO_SLOT}. */
  public int slot() {
    return slots.isEmpty() ? NO_SLOT : slots.get(0);
  }

  /** Every slot that cannot be covered on its own, in order. */
  public java.util.List<Integer> slots() {
    return slots;
  }

  /** Why the first slot cannot be covered (the message without its slot). */
  String detail() {
    return detail;
  }

  /**
   * The message with each slot named by {@code slotLabel} (for example "Tuesday 03:30") in place
   * of "slot N"; the plain message when no slot is to blame.
   */
  public String describe(IntFunction<String> slotLabel) {
    return slots.isEmpty() ? detail : describe(slots, details, slotLabel);
  }

  /**
   * Every slot and why: consecutive slots with the same reason as one run ("Saturday 09:00 to
   * Saturday 10:30 (4 slots) need ..."), the runs joined by semicolons.
   */
  private static String describe(java.util.List<Integer> slots, java.util.List<String> details, IntFunction<String> slotLabel) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < slots.size()) {
      int j = i;
      while (j + 1 < slots.size() && slots.get(j + 1) == slots.get(j) + 1 && details.get(j + 1).equals(details.get(i))) {
        j++;
      }
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(slotLabel.apply(slots.get(i)));
      if (j > i) {
        out.append(" to ").append(slotLabel.apply(slots.get(j))).append(" (").append(j - i + 1).append(" slots)");
      }
      out.append(details.get(i));
      i = j + 1;
    }
    return out.toString();
  }
}
