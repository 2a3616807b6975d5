package se.sim1177.model;

/**
 * What one replication measured, as primitive arrays: {@link Tally} fields per weekday × interval
 * cell (summed over the measured days on that weekday) and per measured day, and a histogram of
 * the waits of answered calls ({@link WaitHistogram}).
 */
public final class ReplicationResult {
  private final int intervalsPerDay;
  private final int days;
  private final double[] week;
  private final double[] daily;
  private final long[] waitHistogram;
  private final long events;
  private final long callAttempts;
  private final long chats;
  private final double meanPendingEvents;
  private final Drain drain;
  private double[] groups = new double[0];
  private DayIntervals dayIntervals;
  private double[] choiceTrace;

  /**
   * How the line drained after the measured period: for {@code seconds} (to the last caller's
   * outcome, or to the limit when {@code cutOff}), with {@code queueSeconds} the time integral of
   * the measured attempts still waiting meanwhile (their waits' share after the period).
   */
  public record Drain(double seconds, boolean cutOff, double queueSeconds) {}

  ReplicationResult(int intervalsPerDay, int days, double[] week, double[] daily, long[] waitHistogram, long events,
      long callAttempts, long chats, double meanPendingEvents, Drain drain) {
    this.intervalsPerDay = intervalsPerDay;
    this.days = days;
    this.week = week;
    this.daily = daily;
    this.waitHistogram = waitHistogram;
    this.events = events;
    this.callAttempts = callAttempts;
    this.chats = chats;
    this.meanPendingEvents = meanPendingEvents;
    this.drain = drain;
  }

  public int intervalsPerDay() {
    return intervalsPerDay;
  }

  /** Measured days. */
  public int days() {
    return days;
  }

  /** Field {@code field} in cell {@code weekday × intervalsPerDay + interval}. */
  public double cell(int cell, int field) {
    return week[cell * Tally.FIELDS + field];
  }

  /** Field {@code field} on measured day {@code day}. */
  public double day(int day, int field) {
    return daily[day * Tally.FIELDS + field];
  }

  /** Field {@code field} over the whole measured period. */
  public double total(int field) {
    double sum = 0;
    for (int d = 0; d < days; d++) {
      sum += daily[d * Tally.FIELDS + field];
    }
    return sum;
  }

  /** This result with each measured day's interval counts (the first replication's), or null. */
  ReplicationResult withDayIntervals(DayIntervals recorded) {
    this.dayIntervals = recorded;
    return this;
  }

  /** Each measured day's interval counts: the first replication's only, null in the others. */
  public DayIntervals dayIntervals() {
    return dayIntervals;
  }

  /** This result with the share of residents choosing the chat in effect in each measured interval (null when fixed). */
  ReplicationResult withChoiceTrace(double[] trace) {
    this.choiceTrace = trace;
    return this;
  }

  /**
   * The share of residents choosing the chat in effect in each measured interval, day after day,
   * when they react to the phone; null when the share is fixed.
   */
  public double[] choiceTrace() {
    return choiceTrace;
  }

  /** This result with the per-group figures of {@link GroupTally}, {@link GroupTally#FIELDS} per group. */
  ReplicationResult withGroups(double[] groupSums) {
    this.groups = groupSums;
    return this;
  }

  /** Staff groups with figures (0 for a result made without them). */
  public int groups() {
    return groups.length / GroupTally.FIELDS;
  }

  /** Field {@code field} of {@link GroupTally} for group {@code g} over the measured period (seconds, or a count). */
  public double group(int g, int field) {
    return groups[g * GroupTally.FIELDS + field];
  }

  /** Events processed, warm-up included (first-attempt arrivals count as events). */
  public long events() {
    return events;
  }

  /** Call attempts over the whole run (first attempts, redials, residents who phoned because the chat was closed), warm-up included. */
  public long callAttempts() {
    return callAttempts;
  }

  /** Chats started over the whole run, warm-up included. */
  public long chats() {
    return chats;
  }

  /** Call attempts and chats: the contacts simulated, the unit of the benchmarks' cost per call. */
  public long contacts() {
    return callAttempts + chats;
  }

  /** How the line drained after the measured period. */
  public Drain drain() {
    return drain;
  }

  /** Mean number of events pending (event queue and patience timers) when an event was taken: the event-set size the loop works on. */
  public double meanPendingEvents() {
    return meanPendingEvents;
  }

  /**
   * The q-quantile of the waits of answered calls, interpolating within the histogram's bins
   * (exact to the second below {@link WaitHistogram#LINEAR_SECONDS}, to 0.1 % above); NaN when no
   * call was answered, or when the quantile lies beyond the histogram's range rather than a capped value.
   */
  public double answeredWaitQuantile(double q) {
    return WaitHistogram.quantile(waitHistogram, q);
  }
}
