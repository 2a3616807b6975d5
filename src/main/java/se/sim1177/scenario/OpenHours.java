package se.sim1177.scenario;

/**
 * One window in which 1177 direkt is staffed: {@code days} it opens, from {@code startMinute} to
 * {@code endMinute} (an end at or before the start runs past midnight).
 */
public record OpenHours(DaySet days, int startMinute, int endMinute) {
  public OpenHours {
    FieldChecks c = new FieldChecks();
    c.require(days != null, "days", null, "must be " + DaySet.ALLOWED);
    c.require(startMinute >= 0 && startMinute < 1440, "start", TimeOfDay.format(Math.max(0, startMinute)),
        "must be a time of day from 00:00 to 23:59");
    c.require(endMinute >= 0 && endMinute <= 1440 && endMinute != startMinute, "end", TimeOfDay.format(Math.max(0, endMinute)),
        "must be a time of day " + TimeOfDay.ALLOWED + " other than the start");
    c.throwIfAny();
  }

  /** Length in minutes, counting past midnight. */
  public int lengthMinutes() {
    return endMinute > startMinute ? endMinute - startMinute : endMinute + 1440 - startMinute;
  }

  public static final OpenHours ALWAYS = new OpenHours(DaySet.ALL, 0, 1440);
}
