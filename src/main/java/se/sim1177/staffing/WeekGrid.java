package se.sim1177.staffing;

import java.util.List;
import se.sim1177.scenario.BreakRule;
import se.sim1177.scenario.ShiftTemplate;
import se.sim1177.scenario.Staffing;

/**
 * The week cut into equal slots fine enough that every scenario interval and every template's
 * starts and lengths fall on slot boundaries (the greatest common divisor of them all), so a
 * shift covers whole slots and a slot lies in one interval.
 *
 * @param slotMinutes minutes per slot
 * @param intervalsPerDay the scenario's intraday intervals per day
 */
public record WeekGrid(int slotMinutes, int intervalsPerDay) {
  public static final int WEEK_MINUTES = 7 * 1440;
  /** The finest grid the search works on: finer grids make the roster problem large for nothing. */
  public static final int FINEST_MINUTES = 5;

  public WeekGrid {
    if (slotMinutes < 1 || 1440 % slotMinutes != 0 || (1440 / intervalsPerDay) % slotMinutes != 0) {
      throw new IllegalArgumentException("a slot of " + slotMinutes + " min does not divide the interval");
    }
  }

  /** The coarsest grid on which the intervals, the templates and the breaks' lengths fall. */
  public static WeekGrid of(int intervalsPerDay, Staffing staffing) {
    int g = of(intervalsPerDay, staffing.templates()).slotMinutes();
    for (BreakRule b : staffing.breaks()) {
      g = gcd(g, b.lengthMinutes());
    }
    return new WeekGrid(g, intervalsPerDay);
  }

  /** The coarsest grid on which the intervals and all templates fall. */
  public static WeekGrid of(int intervalsPerDay, List<ShiftTemplate> templates) {
    int g = 1440 / intervalsPerDay;
    for (ShiftTemplate t : templates) {
      for (int s : t.startMinutes()) {
        g = gcd(g, s);
      }
      for (int l : t.lengthMinutes()) {
        g = gcd(g, l);
      }
    }
    return new WeekGrid(g, intervalsPerDay);
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  public int slots() {
    return WEEK_MINUTES / slotMinutes;
  }

  public int intervalMinutes() {
    return 1440 / intervalsPerDay;
  }

  /** Intervals in the week, Monday's first interval first. */
  public int intervals() {
    return 7 * intervalsPerDay;
  }

  /** The interval of the week slot {@code slot} lies in. */
  public int intervalOf(int slot) {
    return slot * slotMinutes / intervalMinutes();
  }

  public int slotsPerInterval() {
    return intervalMinutes() / slotMinutes;
  }

  /** The slot a minute of the week (Monday 00:00 = 0, wrapping) falls in. */
  public int slotAt(int minuteOfWeek) {
    return Math.floorMod(minuteOfWeek, WEEK_MINUTES) / slotMinutes;
  }
}
