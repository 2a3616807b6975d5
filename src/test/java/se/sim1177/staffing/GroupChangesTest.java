package se.sim1177.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.report.format.DayRanges;
import se.sim1177.scenario.DaySet;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Workplace;

/** What the search did to each group, in words: an emptied group with why, a group changed by more than a quarter. */
class GroupChangesTest {
  private static StaffGroup group(String name, double factor, double absence, int nurses) {
    return new StaffGroup(name, Workplace.OFFICE, factor, absence,
        nurses == 0 ? List.of() : List.of(new Shift(DaySet.parse("all"), 8 * 60, 16 * 60, nurses)));
  }

  @Test
  void anEmptiedGroupIsNamedWithWhyAndAChangedOneWithHowMuch() {
    Roster today = new Roster(List.of(group("office", 1.0, 0.12, 4), group("satellites", 1.05, 0.09, 1), group("home", 1.0, 0.06, 2)));
    Roster chosen = new Roster(List.of(group("office", 1.0, 0.12, 4), group("satellites", 1.05, 0.09, 0), group("home", 1.0, 0.06, 3)));
    // Talk 9 minutes and after-call work 2: the factor slows the talk only, 0.91 · 660 / 687 = 0.874.
    PhoneDemand demand = new PhoneDemand(new double[0], 660, 540, 600, 3600);
    List<String> s = GroupChanges.sentences(today, chosen, new boolean[] {true, true, true}, demand);
    assertEquals(List.of("satellites: no shifts (today 56 nurse-hours a week). A nurse there gives 0.87 of a standard nurse on duty"
        + " (absence 9 %, handle-time factor 1.05), the least of the groups it competes with (office 0.88, home 0.94), so at the"
        + " same cost an hour the others cover the need for less.",
        "home: 168 nurse-hours a week, against 112 in today's roster (+50 %)."), s);
    // A group the search may not change (no templates) is not described; a change of a quarter or less is not news.
    assertEquals(List.of(), GroupChanges.sentences(today, chosen, new boolean[] {true, false, false}, demand));
  }

  @Test
  void daysReadAsAManagerWritesThem() {
    assertEquals("mon-fri", DayRanges.of(DaySet.parse("mon-fri")));
    assertEquals("all", DayRanges.of(DaySet.parse("all")));
    assertEquals("mon,tue,fri-sun", DayRanges.of(DaySet.parse("mon,tue,fri,sat,sun")));
    assertEquals("sat,sun", DayRanges.of(DaySet.parse("sat,sun")));
  }
}
