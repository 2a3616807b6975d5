package se.sim1177.roster;

import java.util.Arrays;
import java.util.List;

/**
 * The roster step's integer program: how many nurses start each candidate shift so that every
 * slot of a cyclic week has enough effective nurses on duty, at least cost, and among the
 * cheapest rosters one that changes least from day to day.
 *
 * <p>With x<sub>s</sub> ≥ 0 the whole number of nurses on candidate shift s, it minimises
 * Σ cost<sub>s</sub>·x<sub>s</sub> subject to, for every slot t:
 *
 * <ul>
 *   <li>coverage: fixedCoverage<sub>t</sub> + Σ<sub>s covers t</sub> coverage<sub>s</sub>·x<sub>s</sub>
 *       ≥ requirement<sub>t</sub>;
 *   <li>seats, for every group g: fixedSeatsUsed<sub>g,t</sub> + Σ<sub>s of g covers t</sub>
 *       x<sub>s</sub> ≤ seats<sub>g</sub>;
 *   <li>minimum: Σ<sub>g</sub> fixedSeatsUsed<sub>g,t</sub> + Σ<sub>s covers t</sub> x<sub>s</sub>
 *       ≥ minimumScheduled<sub>t</sub>;
 *   <li>a group's own minimum, for every group g: Σ<sub>s of g covers t</sub> x<sub>s</sub> ≥
 *       groupMinimum<sub>g,t</sub> (for groups whose shifts are being chosen: fixed groups hold
 *       theirs by their own shifts);
 *   <li>chat: fixedChatCoverage<sub>t</sub> + Σ<sub>s covers t</sub> chatCoverage<sub>s</sub>·x<sub>s</sub>
 *       ≥ chatRequirement<sub>t</sub>. A blended nurse counts in both coverage rows: what the phone
 *       leaves of her time answers chats, which can wait minutes where calls cannot, so the rows
 *       do not split her; the staffing search's simulation judges whether that holds.
 * </ul>
 *
 * <p>Among the rosters of least cost it takes one with the least Σ |x<sub>a</sub> −
 * x<sub>b</sub>| over the pairs (a, b) of {@code sameShiftNextDay}: a lexicographic tie-break,
 * never a cent dearer, so that consecutive days with the same demand get the same shifts unless
 * the cost says otherwise. Which days count as consecutive is the caller's to say.
 *
 * <p>The week has {@code slots} slots of any length (672 quarter-hours, 336 half-hours, 168
 * hours); slot 0 follows the last slot. Arrays are copied in and out, so a problem never changes.
 *
 * @param slots slots in the week, at least 1
 * @param requirement effective nurses needed on duty per slot, each at least 0
 * @param fixedCoverage effective nurses on duty per slot from shifts that are not being chosen
 *     (today's fixed roster), each at least 0; all zeros when there are none
 * @param shifts the candidate shifts; a roster gives each a count
 * @param seats per group, the most nurses of that group scheduled at once in any slot (the seats
 *     of its workplace); {@link #UNLIMITED_SEATS} for none
 * @param fixedSeatsUsed per group and slot, the nurses of the group already scheduled there by
 *     fixed shifts (counted against its seats and towards {@code minimumScheduled})
 * @param minimumScheduled per slot, the fewest nurses scheduled (before absence), for example 2 at
 *     night; all zeros when there is no such floor
 * @param groupMinimum per group and slot, the fewest of the group's candidate shifts' nurses on
 *     the line; all zeros when there is none
 * @param chatRequirement effective chat nurses needed per slot; all zeros without a chat row
 * @param fixedChatCoverage effective chat nurses per slot from fixed shifts
 * @param sameShiftNextDay pairs of candidate shifts that are the same shift on consecutive days
 *     (same group, length and break); empty when no tie-break is wanted
 */
