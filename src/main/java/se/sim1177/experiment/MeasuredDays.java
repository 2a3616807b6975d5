package se.sim1177.experiment;

import se.sim1177.model.DayIntervals;

/**
 * The first replication's counts per measured day and interval, as a telephony platform exports
 * them ({@code history.csv}): what a result carries so that its writers never reach into the model.
 */
public final class MeasuredDays {
  public static final int OFFERED = DayIntervals.OFFERED;
  public static final int ANSWERED = DayIntervals.ANSWERED;
  public static final int ABANDONED = DayIntervals.ABANDONED;
  public static final int ANSWERED_WITHIN = DayIntervals.ANSWERED_WITHIN;
  public static final int WAIT_ANSWERED = DayIntervals.WAIT_ANSWERED;
  public static final int FIRST_ATTEMPTS = DayIntervals.FIRST_ATTEMPTS;

  private final DayIntervals recorded;

  MeasuredDays(DayIntervals recorded) {
    this.recorded = recorded;
  }

  public int days() {
    return recorded.days();
  }

  public int intervalsPerDay() {
    return recorded.intervalsPerDay();
  }

  /** Field {@code field} ({@link #OFFERED} ...) of interval {@code interval} on measured day {@code day}. */
  public double get(int day, int interval, int field) {
    return recorded.get(day, interval, field);
  }
}
