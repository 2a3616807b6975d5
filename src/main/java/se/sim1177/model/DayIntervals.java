package se.sim1177.model;

/**
 * What a telephony platform's interval export holds, for each measured day and interval of one
 * replication: attempts offered, answered, abandoned, answered within the service-level threshold,
 * the answered attempts' total wait, and first attempts (each caller once). Counted in the interval
 * the attempt arrived in, as the platform counts them. {@code run} writes it as {@code history.csv},
 * which {@code import} reads back.
 */
public final class DayIntervals {
  public static final int OFFERED = 0;
  public static final int ANSWERED = 1;
  public static final int ABANDONED = 2;
  public static final int ANSWERED_WITHIN = 3;
  public static final int WAIT_ANSWERED = 4;
  public static final int FIRST_ATTEMPTS = 5;
  public static final int FIELDS = 6;

  private final int days;
  private final int intervalsPerDay;
  private final double[] values;

  DayIntervals(int days, int intervalsPerDay, double[] values) {
    this.days = days;
    this.intervalsPerDay = intervalsPerDay;
    this.values = values;
  }

  /**
   * The column of a {@link Tally} field, -1 for those an export does not hold. A switch rather than
   * a table, so that the JIT folds it where the field is a constant (every call in the event loop).
   */
  static int column(int tallyField) {
    return switch (tallyField) {
      case Tally.OFFERED -> OFFERED;
      case Tally.ANSWERED -> ANSWERED;
      case Tally.ABANDONED -> ABANDONED;
      case Tally.ANSWERED_WITHIN -> ANSWERED_WITHIN;
      case Tally.WAIT_ANSWERED -> WAIT_ANSWERED;
      case Tally.FIRST_ATTEMPTS -> FIRST_ATTEMPTS;
      default -> -1;
    };
  }

  /**
   * Counts as {@link #values} gave them, read back from a shard ({@code sim1177 merge}).
   *
   * @throws IllegalArgumentException when {@code values} does not hold {@code days × intervalsPerDay × FIELDS} numbers
   */
  public static DayIntervals of(int days, int intervalsPerDay, double[] values) {
    if (days < 0 || intervalsPerDay < 1 || values.length != (long) days * intervalsPerDay * FIELDS) {
      throw new IllegalArgumentException(values.length + " counts for " + days + " days of " + intervalsPerDay + " intervals");
    }
    return new DayIntervals(days, intervalsPerDay, values.clone());
  }

  /** Every count, day after day, interval after interval, {@link #FIELDS} fields each: what a shard stores. */
  public double[] values() {
    return values.clone();
  }

  public int days() {
    return days;
  }

  public int intervalsPerDay() {
    return intervalsPerDay;
  }

  /** Field {@code field} of interval {@code interval} on measured day {@code day}. */
  public double get(int day, int interval, int field) {
    return values[(day * intervalsPerDay + interval) * FIELDS + field];
  }
}
