package se.sim1177.scenario;

/**
 * Nurses who work the same hours on the given days.
 *
 * <p>An end at or before the start means the shift runs past midnight and ends on the next day;
 * {@code days} are the days the shift starts. {@code 24:00} is the end of the day.
 *
 * @param startMinute minutes after midnight when the nurses come on
 * @param endMinute minutes after midnight when they leave (after finishing the call in hand)
 * @param shiftBreak the nurses' break inside the shift, or null for none
 */
public record Shift(DaySet days, int startMinute, int endMinute, int nurses, ShiftBreak shiftBreak) {
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
    if (shiftBreak != null && startMinute >= 0 && startMinute < 1440 && endMinute >= 0 && endMinute <= 1440
        && endMinute != startMinute) {
      int offset = Math.floorMod(shiftBreak.startMinute() - startMinute, 1440);
      int length = endMinute > startMinute ? endMinute - startMinute : endMinute + 1440 - startMinute;
      c.require(offset >= 1 && offset + shiftBreak.lengthMinutes() <= length - 1, "break",
          TimeOfDay.format(shiftBreak.startMinute()) + " for " + Durations.format(shiftBreak.lengthMinutes() * 60.0),
          "must start after the shift starts (" + TimeOfDay.format(startMinute) + ") and end before it ends ("
              + TimeOfDay.format(endMinute) + ")");
    }
    c.throwIfAny();
  }

  /** A shift without a break. */
  public Shift(DaySet days, int startMinute, int endMinute, int nurses) {
    this(days, startMinute, endMinute, nurses, null);
  }

  /** The same shift with {@code n} nurses. */
  public Shift withNurses(int n) {
    return new Shift(days, startMinute, endMinute, n, shiftBreak);
  }

  /** Minutes on the line: the shift's length less its break. */
  public int onLineMinutes() {
    return lengthMinutes() - (shiftBreak == null ? 0 : shiftBreak.lengthMinutes());
  }

  /** Minutes from the start to the break, or -1 without one. */
  public int breakOffsetMinutes() {
    return shiftBreak == null ? -1 : Math.floorMod(shiftBreak.startMinute() - startMinute, 1440);
  }

  /** Whether a nurse of this shift is on her break {@code offset} minutes after its start. */
  public boolean onBreakAt(int offset) {
    int from = breakOffsetMinutes();
    return from >= 0 && offset >= from && offset < from + shiftBreak.lengthMinutes();
  }

  /** Whether minute {@code offset} after the start is paid: every minute of the shift but an unpaid break's. */
  public boolean paidAt(int offset) {
    return !onBreakAt(offset) || shiftBreak.paid();
  }

  /** Length in minutes, counting past midnight for overnight shifts. */
  public int lengthMinutes() {
    return endMinute > startMinute ? endMinute - startMinute : endMinute + 1440 - startMinute;
  }
}
