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
  /** Nurse-seconds working: phone calls (talk and after-call work, callbacks, escalations) and chat work. */
  public static final int BUSY_TIME = 13;
  /** Nurse-seconds past the end of a shift, finishing a call. */
  public static final int OVERTIME = 14;
  /** Integral of the number of callers waiting, caller-seconds. */
  public static final int QUEUE_TIME = 15;

  /** Chat contacts started: moved from the phone, induced, via the SMS link, self-care included. */
  public static final int CHAT_CONTACTS = 16;
  /** Chat contacts resolved by automated self-care advice, with no nurse. */
  public static final int SELF_CARE_RESOLVED = 17;
  /** Chat contacts that needed a nurse (held until opening included). */
  public static final int CHAT_OFFERED = 18;
  /** Chat contacts that got a nurse's first response. */
  public static final int CHAT_ANSWERED = 19;
  /** Chat contacts that left before a nurse responded (silently or not). */
  public static final int CHAT_ABANDONED = 20;
  /** Chat contacts still waiting for a first response (or held until opening) when the run ended. */
  public static final int CHAT_STILL_WAITING = 21;
  /** Chat contacts that found the chat closed and phoned instead. */
  public static final int CHAT_TO_PHONE = 22;
  /** Sum of first-response times of answered chats, seconds (from the start, or the opening). */
  public static final int CHAT_RESPONSE_SUM = 23;
  /** Answered chats whose first response came within the chat response threshold. */
  public static final int CHAT_RESPONDED_WITHIN = 24;
  /** Waiting callers who accepted a callback. */
  public static final int CALLBACKS = 25;
  /** Waiting callers who accepted the SMS link and left the phone queue for the chat. */
  public static final int CHAT_LINK_ACCEPTED = 26;
  /** Chats that ended with a nurse phoning the resident. */
  public static final int ESCALATIONS = 27;
  /** Nurse-seconds of chat work (nurse time within sessions, and checks of silently abandoned chats). */
  public static final int CHAT_WORK_TIME = 28;

  /**
   * Callers (by the cell and day of their first attempt) who took the SMS link and whose chat got a
   * nurse's response: served, though not on the phone.
   */
  public static final int UNIQUE_SERVED_BY_CHAT = 29;
  /** Callback requests given up after their last call did not reach the resident (an attempt's outcome). */
  public static final int CALLBACK_UNREACHED = 30;
  /**
   * Residents who started in 1177 direkt instead of calling, by their own choice (drawn against the
   * share in effect): with the first attempts that were not chats phoned instead, the residents
   * who chose.
   */
  public static final int CHOSE_CHAT = 31;
  public static final int FIELDS = 32;

  private Tally() {}
}
