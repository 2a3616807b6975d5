package se.sim1177.report.format;

import java.util.Locale;
import se.sim1177.staffing.RosterResult;
import se.sim1177.staffing.StaffingOutcome;

/**
 * The sentence the what-if page shows over a roster the staffing search suggested: its nurse-hours
 * and how often it met the targets in the search's fresh-seed check, against the roster it started from.
 */
public final class SuggestedRoster {
  private SuggestedRoster() {}

  /** @param todaysShifts whether the search offered today's shifts (the scenario has no staffing: section) */
  public static String sentence(StaffingOutcome outcome, boolean todaysShifts) {
    RosterResult chosen = outcome.rosters().get(outcome.rosters().size() - 1);
    RosterResult today = outcome.rosters().get(0);
    String met = outcome.met() ? "it meets the targets" : "no roster the search could build meets the targets; this one comes closest";
    return String.format(Locale.ROOT, "Suggested by the staffing search (%s, %s): %,.0f nurse-hours a week against %,.0f in the"
        + " roster it started from; %s (every target met in %.0f %% of %d months on fresh random numbers; the roster it started"
        + " from: %.0f %%).%s The fields show it; change it as any roster.", outcome.method().key(), "scope " + outcome.scope().key(), chosen.nurseHours(), today.nurseHours(), met,
        100 * chosen.check().shareMeetingTargets(), chosen.check().replications(), 100 * today.check().shareMeetingTargets(),
        todaysShifts ? " The search was offered today's shifts, each starting up to an hour earlier or later, with as many"
            + " nurses as the targets need: the scenario has no staffing: section with other shifts." : "");
  }
}
