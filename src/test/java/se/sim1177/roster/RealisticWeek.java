package se.sim1177.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * A Värmland-sized week for the roster step: 336 half-hour slots, three groups (an office with
 * 14 seats, satellites with 4, home nurses unlimited), about 50 candidate shifts a day and a
 * smooth two-peak requirement (morning and evening), with unsocial-hours costs; and the same week
 * on quarter-hours with denser templates. Both pair each shift with the same shift the next day,
 * Monday to Friday and Saturday to Sunday, as the staffing layer does, so the day-to-day tie-break
 * runs as it runs there.
 */
final class RealisticWeek {
  static final int SLOTS_PER_DAY = 48;
  static final int SLOTS = 7 * SLOTS_PER_DAY;
  static final int OFFICE = 0;
  static final int SATELLITE = 1;
  static final int HOME = 2;

  private RealisticWeek() {}

  static CoverageProblem problem() {
    double[] requirement = new double[SLOTS];
    for (int t = 0; t < SLOTS; t++) {
      int day = t / SLOTS_PER_DAY;
      double hour = (t % SLOTS_PER_DAY + 0.5) / 2.0;
      double weekend = day >= 5 ? 0.8 : 1.0;
      double load = 2.0 + 11.0 * bump(hour, 10.0, 2.5) + 8.0 * bump(hour, 19.5, 2.0);
      requirement[t] = Math.round(weekend * load * 10) / 10.0;
    }
    List<CandidateShift> shifts = new ArrayList<>();
    for (int day = 0; day < 7; day++) {
      int dayStart = day * SLOTS_PER_DAY;
      // Office: day shifts starting 06:00 to 14:00 every 30 minutes, 8 or 9 hours.
      for (int start = 12; start <= 28; start++) {
        for (int hours : new int[] {8, 9}) {
          shifts.add(shift(OFFICE, dayStart + start, hours, 0.85));
        }
      }
      // Office: a 10-hour night shift from 21:00.
      shifts.add(shift(OFFICE, dayStart + 42, 10, 0.85));
      // Satellites: 07:00 to 15:00 every hour, 8 hours, slower (handle-time factor 1.1).
      for (int start = 14; start <= 30; start += 2) {
        shifts.add(shift(SATELLITE, dayStart + start, 8, 0.85 / 1.1));
      }
      // Home: short evening shifts from 16:00 to 19:00 every hour, 3 or 4 hours.
      for (int start = 32; start <= 38; start += 2) {
        for (int hours : new int[] {3, 4}) {
          shifts.add(shift(HOME, dayStart + start, hours, 0.9));
        }
      }
    }
    return CoverageProblem.of(requirement, shifts, new int[] {14, 4, CoverageProblem.UNLIMITED_SEATS})
        .withSameShiftNextDay(sameShiftNextDay(shifts, SLOTS_PER_DAY));
  }

  /**
   * The same week on a grid of 672 quarter-hours, with denser templates: office shifts of 6 or 8
   * hours starting every 15 minutes from 06:00 to 20:45, satellite 8-hour shifts every 30 minutes
   * over the same span, home 4-hour shifts every 30 minutes from 16:00 to 01:30 (over midnight)
   * and the office night shift: 171 candidate shifts a day, 1,197 in the week.
   */
  static CoverageProblem quarterHourProblem() {
    int perDay = 96;
    int slots = 7 * perDay;
    double[] requirement = new double[slots];
    for (int t = 0; t < slots; t++) {
      double hour = (t % perDay + 0.5) / 4.0;
      double weekend = t / perDay >= 5 ? 0.8 : 1.0;
      double load = 2.0 + 11.0 * bump(hour, 10.0, 2.5) + 8.0 * bump(hour, 19.5, 2.0);
      requirement[t] = Math.round(weekend * load * 10) / 10.0;
    }
    List<CandidateShift> shifts = new ArrayList<>();
    for (int day = 0; day < 7; day++) {
      int dayStart = day * perDay;
      for (int start = 24; start < 84; start++) {
        for (int hours : new int[] {6, 8}) {
          shifts.add(shift(OFFICE, dayStart + start, hours, 0.85, perDay, slots));
        }
        if (start % 2 == 0) {
          shifts.add(shift(SATELLITE, dayStart + start, 8, 0.85 / 1.1, perDay, slots));
        }
      }
      for (int start = 64; start < 104; start += 2) {
        shifts.add(shift(HOME, dayStart + start, 4, 0.9, perDay, slots));
      }
      shifts.add(shift(OFFICE, dayStart + 84, 10, 0.85, perDay, slots));
    }
    return CoverageProblem.of(requirement, shifts, new int[] {14, 4, CoverageProblem.UNLIMITED_SEATS})
        .withSameShiftNextDay(sameShiftNextDay(shifts, perDay));
  }

  /** Each shift and the same shift a day later, Monday to Friday and Saturday to Sunday. */
  private static List<NextDayPair> sameShiftNextDay(List<CandidateShift> shifts, int perDay) {
    java.util.Map<String, Integer> byDayAndShape = new java.util.HashMap<>();
    for (int s = 0; s < shifts.size(); s++) {
      byDayAndShape.put(key(shifts.get(s), shifts.get(s).firstSlot() / perDay, perDay), s);
    }
    List<NextDayPair> pairs = new ArrayList<>();
    for (int s = 0; s < shifts.size(); s++) {
      int day = shifts.get(s).firstSlot() / perDay;
      Integer next = day == 4 || day == 6 ? null : byDayAndShape.get(key(shifts.get(s), day + 1, perDay));
      if (next != null) {
        pairs.add(new NextDayPair(s, next));
      }
    }
    return pairs;
  }

  private static String key(CandidateShift shift, int day, int perDay) {
    return day + "/" + shift.group() + "/" + shift.firstSlot() % perDay + "/" + shift.lengthSlots();
  }

  private static double bump(double hour, double peak, double width) {
    double z = (hour - peak) / width;
    return Math.exp(-0.5 * z * z);
  }

  /** Cost per nurse-hour: 1 by day, 1.2 in the evening (18-22), 1.4 at night, 1.5 at weekends. */
  private static CandidateShift shift(int group, int firstSlot, int hours, double coverage) {
    return shift(group, firstSlot, hours, coverage, SLOTS_PER_DAY, SLOTS);
  }

  private static CandidateShift shift(int group, int firstSlot, int hours, double coverage, int perDay, int slots) {
    int perHour = perDay / 24;
    double cost = 0;
    for (int k = 0; k < perHour * hours; k++) {
      int t = (firstSlot + k) % slots;
      double hour = (double) (t % perDay) / perHour;
      boolean weekend = t / perDay >= 5;
      double rate = weekend ? 1.5 : hour >= 22 || hour < 6 ? 1.4 : hour >= 18 ? 1.2 : 1.0;
      cost += rate / perHour;
    }
    return new CandidateShift(group, firstSlot % slots, perHour * hours, coverage, cost);
  }
}
