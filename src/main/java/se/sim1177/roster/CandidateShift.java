package se.sim1177.roster;

/**
 * One shift the roster may use: a start slot and a length on the week's slot grid, for one staff
 * group. Each nurse scheduled on it adds {@code coverage} effective nurses on duty to every slot it
 * covers (for example 1 − absence, divided by the group's handle-time factor) and costs
 * {@code cost} for the whole shift, in whatever unit the caller prices nurse-hours.
 *
 * <p>A shift covers {@code lengthSlots} consecutive slots from {@code firstSlot}, wrapping past
 * the end of the week to slot 0: a Sunday night shift covers Monday's first hours.
 *
 * @param group index of the staff group (its seats are {@link CoverageProblem#seats()})
 * @param firstSlot the first slot covered, 0-based within the week
 * @param lengthSlots how many consecutive slots it covers, at least 1
 * @param coverage effective nurses on duty per scheduled nurse, in (0, ∞)
 * @param cost cost of one nurse on the whole shift, at least 0
 */
public record CandidateShift(int group, int firstSlot, int lengthSlots, double coverage, double cost) {

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
    if (!(coverage > 0) || !Double.isFinite(coverage)) {
      throw new IllegalArgumentException("coverage: " + coverage + " is not a finite number above 0");
    }
    if (!(cost >= 0) || !Double.isFinite(cost)) {
      throw new IllegalArgumentException("cost: " + cost + " is not a finite number of at least 0");
    }
  }

  /** Whether a nurse on this shift is on duty in {@code slot} of a week of {@code slots} slots. */
  public boolean covers(int slot, int slots) {
    return Math.floorMod(slot - firstSlot, slots) < lengthSlots;
  }
}
