package se.sim1177.model;

/**
 * One shift of the roster, compiled: its nurses occupy slots {@code firstSlot} to
 * {@code firstSlot + nurses - 1}, which no other shift uses.
 *
 * @param dayMask weekdays the shift starts on (bit = weekday ordinal)
 * @param startSeconds start, seconds after midnight of its day
 * @param lengthSeconds length, possibly running past midnight
 */
record RosterShift(int group, int dayMask, double startSeconds, double lengthSeconds, int firstSlot, int nurses) {}