public record CoverageProblem(
    int slots,
    double[] requirement,
    double[] fixedCoverage,
    List<CandidateShift> shifts,
    int[] seats,
    int[][] fixedSeatsUsed,
    int[] minimumScheduled,
    int[][] groupMinimum,
    double[] chatRequirement,
    double[] fixedChatCoverage,
    List<NextDayPair> sameShiftNextDay) {

  /** A problem without the day-to-day tie-break. */
  public CoverageProblem(int slots, double[] requirement, double[] fixedCoverage, List<CandidateShift> shifts, int[] seats,
      int[][] fixedSeatsUsed, int[] minimumScheduled, int[][] groupMinimum, double[] chatRequirement,
      double[] fixedChatCoverage) {
    this(slots, requirement, fixedCoverage, shifts, seats, fixedSeatsUsed, minimumScheduled, groupMinimum, chatRequirement,
        fixedChatCoverage, List.of());
  }

  /** A problem of the phone alone with no floor per group. */
  public CoverageProblem(int slots, double[] requirement, double[] fixedCoverage, List<CandidateShift> shifts, int[] seats,
      int[][] fixedSeatsUsed, int[] minimumScheduled) {
    this(slots, requirement, fixedCoverage, shifts, seats, fixedSeatsUsed, minimumScheduled, new int[seats.length][slots],
        new double[slots], new double[slots]);
  }

  /** A group's seats when its workplace sets no limit. */
  public static final int UNLIMITED_SEATS = Integer.MAX_VALUE;

  /** Refuses inconsistent sizes and out-of-range values: these are programming errors. */
  public CoverageProblem {
    if (slots < 1) {
      throw new IllegalArgumentException("slots: " + slots + " is not at least 1");
    }
    requirement = perSlot("requirement", requirement, slots);
    fixedCoverage = perSlot("fixedCoverage", fixedCoverage, slots);
    shifts = List.copyOf(shifts);
    seats = seats.clone();
    for (int g = 0; g < seats.length; g++) {
      if (seats[g] < 0) {
        throw new IllegalArgumentException("seats[" + g + "]: " + seats[g] + " is negative");
      }
    }
    if (fixedSeatsUsed.length != seats.length) {
      throw new IllegalArgumentException("fixedSeatsUsed: " + fixedSeatsUsed.length
          + " groups, but seats has " + seats.length);
    }
    fixedSeatsUsed = fixedSeatsUsed.clone();
    for (int g = 0; g < fixedSeatsUsed.length; g++) {
      fixedSeatsUsed[g] = nonNegativePerSlot("fixedSeatsUsed[" + g + "]", fixedSeatsUsed[g], slots);
    }
    minimumScheduled = nonNegativePerSlot("minimumScheduled", minimumScheduled, slots);
    if (groupMinimum.length != seats.length) {
      throw new IllegalArgumentException("groupMinimum: " + groupMinimum.length + " groups, but seats has " + seats.length);
    }
    groupMinimum = groupMinimum.clone();
    for (int g = 0; g < groupMinimum.length; g++) {
      groupMinimum[g] = nonNegativePerSlot("groupMinimum[" + g + "]", groupMinimum[g], slots);
    }
    chatRequirement = perSlot("chatRequirement", chatRequirement, slots);
    fixedChatCoverage = perSlot("fixedChatCoverage", fixedChatCoverage, slots);
    sameShiftNextDay = List.copyOf(sameShiftNextDay);
    for (int i = 0; i < sameShiftNextDay.size(); i++) {
      checkPair("sameShiftNextDay[" + i + "]", sameShiftNextDay.get(i), shifts);
    }
    for (int s = 0; s < shifts.size(); s++) {
      CandidateShift shift = shifts.get(s);
      if (shift.group() >= seats.length) {
        throw new IllegalArgumentException("shifts[" + s + "].group: " + shift.group()
            + " is not a group (seats has " + seats.length + ")");
      }
      if (shift.firstSlot() >= slots) {
        throw new IllegalArgumentException("shifts[" + s + "].firstSlot: " + shift.firstSlot()
            + " is not a slot of a " + slots + "-slot week");
      }
      if (shift.lengthSlots() > slots) {
        throw new IllegalArgumentException("shifts[" + s + "].lengthSlots: " + shift.lengthSlots()
            + " is longer than the " + slots + "-slot week");
      }
    }
  }

  /**
   * A problem with no fixed shifts and no floor on nurses scheduled: only the candidate shifts
   * cover the requirement.
   */
  public static CoverageProblem of(double[] requirement, List<CandidateShift> shifts, int[] seats) {
    int slots = requirement.length;
    return new CoverageProblem(slots, requirement, new double[slots], shifts, seats,
        new int[seats.length][slots], new int[slots]);
  }

  /** The same problem with {@code pairs} as its {@link #sameShiftNextDay}. */
  public CoverageProblem withSameShiftNextDay(List<NextDayPair> pairs) {
    return new CoverageProblem(slots, requirement, fixedCoverage, shifts, seats, fixedSeatsUsed, minimumScheduled,
        groupMinimum, chatRequirement, fixedChatCoverage, pairs);
  }

  @Override
  public double[] requirement() {
    return requirement.clone();
  }

  @Override
  public double[] fixedCoverage() {
    return fixedCoverage.clone();
  }

  @Override
  public int[] seats() {
    return seats.clone();
  }

  @Override
  public int[][] fixedSeatsUsed() {
    int[][] copy = new int[fixedSeatsUsed.length][];
    for (int g = 0; g < copy.length; g++) {
      copy[g] = fixedSeatsUsed[g].clone();
    }
    return copy;
  }

  @Override
  public int[] minimumScheduled() {
    return minimumScheduled.clone();
  }

  @Override
  public int[][] groupMinimum() {
    int[][] copy = new int[groupMinimum.length][];
    for (int g = 0; g < copy.length; g++) {
      copy[g] = groupMinimum[g].clone();
    }
    return copy;
  }

  @Override
  public double[] chatRequirement() {
    return chatRequirement.clone();
  }

  @Override
  public double[] fixedChatCoverage() {
    return fixedChatCoverage.clone();
  }

  /** Group {@code group}'s own floor in {@code slot}, without copying. */
  public int groupMinimum(int group, int slot) {
    return groupMinimum[group][slot];
  }

  /** The chat requirement of one slot, without copying. */
  public double chatRequirement(int slot) {
    return chatRequirement[slot];
  }

  /** The fixed chat coverage of one slot, without copying. */
  public double fixedChatCoverage(int slot) {
    return fixedChatCoverage[slot];
  }

  /** Staff groups, the length of {@link #seats()}. */
  public int groups() {
    return seats.length;
  }

  /** The requirement of one slot, without copying the array. */
  public double requirement(int slot) {
    return requirement[slot];
  }

  /** The fixed coverage of one slot, without copying the array. */
  public double fixedCoverage(int slot) {
    return fixedCoverage[slot];
  }

  /** The seats of one group, without copying the array. */
  public int seats(int group) {
    return seats[group];
  }

  /** Nurses of {@code group} that fixed shifts schedule in {@code slot}. */
  public int fixedSeatsUsed(int group, int slot) {
    return fixedSeatsUsed[group][slot];
  }

  /** The floor on nurses scheduled in one slot, without copying the array. */
  public int minimumScheduled(int slot) {
    return minimumScheduled[slot];
  }

  /** Nurses of every group that fixed shifts schedule in {@code slot}. */
  public long fixedScheduled(int slot) {
    long sum = 0;
    for (int[] group : fixedSeatsUsed) {
      sum += group[slot];
    }
    return sum;
  }

  /** Arrays are compared by content: two problems are equal when they state the same program. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CoverageProblem p
        && slots == p.slots
        && Arrays.equals(requirement, p.requirement)
        && Arrays.equals(fixedCoverage, p.fixedCoverage)
        && shifts.equals(p.shifts)
        && Arrays.equals(seats, p.seats)
        && Arrays.deepEquals(fixedSeatsUsed, p.fixedSeatsUsed)
        && Arrays.equals(minimumScheduled, p.minimumScheduled)
        && Arrays.deepEquals(groupMinimum, p.groupMinimum)
        && Arrays.equals(chatRequirement, p.chatRequirement)
        && Arrays.equals(fixedChatCoverage, p.fixedChatCoverage)
        && sameShiftNextDay.equals(p.sameShiftNextDay);
  }

  @Override
  public int hashCode() {
    int h = Integer.hashCode(slots);
    h = 31 * h + Arrays.hashCode(requirement);
    h = 31 * h + Arrays.hashCode(fixedCoverage);
    h = 31 * h + shifts.hashCode();
    h = 31 * h + Arrays.hashCode(seats);
    h = 31 * h + Arrays.deepHashCode(fixedSeatsUsed);
    h = 31 * h + Arrays.hashCode(minimumScheduled);
    h = 31 * h + Arrays.deepHashCode(groupMinimum);
    h = 31 * h + Arrays.hashCode(chatRequirement);
    h = 31 * h + Arrays.hashCode(fixedChatCoverage);
    return 31 * h + sameShiftNextDay.hashCode();
  }

  @Override
  public String toString() {
    return "CoverageProblem[slots=" + slots + ", shifts=" + shifts.size() + ", groups=" + seats.length
        + ", sameShiftNextDay=" + sameShiftNextDay.size() + "]";
  }

  /** A pair names two different shifts of the same group, length and break (their starts and costs may differ). */
  private static void checkPair(String name, NextDayPair pair, List<CandidateShift> shifts) {
    for (int index : new int[] {pair.shift(), pair.nextDay()}) {
      if (index < 0 || index >= shifts.size()) {
        throw new IllegalArgumentException(name + ": " + index + " is not a shift (there are " + shifts.size() + ")");
      }
    }
    CandidateShift a = shifts.get(pair.shift());
    CandidateShift b = shifts.get(pair.nextDay());
    if (pair.shift() == pair.nextDay() || a.group() != b.group() || a.lengthSlots() != b.lengthSlots()
        || a.breakOffset() != b.breakOffset() || a.breakSlots() != b.breakSlots()) {
      throw new IllegalArgumentException(name + ": " + a + " and " + b + " are not the same shift on two days");
    }
  }

  private static double[] perSlot(String name, double[] values, int slots) {
    if (values.length != slots) {
      throw new IllegalArgumentException(name + ": " + values.length + " values for " + slots + " slots");
    }
    for (int t = 0; t < slots; t++) {
      if (!(values[t] >= 0) || !Double.isFinite(values[t])) {
        throw new IllegalArgumentException(name + "[" + t + "]: " + values[t]
            + " is not a finite number of at least 0");
      }
    }
    return values.clone();
  }

  private static int[] nonNegativePerSlot(String name, int[] values, int slots) {
    if (values.length != slots) {
      throw new IllegalArgumentException(name + ": " + values.length + " values for " + slots + " slots");
    }
    for (int t = 0; t < slots; t++) {
      if (values[t] < 0) {
        throw new IllegalArgumentException(name + "[" + t + "]: " + values[t] + " is negative");
      }
    }
    return values.clone();
  }
}
