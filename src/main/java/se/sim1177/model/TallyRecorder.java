package se.sim1177.model;

import java.util.Arrays;

/**
 * Where a replication adds up what it measures: {@link Tally} fields per weekday × interval cell
 * and per measured day, the time integrals of the nurse and queue counts, and the histogram of
 * answered waits. Only measured days are recorded: every method takes the day an event belongs
 * to, which is -1 during warm-up, and what it adds then goes to scratch places that are never
 * read (a cell, a day, a history row and a histogram bin beyond the real ones), so the model never
 * repeats the guard. The places are found by arithmetic on the day's sign, not by a test: a test
 * that is always true in the warm-up, while the compiler watches the first replication, would
 * throw the compiled event loop away when the measured days begin (issue 22). Shared by the
 * engine and the SSJ reference model, so both measure alike.
 */
public final class TallyRecorder {
  private static final int F = Tally.FIELDS;

  private final int days;
  private final int intervalsPerDay;
  /** Cells of the week; {@link #week} holds as many again and one more after them, as scratch. */
  private final int cells;
  private final double serviceLevelSeconds;
  private final double[] week;
  private final double[] daily;
  /**
   * The {@link DayIntervals#FIELDS} per measured day × interval, for the first replication's
   * {@code history.csv}. The other replications write their counts into one day of it that is
   * never read ({@link #historyDayMask} 0), instead of testing whether to write them: a test that
   * is true all through the first replication and false in the next would, on one thread, throw the
   * compiled event loop away at the first replication's end and have it compiled again.
   */
  private final double[] dayIntervals;
  /** -1 when {@link #dayIntervals} holds every measured day (and a scratch one), 0 when it is the one scratch day. */
  private final int historyDayMask;
  private final boolean recordDayIntervals;
  /** Each cell's interval of the day (the cell modulo the intervals per day), so counting needs no division. */
  private final int[] intervalOfCell;
  private final long[] waitHistogram = WaitHistogram.newCounts();
  private double lastTime;
  private int cell = -1;
  private int day = -1;
  // Integrals of the current interval so far, in nurse-, nurse-, nurse- and caller-seconds.
  private double nurseSeconds;
  private double busySeconds;
  private double overtimeSeconds;
  private double queueSeconds;
  private double chatSeconds;
  /** After the measured period: the integral of the measured attempts still waiting, while the line drains. */
  private double drainQueueSeconds;
  /**
   * The current interval's first attempts and attempts offered so far, moved into its cell with the
   * integrals. Counts are whole numbers, which a double adds exactly in any order (below 2^53), so
   * the tallies are the same to the bit as when each attempt is added where it belongs at once; the
   * commonest event then does two increments instead of six array updates.
   */
  private long firstAttemptsNow;
  private long offeredNow;
  /**
   * Attempts of the current interval answered at once, as {@link #answeredAtOnce} counts them. Their
   * waits are exactly zero, and adding zero to a sum of waits (which starts at +0 and only grows)
   * leaves it as it is, so only their counts go into the tables, when the interval closes.
   */
  private long answeredAtOnceNow;
  /**
   * Of those, first attempts: each is a caller answered ({@link Tally#UNIQUE_ANSWERED}) whose first
   * attempt is in the current interval, counted, like the others, when the interval closes.
   */
  private long firstAnsweredAtOnceNow;

  public TallyRecorder(int intervalsPerDay, int measuredDays, double serviceLevelSeconds) {
    this(intervalsPerDay, measuredDays, serviceLevelSeconds, false);
  }

  /** As above; with {@code recordDayIntervals}, the counts of each measured day's intervals are kept too ({@link DayIntervals}). */
  public TallyRecorder(int intervalsPerDay, int measuredDays, double serviceLevelSeconds, boolean recordDayIntervals) {
    this.intervalsPerDay = intervalsPerDay;
    this.days = measuredDays;
    this.serviceLevelSeconds = serviceLevelSeconds;
    cells = 7 * intervalsPerDay;
    week = new double[(2 * cells + 1) * F];
    daily = new double[(measuredDays + 1) * F];
    this.recordDayIntervals = recordDayIntervals;
    dayIntervals = new double[(recordDayIntervals ? measuredDays + 1 : 1) * intervalsPerDay * DayIntervals.FIELDS];
    historyDayMask = recordDayIntervals ? -1 : 0;
    intervalOfCell = new int[2 * cells + 1];
    for (int c = 0; c < intervalOfCell.length; c++) {
      intervalOfCell[c] = c % intervalsPerDay;
    }
  }

  /**
   * Makes {@code cell} (weekday × intervals per day + interval) on measured day {@code day} (-1 in
   * warm-up) current, after moving the time integrals of the interval that ends into its cell.
   */
  public void openInterval(int cell, int day) {
    closeCurrentInterval();
    this.cell = cell;
    this.day = day;
  }

