package se.sim1177.staffing;

import se.sim1177.scenario.Channel;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Weekday;

/**
 * One shift a roster may use: a staff group's nurses starting on {@code day} at {@code startMinute}
 * for {@code lengthMinutes}, past midnight and past Sunday into Monday if it runs so long.
 *
 * @param group index of the staff group in the scenario's {@code staff.groups}
 * @param firstSlot the first slot of the week it covers
 * @param lengthSlots how many slots it covers
 * @param coverage standard phone nurses one scheduled nurse on it is worth ({@link PhoneDemand#phoneCoverage})
 * @param cost the relative cost of one nurse on it: paid nurse-hours weighted by the rate of each minute
 * @param breakOffsetMinutes from its start to its nurses' break, or -1 without one
 * @param breakMinutes how long the break lasts (0 without one)
 * @param breakPaid whether the break is paid
 * @param chatCoverage chat nurses one scheduled nurse on it is worth ({@link #chatCoverage(StaffGroup)}); 0 when
 *     its group does not answer the chat
 */
public record Candidate(int group, Weekday day, int startMinute, int lengthMinutes, int firstSlot, int lengthSlots,
    double coverage, double cost, int breakOffsetMinutes, int breakMinutes, boolean breakPaid, double chatCoverage) {

  /** A shift without a break, of a group that answers the phone only. */
  public Candidate(int group, Weekday day, int startMinute, int lengthMinutes, int firstSlot, int lengthSlots,
      double coverage, double cost) {
    this(group, day, startMinute, lengthMinutes, firstSlot, lengthSlots, coverage, cost, -1, 0, false, 0);
  }

  /**
   * How much of a chat nurse one scheduled nurse of {@code g} is: present with probability 1 −
   * absence (the handle-time factor slows her calls, not her chats); 0 for a group that does not
   * answer the chat.
   */
  public static double chatCoverage(StaffGroup g) {
    return g.answers(Channel.CHAT) ? 1 - g.absence() : 0;
  }

  public boolean hasBreak() {
    return breakMinutes > 0;
  }

  /** The break as a scenario writes it on the shift, or null. */
  public se.sim1177.scenario.ShiftBreak shiftBreak() {
    return hasBreak() ? new se.sim1177.scenario.ShiftBreak((startMinute + breakOffsetMinutes) % 1440, breakMinutes, breakPaid) : null;
  }

  /** Whether its nurses are on the line (on duty, not on their break) in slot {@code slot} of a week of {@code slots}. */
  public boolean covers(int slot, int slots) {
    int k = Math.floorMod(slot - firstSlot, slots);
    if (k >= lengthSlots) {
      return false;
    }
    if (!hasBreak()) {
      return true;
    }
    int slotMinutes = lengthMinutes / lengthSlots;
    return k < breakOffsetMinutes / slotMinutes || k >= (breakOffsetMinutes + breakMinutes) / slotMinutes;
  }

  public double hours() {
    return lengthMinutes / 60.0;
  }
}
