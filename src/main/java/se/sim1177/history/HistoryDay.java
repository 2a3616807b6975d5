package se.sim1177.history;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One day of an export on the interval grid, and how {@code import} may use it. Counts the export
 * does not have are all -1 ({@link CallHistory#has}); seconds are totals over the answered calls.
 *
 * @param hours the day's length on the export's clock: 23 or 25 on the days the clocks change
 * @param holiday the holiday's name, or null
 * @param leftOut why the day is left out of every figure (an interval missing, more answered than
 *     offered), or null when it is used
 */
public record HistoryDay(LocalDate date, int hours, long[] offered, long[] answered, long[] abandoned, long[] answeredWithin,
    double[] waitSeconds, double[] handleSeconds, long[] uniqueCallers, String holiday, String leftOut) {

  public DayOfWeek weekday() {
    return date.getDayOfWeek();
  }

  /** Monday 0 ... Sunday 6, as scenarios count weekdays. */
  public int weekdayIndex() {
    return date.getDayOfWeek().getValue() - 1;
  }

  /** Whether the day counts in the observed figures and the day-to-day variation: complete, consistent, not a holiday. */
  public boolean used() {
    return leftOut == null && holiday == null;
  }

  /** Whether the day's intervals can shape the day: used, and 24 hours long. */
  public boolean shapesTheDay() {
    return used() && hours == 24;
  }

  public long total(long[] perInterval) {
    long sum = 0;
    for (long v : perInterval) {
      sum += Math.max(0, v);
    }
    return sum;
  }

  public double total(double[] perInterval) {
    double sum = 0;
    for (double v : perInterval) {
      sum += v;
    }
    return sum;
  }
}
