package se.sim1177.scenario;

/**
 * Nurses who work the same hours on the given days.
 *
 * <p>An end at or before the start means the shift runs past midnight and ends on the next day;
 * {@code days} are the days the shift starts. {@code 24:00} is the end of the day.
 *
 * @param startMinute minutes after midnight when the nurses come on
 * @param endMinute minutes after midnight when they leave (after finishing the call in hand)
 */
public record Shift(DaySet days, int startMinute, int endMinute, int nurses) {
  /** The order a roster is read in: by start, then by end. */
  public static final java.util.Comparator<Shift> BY_HOURS =
      java.util.Comparator.comparingInt(Shift::startMinute).thenComparingInt(Shift::endMinute);

  public Shift {
    FieldChecks c = new FieldChecks();
    c.require(days != null, "days", null, "must be " + DaySet.ALLOWED);
    c.require(startMinute >= 0 && startMinute < 1440, "start", TimeOfDay.format(Math.max(0, startMinute)),
        "must be a time of day from 00:00 to 23:59");
    c.require(endMinute >= 0 && endMinute <= 1440, "end", TimeOfDay.format(Math.max(0, endMinute)), "must be a time of day " + TimeOfDay.ALLOWED);
    c.require(endMinute != startMinute, "end", TimeOfDay.format(Math.max(0, endMinute)),
        "must differ from start (use 00:00 to 24:00 for a whole day)");
    c.require(nurses >= 0 && nurses <= 100_000, "nurses", nurses, "must be a whole number from 0 to 100000");
    c.throwIfAny();
  }

  /** Length in minutes, counting past midnight for overnight shifts. */
  public int lengthMinutes() {
    return endMinute > startMinute ? endMinute - startMinute : endMinute + 1440 - startMinute;
  }
}
