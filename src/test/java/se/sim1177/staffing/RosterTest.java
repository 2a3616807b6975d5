package se.sim1177.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.scenario.DaySet;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.ShiftTemplate;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.StaffingCost;
import se.sim1177.scenario.Weekday;
import se.sim1177.scenario.Workplace;

/** Rosters: what they put on duty minute by minute, their hours and cost, and how chosen shifts become a staff section. */
class RosterTest {
  private static StaffGroup group(String name, List<Shift> shifts) {
    return new StaffGroup(name, Workplace.OFFICE, 1.0, 0.1, shifts);
  }

  @Test
  void aShiftPastMidnightOnSundayCoversMondayMorning() {
    Roster r = new Roster(List.of(group("night", List.of(new Shift(DaySet.parse("sun"), 22 * 60, 7 * 60, 2)))));
    assertEquals(2, r.scheduledAt(0, 6 * 1440 + 23 * 60), "Sunday 23:00");
    assertEquals(2, r.scheduledAt(0, 3 * 60), "Monday 03:00, the week wrapped");
    assertEquals(0, r.scheduledAt(0, 7 * 60), "Monday 07:00: gone");
    assertEquals(18.0, r.nurseHours());
    // 22:00-07:00 from Sunday into Monday is all weekend at 1.5 (Friday 19:00 to Monday 07:00).
    assertEquals(18 * 1.5, r.cost(new StaffingCost(1, 1.2, 1.4, 1.5)), 1e-9);
  }

  @Test
  void chosenShiftsWithTheSameHoursAndNursesShareOneLine() {
    List<StaffGroup> base = List.of(group("a", List.of(new Shift(DaySet.ALL, 0, 1440, 1))),
        group("b", List.of(new Shift(DaySet.ALL, 8 * 60, 16 * 60, 5))));
    List<Candidate> candidates = List.of(
        new Candidate(0, Weekday.MON, 7 * 60, 480, 14, 16, 0.9, 8),
        new Candidate(0, Weekday.TUE, 7 * 60, 480, 62, 16, 0.9, 8),
        new Candidate(0, Weekday.WED, 7 * 60, 480, 110, 16, 0.9, 8),
        new Candidate(0, Weekday.SUN, 20 * 60, 240, 328, 8, 0.9, 4));
    Roster r = Roster.chosen(base, candidates, new int[] {2, 2, 3, 1}, new boolean[] {true, false});
    assertEquals(List.of(new Shift(DaySet.parse("mon,tue"), 420, 900, 2), new Shift(DaySet.parse("wed"), 420, 900, 3),
        new Shift(DaySet.parse("sun"), 1200, 1440, 1)), r.groups().get(0).shifts(), "20:00 + 4h ends at 24:00");
    assertEquals(base.get(1), r.groups().get(1), "a group without templates keeps its shifts");
    assertEquals(8.0 * 7 + 4, r.nurseHours(0));
  }

  @Test
  void scalingRoundsEachShiftToTheNearestNurse() {
    Roster r = new Roster(List.of(group("a", List.of(new Shift(DaySet.ALL, 0, 600, 4), new Shift(DaySet.ALL, 600, 1200, 1)))));
    List<Shift> scaled = r.scaled(1.3).groups().get(0).shifts();
    assertEquals(5, scaled.get(0).nurses(), "4 × 1.3 = 5.2");
    assertEquals(1, scaled.get(1).nurses(), "1 × 1.3 = 1.3");
    assertEquals(2, r.scaled(1.5).groups().get(0).shifts().get(1).nurses(), "1 × 1.5 rounds half up");
  }

  @Test
  void theGridIsTheCoarsestOnWhichIntervalsStartsAndLengthsFall() {
    ShiftTemplate hourly = new ShiftTemplate("a", DaySet.ALL, List.of(6 * 60, 7 * 60), List.of(480));
    assertEquals(60, WeekGrid.of(24, List.of(hourly)).slotMinutes());
    ShiftTemplate halfHours = new ShiftTemplate("a", DaySet.ALL, List.of(6 * 60 + 30), List.of(480));
    assertEquals(30, WeekGrid.of(24, List.of(hourly, halfHours)).slotMinutes());
    assertEquals(15, WeekGrid.of(96, List.of(hourly)).slotMinutes(), "quarter-hour intervals");
    ShiftTemplate odd = new ShiftTemplate("a", DaySet.ALL, List.of(6 * 60), List.of(7 * 60 + 45));
    assertEquals(15, WeekGrid.of(24, List.of(odd)).slotMinutes());
    WeekGrid g = WeekGrid.of(24, List.of(halfHours));
    assertEquals(336, g.slots());
    assertEquals(1, g.intervalOf(3), "slot 3 = 01:30 lies in hour 1");
    assertEquals(0, g.slotAt(7 * 1440), "the week wraps");
  }
}
