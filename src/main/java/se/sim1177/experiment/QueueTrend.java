package se.sim1177.experiment;

import java.util.Locale;

/**
 * Whether the queue is still growing at the end of the measured period: the mean number of callers
 * waiting over its first days against its last days, averaged over replications. A line that keeps
 * up (or sheds callers through abandonment) settles within hours, so a queue that is much longer
 * at the end than at the start has no steady state: every figure then depends on the run's length.
 *
 * <p>The spans compared are the first and last measured week, so the weekly pattern cancels; with
 * fewer than two measured weeks the trend is not judged (halves of a shorter run differ by weekday,
 * and a line that cannot keep up is named by the offered-load warning anyway). Growing means the
 * last week's mean queue is above {@value #GROWTH_FACTOR} × the first's plus {@value #SLACK_CALLERS}
 * callers, so that ordinary noise on a busy line does not count.
 *
 * @param early mean callers waiting over the first span (NaN when not judged)
 * @param late mean callers waiting over the last span
 * @param span days in each span (0 when the period is too short to tell)
 */
public record QueueTrend(double early, double late, int span) {
  public static final double GROWTH_FACTOR = 1.5;
  public static final double SLACK_CALLERS = 5;

  /** Days in each compared span for a period of {@code measuredDays}: a week, or 0 (not judged) below two weeks. */
  static int span(int measuredDays) {
    return measuredDays >= 14 ? 7 : 0;
  }

  public boolean growing() {
    return span > 0 && late > GROWTH_FACTOR * early + SLACK_CALLERS;
  }

  /** A sentence for a warning: "X callers waiting on average over the first week, Y over the last". */
  public String describe() {
    return String.format(Locale.ROOT, "%.0f callers waiting on average over the first week, %.0f over the last", early, late);
  }
}