  /** The current cell. */
  public int cell() {
    return cell;
  }

  /** The current measured day, -1 during warm-up. */
  public int day() {
    return day;
  }

  /**
   * Adds the time since the previous call, weighted by the counts that held during it ({@code busy}
   * nurses working on anything, {@code chatWork} of them on chat), to the
   * current interval's integrals. They are kept in five scalars and moved into the arrays when the
   * interval ends ({@link #openInterval}, {@link #result}), which keeps the per-event work small.
   */
  public void integrate(double t, int onDuty, int busy, int chatWork, int leaving, int waiting) {
    double dt = t - lastTime;
    lastTime = t;
    nurseSeconds += onDuty * dt;
    busySeconds += busy * dt;
    // Nurses on chat work and nurses past their shift's end are none at most events (always none on
    // a line without chat): their products are then +0, which leave a sum of +0 or more as it is,
    // so they are skipped. The tests are taken the same way for long stretches, cheap to predict.
    if (chatWork != 0) {
      chatSeconds += chatWork * dt;
    }
    if (leaving != 0) {
      overtimeSeconds += leaving * dt;
    }
    queueSeconds += waiting * dt;
  }

  /**
   * The measured period is over: the last interval's integrals go into its cell, and nothing that
   * happens from now on (while the line drains) is counted in a cell or day, except what the model
   * records for the attempts that arrived before (their outcomes, in the cell they arrived in).
   */
  public void closeMeasurement(double t) {
    closeCurrentInterval();
    cell = -1;
    day = -1;
    lastTime = t;
  }

  /** While the line drains: adds the time since the previous call, with {@code measuredWaiting} measured attempts waiting. */
  public void integrateDrain(double t, int measuredWaiting) {
    drainQueueSeconds += measuredWaiting * (t - lastTime);
    lastTime = t;
  }

  /** A first attempt in the current interval (warm-up: scratch; while draining: the scratch cell). */
  public void firstAttempt() {
    firstAttemptsNow++;
  }

  /** An attempt offered to the line in the current interval. */
  public void offered() {
    offeredNow++;
  }

  /**
   * An attempt of the current interval answered the moment it came (a wait of exactly zero): the
   * same as {@code answered(cell(), day(), 0)}, counted in a scalar until the interval closes.
   */
  public void answeredAtOnce() {
    answeredAtOnceNow++;
  }

  /**
   * Of the attempts {@link #answeredAtOnce} counts, one that is the caller's first: the same as
   * {@code add(cell(), day(), Tally.UNIQUE_ANSWERED, 1)}, counted in a scalar until the interval closes.
   */
  public void firstAnsweredAtOnce() {
    firstAnsweredAtOnceNow++;
  }

  /** Moves what the current interval counted and integrated into its cell, day and history row. */
  private void closeCurrentInterval() {
    add(cell, day, Tally.FIRST_ATTEMPTS, firstAttemptsNow);
    add(cell, day, Tally.OFFERED, offeredNow);
    add(cell, day, Tally.UNIQUE_ANSWERED, firstAnsweredAtOnceNow);
    flushAnsweredAtOnce();
    firstAttemptsNow = 0;
    offeredNow = 0;
    firstAnsweredAtOnceNow = 0;
    int w = weekRow(cell, day);
    int d = dayRow(day);
    week[w + Tally.NURSE_TIME] += nurseSeconds;
    week[w + Tally.BUSY_TIME] += busySeconds;
    week[w + Tally.OVERTIME] += overtimeSeconds;
    week[w + Tally.QUEUE_TIME] += queueSeconds;
    daily[d + Tally.NURSE_TIME] += nurseSeconds;
    daily[d + Tally.BUSY_TIME] += busySeconds;
    daily[d + Tally.OVERTIME] += overtimeSeconds;
    daily[d + Tally.QUEUE_TIME] += queueSeconds;
    week[w + Tally.CHAT_WORK_TIME] += chatSeconds;
    daily[d + Tally.CHAT_WORK_TIME] += chatSeconds;
    chatSeconds = 0;
    nurseSeconds = 0;
    busySeconds = 0;
    overtimeSeconds = 0;
    queueSeconds = 0;
  }

  /** Adds {@code value} to {@code field} of a cell and day; to scratch during warm-up ({@code day < 0}). */
  public void add(int cell, int day, int field, double value) {
    week[weekRow(cell, day) + field] += value;
    daily[dayRow(day) + field] += value;
    int column = DayIntervals.column(field);
    if (column >= 0) {
      dayIntervals[dayIntervalRow(cell, day) + column] += value;
    }
  }

