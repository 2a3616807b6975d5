package se.sim1177.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.scenario.BreakRule;
import se.sim1177.scenario.Durations;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;

/** The sentence that tells the user what {@code staffing.breaks} did, and how today's roster compares. */
final class BreakNote {
  private BreakNote() {}

  /** The note, or null without {@code staffing.breaks}. */
  static String of(StaffingProblem problem) {
    List<BreakRule> rules = problem.scenario().staffing().breaks();
    if (rules.isEmpty()) {
      return null;
    }
    List<String> said = new ArrayList<>();
    for (BreakRule r : rules) {
      said.add(String.format(Locale.ROOT, "shifts longer than %s get %s%s break", Durations.format(r.afterMinutes() * 60.0),
          r.paid() ? "a paid " : "an unpaid ", Durations.format(r.lengthMinutes() * 60.0))
          + String.format(Locale.ROOT, " within %s of their middle", Durations.format(r.windowMinutes() * 30.0)));
    }
    int without = 0;
    for (int g = 0; g < problem.scenario().staff().size(); g++) {
      StaffGroup group = problem.scenario().staff().get(g);
      for (Shift s : group.shifts()) {
        if (problem.templated(g) && s.shiftBreak() == null && problem.scenario().staffing().breakRuleFor(s.lengthMinutes()) >= 0) {
          without++;
        }
      }
    }
    String today = without == 0 ? "" : String.format(Locale.ROOT, " Today's roster is simulated as written: %d of its shifts"
        + " that would get a break have none, so its coverage is what it would be if nobody took one.", without);
    return "Breaks (staffing.breaks): " + String.join("; ", said) + ", placed by the roster program so that every interval"
        + " keeps its requirement while the nurses of a shift break in turns; a nurse on her break answers nothing." + today;
  }
}
