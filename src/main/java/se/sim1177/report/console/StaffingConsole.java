package se.sim1177.report.console;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import se.sim1177.report.format.DayRanges;
import se.sim1177.report.format.ShiftBreaks;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Staffing;
import se.sim1177.scenario.TimeOfDay;
import se.sim1177.staffing.GroupChanges;
import se.sim1177.staffing.PhoneDemand;
import se.sim1177.staffing.Roster;
import se.sim1177.staffing.RosterResult;
import se.sim1177.staffing.StaffingOutcome;
import se.sim1177.staffing.StaffingProblem;

/**
 * What {@code sim1177 staff} prints: the week's demand before the search, and after it the rosters
 * compared, one line each, with the notes.
 */
public final class StaffingConsole {
  private StaffingConsole() {}

  /** The chosen roster, shift by shift, then the comparison of the rosters, one line each, for the console. */
  public static void print(StaffingOutcome o, StaffingProblem p, PrintStream out) {
    printRoster(o, p, out);
    Staffing staffing = p.scenario().staffing();
    String costHeader = staffing.cost().currency() == null ? "rel. cost/wk" : staffing.cost().currency() + "/week";
    // With 1177 direkt every roster's chat is shown too: the Erlang rosters staff the phone only.
    boolean chat = p.scenario().chat().inUse();
    String chatHeader = chat ? String.format(Locale.ROOT, " %10s", "chat<=" + Math.round(p.scenario().targets().chatResponseSeconds() / 60)
        + "m") : "";
    out.printf(Locale.ROOT, "%-32s %12s %12s %8s %10s%s %14s%n", "roster", "nurse-h/week", costHeader, "answered", "mean wait",
        chatHeader, "periods meeting");
    for (RosterResult r : o.rosters()) {
      String chatCell = chat ? String.format(Locale.ROOT, " %9.1f%%", 100 * r.check().chatResponseServiceLevel()) : "";
      out.printf(Locale.ROOT, "%-32s %12.0f %12.0f %7.1f%% %8.1f m%s %13.0f%%%s%n", r.label(), r.nurseHours(), r.cost(),
          100 * r.check().answerRate(), r.check().meanWaitSeconds() / 60, chatCell, 100 * r.check().shareMeetingTargets(),
          r.check().meetsConfidently(staffing) ? "" : "  (misses)");
    }
    out.printf(Locale.ROOT, "(fresh-seed check: %d replications; a roster meets the targets when they hold in %.0f %% of "
        + "periods, by its 95 %% lower bound)%n",
        o.rosters().get(0).check().replications(), 100 * staffing.confidence());
    if (staffing.cost().currency() == null) {
      out.println("(cost: nurse-hours weighted by staffing.cost's unsocial-hours rates, 1 = an ordinary hour; give cost.currency"
          + " and prices for money)");
    }
    for (String note : o.notes()) {
      out.println("note: " + note);
    }
  }

  /**
   * The chosen roster as a manager reads it: a line per shift (group, workplace, days, hours,
   * nurses), the groups the search may change first, then what it did to each group in words.
   */
  static void printRoster(StaffingOutcome o, StaffingProblem p, PrintStream out) {
    Roster roster = o.roster();
    out.printf(Locale.ROOT, "the roster (%s), %.0f nurse-hours a week:%n", o.method().key(), roster.nurseHours());
    List<StaffGroup> groups = roster.groups();
    boolean breaks = ShiftBreaks.any(groups);
    out.printf(Locale.ROOT, "  %-14s %-10s %-20s %-12s %6s%s%n", "group", "workplace", "days", "hours", "nurses",
        breaks ? "  break" : "");
    for (int g = 0; g < groups.size(); g++) {
      StaffGroup group = groups.get(g);
      String name = group.name() + (p.templated(g) ? "" : " (fixed)");
      if (group.shifts().isEmpty()) {
        out.printf(Locale.ROOT, "  %-14s %-10s %s%n", name, group.workplace().key(), "no shifts");
      }
      String workplace = group.workplace().key();
      List<Shift> byStart = group.shifts().stream().sorted(Shift.BY_HOURS).toList();
      for (Shift s : byStart) {
        String shiftBreak = ShiftBreaks.of(s, "-");
        out.printf(Locale.ROOT, "  %-14s %-10s %-20s %-12s %6d%s%n", name, workplace, DayRanges.of(s.days()),
            TimeOfDay.format(s.startMinute()) + "-" + TimeOfDay.format(s.endMinute()), s.nurses(),
            shiftBreak.isEmpty() ? "" : "  " + shiftBreak);
        name = "";
        workplace = "";
      }
    }
    boolean[] templated = new boolean[groups.size()];
    for (int g = 0; g < templated.length; g++) {
      templated[g] = p.templated(g);
    }
    for (String sentence : GroupChanges.sentences(p.today(), roster, templated, p.demand())) {
      out.println("  " + sentence);
    }
    for (var m : p.scenario().staffing().minimum()) {
      out.printf(Locale.ROOT, "  staffing.minimum: at least %d nurse%s%s scheduled %s-%s on %s (before absence): %s.%n", m.nurses(),
          m.nurses() == 1 ? "" : "s", m.group() == null ? "" : " of " + m.group(), TimeOfDay.format(m.startMinute()),
          TimeOfDay.format(m.endMinute()), DayRanges.of(m.days()), p.holds(roster, m) ? "held" : "NOT held");
    }
    out.println();
  }

  /** The week's demand figure for the console's first line. */
  public static String demandLine(StaffingProblem p) {
    PhoneDemand d = p.demand();
    double calls = 0;
    for (double c : d.callsPerInterval()) {
      calls += c;
    }
    return String.format(Locale.ROOT, "%.0f first calls a week, mean handling %.1f min, %d candidate shifts on a %d-minute grid",
        calls, d.handleSeconds() / 60, p.candidates().size(), p.grid().slotMinutes());
  }
}