  /**
   * Where the fields of {@code cell} start in {@link #week}: the cell's own on a measured day; in
   * the warm-up (day -1) a scratch cell past the real ones, also for cell -1 (after the period).
   */
  private int weekRow(int cell, int day) {
    return (cell + ((day >> 31) & (cells + 1))) * F;
  }

  /** Where the fields of {@code day} start in {@link #daily}; the warm-up's (day -1) the scratch day past the last. */
  private int dayRow(int day) {
    return (day + ((day >> 31) & (days + 1))) * F;
  }

  /** Where the counts of ({@code cell}, {@code day}) start in {@link #dayIntervals}; the warm-up's in the scratch day. */
  private int dayIntervalRow(int cell, int day) {
    int warm = day >> 31;
    int d = (day + (warm & (days + 1))) & historyDayMask;
    return (d * intervalsPerDay + intervalOfCell[cell + (warm & (cells + 1))]) * DayIntervals.FIELDS;
  }

  /** What {@link #answered} adds for {@link #answeredAtOnceNow} waits of zero, less the zeros added to the sums of waits. */
  private void flushAnsweredAtOnce() {
    long k = answeredAtOnceNow;
    answeredAtOnceNow = 0;
    add(cell, day, Tally.ANSWERED, k);
    add(cell, day, Tally.ANSWERED_WITHIN, 0 <= serviceLevelSeconds ? k : 0);
    int bin = WaitHistogram.bin(0);
    waitHistogram[bin + ((day >> 31) & (WaitHistogram.SCRATCH - bin))] += k;
  }

  /** An attempt that arrived in ({@code cell}, {@code day}; scratch during warm-up) was answered after {@code wait} seconds. */
  public void answered(int cell, int day, double wait) {
    int w = weekRow(cell, day);
    int d = dayRow(day);
    week[w + Tally.ANSWERED] += 1;
    week[w + Tally.WAIT_ANSWERED] += wait;
    week[w + Tally.WAIT_ALL] += wait;
    daily[d + Tally.ANSWERED] += 1;
    daily[d + Tally.WAIT_ANSWERED] += wait;
    daily[d + Tally.WAIT_ALL] += wait;
    if (wait <= serviceLevelSeconds) {
      week[w + Tally.ANSWERED_WITHIN] += 1;
      daily[d + Tally.ANSWERED_WITHIN] += 1;
    }
    int row = dayIntervalRow(cell, day);
    dayIntervals[row + DayIntervals.ANSWERED] += 1;
    dayIntervals[row + DayIntervals.WAIT_ANSWERED] += wait;
    if (wait <= serviceLevelSeconds) {
      dayIntervals[row + DayIntervals.ANSWERED_WITHIN] += 1;
    }
    int bin = WaitHistogram.bin(wait);
    waitHistogram[bin + ((day >> 31) & (WaitHistogram.SCRATCH - bin))]++;
  }

  /** An attempt that arrived in ({@code cell}, {@code day}; scratch during warm-up) abandoned after {@code wait} seconds. */
  public void abandoned(int cell, int day, double wait) {
    add(cell, day, Tally.ABANDONED, 1);
    add(cell, day, Tally.WAIT_ALL, wait);
    add(cell, day, Tally.WAIT_ABANDONED, wait);
  }

  /** An attempt that arrived in ({@code cell}, {@code day}; scratch during warm-up) is still waiting, {@code wait} seconds so far, at the end. */
  public void stillWaiting(int cell, int day, double wait) {
    add(cell, day, Tally.STILL_WAITING, 1);
    add(cell, day, Tally.WAIT_ALL, wait);
  }

  /** A chat that arrived in ({@code cell}, {@code day}) got its first response after {@code response} seconds. */
  public void chatAnswered(int cell, int day, double response, boolean withinThreshold) {
    add(cell, day, Tally.CHAT_ANSWERED, 1);
    add(cell, day, Tally.CHAT_RESPONSE_SUM, response);
    if (withinThreshold) {
      add(cell, day, Tally.CHAT_RESPONDED_WITHIN, 1);
    }
  }

  /**
   * The finished tallies, with the replication's counts of events, call attempts and chats, its
   * mean event-set size, and how long the line took to drain ({@code drainSeconds}; {@code cutOff}
   * when callers were still waiting at the drain's limit).
   */
  public ReplicationResult result(long events, long callAttempts, long chats, double meanPendingEvents,
      double drainSeconds, boolean cutOff) {
    closeCurrentInterval();
    return new ReplicationResult(intervalsPerDay, days, week, daily, waitHistogram, events, callAttempts, chats,
        meanPendingEvents, new ReplicationResult.Drain(drainSeconds, cutOff, drainQueueSeconds))
        .withDayIntervals(recordDayIntervals
            ? new DayIntervals(days, intervalsPerDay, Arrays.copyOf(dayIntervals, days * intervalsPerDay * DayIntervals.FIELDS))
            : null);
  }
}
