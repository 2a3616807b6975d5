package se.sim1177.roster;

/**
 * One shift the roster may use: a start slot and a length on the week's slot grid, for one staff
 * group. Each nurse scheduled on it adds {@code coverage} effective nurses on duty to every slot it
 * covers on the phone (for example 1 − absence, divided by the group's handle-time factor), and
 * {@code chatCoverage} on the chat, and costs
 * {@code cost} for the whole shift, in whatever unit the caller prices nurse-hours.
 *
 * <p>A shift covers {@code lengthSlots} consecutive slots from {@code firstSlot}, wrapping past
 * the end of the week to slot 0: a Sunday night shift covers Monday's first hours. A shift with a
 * break ({@code breakSlots} above 0) leaves the line for {@code breakSlots} slots from its
 * {@code breakOffset}-th: there it covers nothing and counts towards no minimum, but its nurse keeps
 * her seat (the desk is hers for the whole shift). The break lies strictly inside the shift.
 *
 * @param group index of the staff group (its seats are {@link CoverageProblem#seats()})
 * @param firstSlot the first slot covered, 0-based within the week
 * @param lengthSlots how many consecutive slots it covers, at least 1
 * @param coverage effective nurses on duty per scheduled nurse, in (0, ∞)
 * @param cost cost of one nurse on the whole shift, at least 0
 * @param breakOffset the first slot of the break, counted from the shift's first slot (0 when none)
 * @param breakSlots how many slots the break lasts; 0 for a shift without a break
 * @param chatCoverage effective chat nurses on duty per scheduled nurse (0 for a group that does not
 *     answer the chat): what it adds to {@link CoverageProblem#chatRequirement()}'s rows
 */
public record CandidateShift(int group, int firstSlot, int lengthSlots, double coverage, double cost, int breakOffset,
    int breakSlots, double chatCoverage) {

  /** A shift without a break that covers the phone only. */
  public CandidateShift(int group, int firstSlot, int lengthSlots, double coverage, double cost) {
    this(group, firstSlot, lengthSlots, coverage, cost, 0, 0, 0);
  }

  /** A shift that covers the phone only. */
  public CandidateShift(int group, int firstSlot, int lengthSlots, double coverage, double cost, int breakOffset, int breakSlots) {
    this(group, firstSlot, lengthSlots, coverage, cost, breakOffset, breakSlots, 0);
  }

  /** Refuses values no caller should pass (the scenario layer validates what users write). */
  public CandidateShift {
    if (group < 0) {
      throw new IllegalArgumentException("group: " + group + " is negative");
    }
    if (firstSlot < 0) {
      throw new IllegalArgumentException("firstSlot: " + firstSlot + " is negative");
    }
    if (lengthSlots < 1) {
      throw new IllegalArgumentException("lengthSlots: " + lengthSlots + " is not at least 1");
    }
    if (!(coverage >= 0) || !Double.isFinite(coverage)) {
      throw new IllegalArgumentException("coverage: " + coverage + " is not a finite number of at least 0");
    }
    if (!(chatCoverage >= 0) || !Double.isFinite(chatCoverage)) {
      throw new IllegalArgumentException("chatCoverage: " + chatCoverage + " is not a finite number of at least 0");
    }
    if (coverage == 0 && chatCoverage == 0) {
      throw new IllegalArgumentException("a shift must cover the phone or the chat: both coverages are 0");
    }
    if (!(cost >= 0) || !Double.isFinite(cost)) {
      throw new IllegalArgumentException("cost: " + cost + " is not a finite number of at least 0");
    }
    if (breakSlots < 0 || breakSlots > 0 && (breakOffset < 1 || breakOffset + breakSlots > lengthSlots - 1)) {
      throw new IllegalArgumentException("break: " + breakSlots + " slots from slot " + breakOffset
          + " is not strictly inside a shift of " + lengthSlots + " slots");
    }
  }

  /** Whether the shift's {@code k}-th slot (0 = its first) is its break. */
  public boolean onBreak(int k) {
    return k >= breakOffset && k < breakOffset + breakSlots;
  }

  /** Whether a nurse on this shift is on duty, not on her break, in {@code slot} of a week of {@code slots} slots. */
  public boolean covers(int slot, int slots) {
    int k = Math.floorMod(slot - firstSlot, slots);
    return k < lengthSlots && !onBreak(k);
  }

  /** Whether a nurse on this shift holds her seat in {@code slot}: from its start to its end, break included. */
  public boolean occupies(int slot, int slots) {
    return Math.floorMod(slot - firstSlot, slots) < lengthSlots;
  }
}
