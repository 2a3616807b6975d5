package se.sim1177.scenario;

/**
 * A floor on the nurses scheduled whatever the load, as regions require: "at least 2 nurses
 * 22:00–07:00". Counted over the scheduled nurses on the line (before absence; a nurse on her break
 * is not) of every staff group, or of {@code group} alone, on each of {@code days} from
 * {@code startMinute} to {@code endMinute} (past midnight when the end is not after the start).
 *
 * @param group the staff group the floor is for, or null for all groups together
 */
public record MinimumStaffing(DaySet days, int startMinute, int endMinute, int nurses, String group) {
  /** A floor for all groups together. */
  public MinimumStaffing(DaySet days, int startMinute, int endMinute, int nurses) {
    this(days, startMinute, endMinute, nurses, null);
  }

  public MinimumStaffing {
    FieldChecks c = new FieldChecks();
    c.require(days != null, "days", null, "must be " + DaySet.ALLOWED);
    c.require(startMinute >= 0 && startMinute < 1440, "start", TimeOfDay.format(Math.max(0, Math.min(startMinute, 1440))),
        "must be a time of day from 00:00 to 23:59");
    c.require(endMinute >= 0 && endMinute <= 1440 && endMinute != startMinute, "end",
        TimeOfDay.format(Math.max(0, Math.min(endMinute, 1440))), "must be a time of day other than the start");
    c.require(nurses >= 1 && nurses <= 10_000, "nurses", nurses, "must be a whole number of nurses from 1 to 10000");
    c.throwIfAny();
  }

  /** Minutes the floor lasts on each of its days. */
  public int lengthMinutes() {
    return endMinute > startMinute ? endMinute - startMinute : endMinute + 1440 - startMinute;
  }

  /** Whether it holds at minute {@code minuteOfWeek} after Monday 00:00 (a night floor runs on into the next day). */
  public boolean covers(int minuteOfWeek) {
    for (Weekday d : Weekday.values()) {
      if (days.contains(d)) {
        int from = d.ordinal() * 1440 + startMinute;
        int offset = Math.floorMod(minuteOfWeek - from, 7 * 1440);
        if (offset < lengthMinutes()) {
          return true;
        }
      }
    }
    return false;
  }
}
