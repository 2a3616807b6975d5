package se.sim1177.staffing;

import se.sim1177.scenario.Weekday;

/**
 * One shift a roster may use: a staff group's nurses starting on {@code day} at {@code startMinute}
 * for {@code lengthMinutes}, past midnight and past Sunday into Monday if it runs so long.
 *
 * @param group index of the staff group in the scenario's {@code staff.groups}
 * @param firstSlot the first slot of the week it covers
 * @param lengthSlots how many slots it covers
 * @param coverage standard phone nurses one scheduled nurse on it is worth ({@link PhoneDemand#phoneCoverage})
 * @param cost the relative cost of one nurse on it: nurse-hours weighted by the rate of each minute
 */
public record Candidate(int group, Weekday day, int startMinute, int lengthMinutes, int firstSlot, int lengthSlots,
    double coverage, double cost) {

  /** Whether it covers slot {@code slot} of a week of {@code slots}. */
  public boolean covers(int slot, int slots) {
    return Math.floorMod(slot - firstSlot, slots) < lengthSlots;
  }

  public double hours() {
    return lengthMinutes / 60.0;
  }
}
