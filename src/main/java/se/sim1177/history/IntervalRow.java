package se.sim1177.history;

import java.time.LocalDate;

/**
 * One row of an export: one interval of one day, as the platform counted it. A figure the export
 * does not have is -1 (counts) or NaN (seconds).
 *
 * @param line the line of the file the row is on, for messages
 * @param startMinute minute of the day the interval starts at, local time
 * @param waitSeconds total wait of the answered calls, seconds
 * @param handleSeconds total handle time of the answered calls, seconds
 */
public record IntervalRow(int line, LocalDate date, int startMinute, long offered, long answered, long abandoned,
    long answeredWithin, double waitSeconds, double handleSeconds, long uniqueCallers) {

  /** Whether the two rows hold the same figures (a row exported twice). */
  boolean sameFigures(IntervalRow o) {
    return offered == o.offered && answered == o.answered && abandoned == o.abandoned && answeredWithin == o.answeredWithin
        && Double.compare(waitSeconds, o.waitSeconds) == 0 && Double.compare(handleSeconds, o.handleSeconds) == 0
        && uniqueCallers == o.uniqueCallers;
  }
}
