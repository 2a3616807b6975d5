package se.sim1177.model;

/**
 * The measured period's figures per staff group, in one primitive array of {@link #FIELDS} per
 * group: nurse-seconds on duty, absent and in overtime, seconds of phone work and of chat work,
 * calls and chats answered. Updated where a nurse comes or goes and where a task starts or ends,
 * never by a loop over the groups.
 *
 * <p>Every time is clipped at both ends to the measured period [start, end]: a span from a to b
 * adds min(max(b, start), end) − min(max(a, start), end), so the groups' times add up to the
 * {@link TallyRecorder}'s integrals. A span still open when the run stops (a nurse on duty in the
 * drain) counts up to {@code end}: its start adds end − clip(a) and its end takes away end − clip(b).
 * Calls and chats count, like the tallies, by the measured day the contact arrived in (-1 in warm-up:
 * not counted), for the group of the nurse who answered.
 */
public final class GroupTally {
  public static final int ON_DUTY = 0;
  public static final int ABSENT = 1;
  public static final int OVERTIME = 2;
  public static final int PHONE = 3;
  public static final int CHAT = 4;
  public static final int CALLS = 5;
  public static final int CHATS = 6;
  public static final int FIELDS = 7;

  private final double start;
  private final double end;
  private final double[] sums;

  GroupTally(int groups, double start, double end) {
    this.start = start;
    this.end = end;
    sums = new double[groups * FIELDS];
  }

  private double clip(double t) {
    // Without a test for t < start, which is true only in the warm-up (issue 22: a test the
    // compiler never saw go the other way throws the compiled loop away when it does).
    return Math.min(Math.max(t, start), end);
  }

  /** A span of {@code field} of group {@code g} opens at {@code t}. */
  void open(int g, int field, double t) {
    sums[g * FIELDS + field] += end - clip(t);
  }

  /** A span of {@code field} of group {@code g} opened earlier closes at {@code t}. */
  void close(int g, int field, double t) {
    sums[g * FIELDS + field] -= end - clip(t);
  }

  /** One contact of {@code field} answered by group {@code g}, arrived on measured day {@code day}. */
  void count(int g, int field, int day) {
    // 1 on a measured day, 0 in the warm-up (day -1), without a test; adding 0 to a count changes nothing.
    sums[g * FIELDS + field] += (day >>> 31) ^ 1;
  }

  double[] sums() {
    return sums;
  }
}
