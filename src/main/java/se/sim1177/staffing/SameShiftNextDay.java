package se.sim1177.staffing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.sim1177.roster.CandidateShift;
import se.sim1177.roster.NextDayPair;
import se.sim1177.scenario.Weekday;

/**
 * The roster program's day-to-day tie-break pairs: each candidate shift and the same shift
 * (group, start time of day, length and break) the next day, for Monday to Friday in turn and for
 * Saturday to Sunday. Among the cheapest rosters the program then takes one whose consecutive
 * weekdays, and the two weekend days, differ least.
 *
 * <p>Not across the weekend's edges (Friday to Saturday, Sunday to Monday): the weekend's demand
 * differs, and a chain through it could trade Friday's equality with Thursday for a smaller step
 * into Saturday at the same sum of differences.
 */
final class SameShiftNextDay {
  private SameShiftNextDay() {}

  /** What makes two candidates the same shift, the day aside. */
  private record Shape(int group, int startMinute, int lengthSlots, int breakOffset, int breakSlots) {}

  /** @param shifts the roster program's shifts, one per candidate, in the same order */
  static List<NextDayPair> of(List<Candidate> candidates, List<CandidateShift> shifts) {
    Map<Weekday, Map<Shape, Integer>> byDay = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      byDay.computeIfAbsent(candidates.get(i).day(), d -> new HashMap<>()).putIfAbsent(shape(candidates.get(i), shifts.get(i)), i);
    }
    List<NextDayPair> pairs = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Weekday day = candidates.get(i).day();
      if (day == Weekday.FRI || day == Weekday.SUN) {
        continue;
      }
      Integer next = byDay.getOrDefault(day.plusDays(1), Map.of()).get(shape(candidates.get(i), shifts.get(i)));
      if (next != null) {
        pairs.add(new NextDayPair(i, next));
      }
    }
    return pairs;
  }

  private static Shape shape(Candidate c, CandidateShift s) {
    return new Shape(s.group(), c.startMinute(), s.lengthSlots(), s.breakOffset(), s.breakSlots());
  }
}
