package se.sim1177.model;

/**
 * The quantities a replication adds up, per weekday × interval cell and per measured day. Rows
 * are laid out cell-major ({@code cell * FIELDS + field}) so one call's updates touch one cache line.
 *
 * <p>Call outcomes are counted in the interval in which the attempt arrived (the usual call-centre
 * report convention); time integrals (nurse time, busy time, queue length) in the interval in
 * which the time passed.
 */
public final class Tally {
  /** Attempts offered to the line (first attempts and redials). */
  public static final int OFFERED = 0;
  /** Attempts answered by a nurse. */
  public static final int ANSWERED = 1;
  /** Attempts that left the queue when their patience ran out. */
  public static final int ABANDONED = 2;
  /** Attempts that hung up at once rather than wait. */
  public static final int BALKED = 3;
  /** Attempts refused because the queue was closed (full or predicted wait too long). */
  public static final int BLOCKED = 4;
  /** Attempts still in the queue when the run ended. */
  public static final int STILL_WAITING = 5;
  /** First attempts: unique callers. */
  public static final int FIRST_ATTEMPTS = 6;
  /** Unique callers (by first-attempt interval) answered on some attempt. */
  public static final int UNIQUE_ANSWERED = 7;
  /** Attempts answered within the service-level threshold. */
  public static final int ANSWERED_WITHIN = 8;
  /** Sum of waits of answered attempts, seconds. */
  public static final int WAIT_ANSWERED = 9;
  /** Sum of time in queue over all attempts (abandoned up to abandonment, still waiting up to the end), seconds. */
  public static final int WAIT_ALL = 10;
  /** Sum of time to abandonment, seconds. */
  public static final int WAIT_ABANDONED = 11;
  /** Nurse-seconds on duty, overtime included. */
  public static final int NURSE_TIME = 12;
  /** Nurse-seconds handling calls (talk and after-call work). */
  public static final int BUSY_TIME = 13;
  /** Nurse-seconds past the end of a shift, finishing a call. */
  public static final int OVERTIME = 14;
  /** Integral of the number of callers waiting, caller-seconds. */
  public static final int QUEUE_TIME = 15;

  public static final int FIELDS = 16;

  private Tally() {}
}
