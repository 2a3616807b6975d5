package se.sim1177.staffing;

import java.util.List;
import java.util.Locale;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ShiftTemplate;

/**
 * How large a roster program {@code sim1177 staff} takes on, counted from the templates alone
 * before any candidate shift is built: a template of every minute's start and every length offers
 * millions of shifts, which took minutes and gigabytes to build and then no solver could solve.
 *
 * <p>Both limits come from SCIP on the Värmland week (scenarios/08) on two shared cores: a week of
 * quarter-hour starts with the 37 quarter-hour lengths from 3 to 12 hours for one group (24,864
 * shifts covering 746,000 shift-slots) was proved optimal in 8 s; the same for two groups (49,728
 * shifts, 1.5 million shift-slots) was not within the default 60 s, nor were 8-hour shifts from every
 * minute (10,080 shifts on a 1-minute grid, 4.8 million shift-slots, 3 GB).
 */
public final class RosterProgramLimits {
  /** The most candidate shifts all templates together may offer. */
  public static final int MOST_CANDIDATE_SHIFTS = 25_000;
  /**
   * The most shift-slots: each candidate shift counted once for every slot of the week it covers
   * (the roster program's coverage terms; the slot is the grid every start, length and interval
   * falls on, {@link WeekGrid}).
   */
  public static final long MOST_SHIFT_SLOTS = 1_000_000;

  private RosterProgramLimits() {}

  /**
   * Refuses templates that offer more than the limits allow, naming the template that offers the
   * most.
   *
   * @throws TooManyCandidatesException naming the template (its index in {@code staffing.templates})
   */
  public static void check(Scenario scenario) {
    List<ShiftTemplate> templates = scenario.staffing().templates();
    WeekGrid grid = WeekGrid.of(scenario.arrivals().intervalsPerDay(), scenario.staffing());
    BreakPlacements breaks = new BreakPlacements(scenario.staffing(), grid);
    long shifts = 0;
    long shiftSlots = 0;
    long[] shiftsOf = new long[templates.size()];
    long[] slotsOf = new long[templates.size()];
    for (int i = 0; i < templates.size(); i++) {
      ShiftTemplate t = templates.get(i);
      long starts = (long) Integer.bitCount(t.days().mask()) * t.startMinutes().size();
      long minutes = 0;
      long variants = 0;
      for (int length : t.lengthMinutes()) {
        // A shift with a break is offered once for each place the break may go.
        int places = breaks.placesFor(length);
        minutes += (long) places * length;
        variants += places;
      }
      shiftsOf[i] = starts * variants;
      slotsOf[i] = starts * (minutes / grid.slotMinutes());
      shifts += shiftsOf[i];
      shiftSlots += slotsOf[i];
    }
    if (shifts > MOST_CANDIDATE_SHIFTS) {
      int largest = largest(shiftsOf);
      throw new TooManyCandidatesException(largest, String.format(Locale.ROOT,
          "offers %s%s, more than the %,d the roster program takes in all (24,864 took the solver 8 s; twice"
              + " that was not proved optimal in a minute); offer fewer starts (a larger every:) or fewer lengths",
          offer(templates.get(largest), shiftsOf[largest]), inAll(templates, shifts, "candidate shifts"), MOST_CANDIDATE_SHIFTS));
    }
    if (shiftSlots > MOST_SHIFT_SLOTS) {
      int largest = largest(slotsOf);
      throw new TooManyCandidatesException(largest, String.format(Locale.ROOT,
          "offers %s covering %,d slots of %d minute%s (each shift counted once for every slot of the week it covers; the slot"
              + " is what every start, length and interval falls on)%s, more than the %,d shift-slots the roster program takes"
              + " (746,000 took the solver 8 s; twice that was not proved optimal in a minute); start shifts on a coarser grid"
              + " (whole quarter-hours: every: 15m, lengths in quarter-hours) or offer fewer or shorter lengths",
          offer(templates.get(largest), shiftsOf[largest]), slotsOf[largest], grid.slotMinutes(), plural(grid.slotMinutes()),
          inAll(templates, shiftSlots, "shift-slots"), MOST_SHIFT_SLOTS));
    }
  }

  private static int largest(long[] counts) {
    int largest = 0;
    for (int i = 1; i < counts.length; i++) {
      largest = counts[i] > counts[largest] ? i : largest;
    }
    return largest;
  }

  /** "13,910,400 candidate shifts (7 days × 1,440 starts × 1,380 lengths)". */
  private static String offer(ShiftTemplate t, long shifts) {
    int days = Integer.bitCount(t.days().mask());
    return String.format(Locale.ROOT, "%,d candidate shift%s (%d day%s × %,d start%s × %,d length%s)", shifts, plural(shifts), days,
        plural(days), t.startMinutes().size(), plural(t.startMinutes().size()), t.lengthMinutes().size(),
        plural(t.lengthMinutes().size()));
  }

  private static String inAll(List<ShiftTemplate> templates, long total, String what) {
    return templates.size() == 1 ? "" : String.format(Locale.ROOT, "; the templates offer %,d %s in all", total, what);
  }

  private static String plural(long count) {
    return count == 1 ? "" : "s";
  }
}
