package se.sim1177.model;

/**
 * One shift of the roster, compiled: its nurses occupy slots {@code firstSlot} to
 * {@code firstSlot + nurses - 1}, which no other shift uses.
 *
 * @param dayMask weekdays the shift starts on (bit = weekday ordinal)
 * @param startSeconds start, seconds after midnight of its day
 * @param lengthSeconds length, possibly running past midnight
 * @param breakOffsetSeconds from the start to the nurses' break (0 when there is none)
 * @param breakSeconds how long the break lasts; 0 for a shift without one
 */
record RosterShift(int group, int dayMask, double startSeconds, double lengthSeconds, int firstSlot, int nurses,
    double breakOffsetSeconds, double breakSeconds) {

  /** A window without a break (a shift, or the chat's opening hours). */
  RosterShift(int group, int dayMask, double startSeconds, double lengthSeconds, int firstSlot, int nurses) {
    this(group, dayMask, startSeconds, lengthSeconds, firstSlot, nurses, 0, 0);
  }
}
