package se.sim1177.model;

/**
 * The kinds of event in a replication, as the small integers the event loop switches on (an enum
 * would cost a lookup per event), in tie-break order: at equal times the lower number runs first,
 * then the event scheduled first. The four sources of events (the event queue, the callers' and
 * the chats' patience timers, and the next first call attempt) are merged in this order.
 */
public final class EventType {
  private EventType() {}

  // Event types, in tie-break order at equal times. A new interval (and day) is opened before
  // anything else happens in it; a shift ends before the next one starts (a 00:00-24:00 shift hands
  // over to itself at midnight) and before a nurse finishing a task at that moment picks up
  // another; the chat opens after the shifts that staff it have started; a call arriving at the
  // same time as other events is handled last.
  public static final int BOUNDARY = 0;
  public static final int SHIFT_END = 1;
  public static final int SHIFT_START = 2;
  public static final int CHAT_CLOSE = 3;
  public static final int CHAT_OPEN = 4;
  /**
   * Residents' view of the line at an interval's start (chat.choice): after the shifts and the chat
   * hours that change at that moment, so the announced wait counts the nurses then on duty.
   */
  public static final int RESIDENTS_CHOOSE = 5;
  public static final int SERVICE_END = 6;
  public static final int CHAT_WORK_END = 7;
  public static final int CHAT_SESSION_END = 8;
  /** Patience timers are not in the event queue, but their place in the tie-break order is fixed. */
  public static final int ABANDON = 9;
  public static final int CHAT_ABANDON = 10;
  public static final int REDIAL = 11;
  /** A callback that did not reach the resident goes back to the callback queue. */
  public static final int CALLBACK_RETRY = 12;
  public static final int CHAT_ARRIVAL = 13;

  /** A first call attempt: kept outside the event queue, it runs after everything else at its time. */
  public static final int FIRST_ATTEMPT = 14;
}
