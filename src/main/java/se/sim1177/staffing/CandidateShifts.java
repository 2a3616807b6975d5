package se.sim1177.staffing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.sim1177.scenario.BreakRule;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ShiftTemplate;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.StaffingCost;
import se.sim1177.scenario.Weekday;

/**
 * Every shift the templates allow, once each, in template order, then by day, start and length; a
 * shift that gets a break ({@code staffing.breaks}) once for each place its break may go, earliest
 * first ({@link BreakPlacements}).
 */
public final class CandidateShifts {
  private CandidateShifts() {}

  public static List<Candidate> of(Scenario scenario, WeekGrid grid, PhoneDemand demand) {
    List<StaffGroup> groups = scenario.staff();
    StaffingCost cost = scenario.staffing().cost();
    BreakPlacements breaks = new BreakPlacements(scenario.staffing(), grid);
    Set<String> seen = new LinkedHashSet<>();
    List<Candidate> out = new ArrayList<>();
    for (ShiftTemplate t : scenario.staffing().templates()) {
      int g = indexOf(groups, t.group());
      for (Weekday day : Weekday.values()) {
        if (!t.days().contains(day)) {
          continue;
        }
        for (int start : t.startMinutes()) {
          for (int length : t.lengthMinutes()) {
            // Two templates may offer the same shift: it is one choice, not two.
            if (!seen.add(g + "/" + day + "/" + start + "/" + length)) {
              continue;
            }
            int from = day.ordinal() * 1440 + start;
            double coverage = demand.phoneCoverage(groups.get(g));
            double chat = scenario.chat().inUse() ? Candidate.chatCoverage(groups.get(g)) : 0;
            int[] offsets = breaks.offsets(length);
            if (offsets.length == 0) {
              out.add(new Candidate(g, day, start, length, grid.slotAt(from), length / grid.slotMinutes(), coverage,
                  costOf(cost, from, length), -1, 0, false, chat));
              continue;
            }
            BreakRule rule = breaks.ruleFor(length);
            for (int offset : offsets) {
              double unpaid = rule.paid() ? 0 : costOf(cost, from + offset, rule.lengthMinutes());
              out.add(new Candidate(g, day, start, length, grid.slotAt(from), length / grid.slotMinutes(), coverage,
                  costOf(cost, from, length) - unpaid, offset, rule.lengthMinutes(), rule.paid(), chat));
            }
          }
        }
      }
    }
    return out;
  }

  /** The weighted nurse-hours of one nurse from minute {@code from} of the week for {@code length} minutes. */
  static double costOf(StaffingCost cost, int from, int length) {
    double sum = 0;
    for (int m = from; m < from + length; m++) {
      sum += cost.rateAt(m);
    }
    return sum / 60;
  }

  static int indexOf(List<StaffGroup> groups, String name) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no staff group " + name);
  }
}
