package se.sim1177.experiment;

import se.sim1177.model.ReplicationResult;
import se.sim1177.model.Tally;

/**
 * A view of one replication's tallies over some stretch of time: the whole measured period, one
 * weekday × interval cell (over all measured days on that weekday), or one measured day.
 *
 * <p>{@code days} is how many days the scope sums over; {@code secondsPerDay} how much of each day
 * it covers, so that averages over time come out right in every scope.
 */
public final class TallyScope {
  private final ReplicationResult result;
  private final int kind;
  private final int index;
  private final int days;
  private final double secondsPerDay;

  private static final int TOTAL = 0;
  private static final int CELL = 1;
  private static final int DAY = 2;

  private TallyScope(ReplicationResult result, int kind, int index, int days, double secondsPerDay) {
    this.result = result;
    this.kind = kind;
    this.index = index;
    this.days = days;
    this.secondsPerDay = secondsPerDay;
  }

  static TallyScope total(ReplicationResult r) {
    return new TallyScope(r, TOTAL, 0, r.days(), 86400);
  }

  static TallyScope cell(ReplicationResult r, int cell, int daysOnWeekday, double intervalSeconds) {
    return new TallyScope(r, CELL, cell, daysOnWeekday, intervalSeconds);
  }

  static TallyScope day(ReplicationResult r, int day) {
    return new TallyScope(r, DAY, day, 1, 86400);
  }

  /** A {@link Tally} field summed over the scope. */
  public double get(int field) {
    return switch (kind) {
      case TOTAL -> result.total(field);
      case CELL -> result.cell(index, field);
      default -> result.day(index, field);
    };
  }

  public int days() {
    return days;
  }

  /** Seconds the scope covers in all. */
  public double seconds() {
    return days * secondsPerDay;
  }

  /** A quantile of answered waits; only the whole-period scope keeps the distribution. */
  public double answeredWaitQuantile(double q) {
    return kind == TOTAL ? result.answeredWaitQuantile(q) : Double.NaN;
  }

  /** {@code numerator / denominator}, NaN when there is nothing to divide by. */
  public static double ratio(double numerator, double denominator) {
    return denominator > 0 ? numerator / denominator : Double.NaN;
  }

}
