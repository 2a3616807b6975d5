package se.sim1177.staffing;

import java.util.Locale;
import se.sim1177.scenario.BreakRule;
import se.sim1177.scenario.Durations;
import se.sim1177.scenario.Staffing;

/**
 * Where a candidate shift's break may go ({@code staffing.breaks}): every start on the week's slot
 * grid, counted from the shift's start, such that the break lies inside its rule's window around the
 * shift's middle and strictly inside the shift. The roster program chooses among them, so the
 * nurses of one shift may break in turns and coverage holds.
 */
public final class BreakPlacements {
  private final Staffing staffing;
  private final WeekGrid grid;

  public BreakPlacements(Staffing staffing, WeekGrid grid) {
    this.staffing = staffing;
    this.grid = grid;
  }

  /** The break rule a shift of {@code lengthMinutes} gets, or null for none. */
  public BreakRule ruleFor(int lengthMinutes) {
    int i = staffing.breakRuleFor(lengthMinutes);
    return i < 0 ? null : staffing.breaks().get(i);
  }

  /**
   * The break's possible starts in minutes after the shift's start, earliest first; empty for a
   * shift without a break.
   *
   * @throws BreakWindowException when the shift gets a break but no start on the grid fits its window
   */
  public int[] offsets(int lengthMinutes) {
    int rule = staffing.breakRuleFor(lengthMinutes);
    if (rule < 0) {
      return new int[0];
    }
    BreakRule r = staffing.breaks().get(rule);
    int step = grid.slotMinutes();
    int[] fits = new int[lengthMinutes / step + 1];
    int n = 0;
    for (int b = step; b + r.lengthMinutes() <= lengthMinutes - step; b += step) {
      // Inside [middle − window/2, middle + window/2], in whole minutes doubled.
      if (2 * b >= lengthMinutes - r.windowMinutes() && 2 * (b + r.lengthMinutes()) <= lengthMinutes + r.windowMinutes()) {
        fits[n++] = b;
      }
    }
    if (n == 0) {
      throw new BreakWindowException(rule, String.format(Locale.ROOT, "no break of %s fits inside the shift of %s within"
          + " a window of %s around its middle, starting on the %d-minute grid the shifts are planned on; widen the"
          + " window (%s is enough) or give this shift length no break", Durations.format(r.lengthMinutes() * 60.0),
          Durations.format(lengthMinutes * 60.0), Durations.format(r.windowMinutes() * 60.0), step,
          Durations.format(Math.min(1440, r.lengthMinutes() + step) * 60.0)));
    }
    return java.util.Arrays.copyOf(fits, n);
  }

  /** How many versions of a shift of {@code lengthMinutes} the program is offered: one per break start, or 1. */
  public int placesFor(int lengthMinutes) {
    return Math.max(1, offsets(lengthMinutes).length);
  }

  /** Every rule's window is checked against every template length it applies to. */
  public void checkAll() {
    for (var t : staffing.templates()) {
      for (int length : t.lengthMinutes()) {
        offsets(length);
      }
    }
  }
}
