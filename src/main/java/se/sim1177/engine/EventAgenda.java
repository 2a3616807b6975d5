package se.sim1177.engine;

/**
 * Every pending event of a replication behind one {@link #next}: the {@link EventQueue} (events
 * scheduled once and never cancelled; the calendar's in one of their own), up to two
 * {@link TimerSet}s (timers usually cancelled before they fire, such as patience), and the next arrival of a stream
 * that always has exactly one pending (kept as a scalar: the commonest event never enters a heap).
 *
 * <p>Each source has an event type; the earliest event runs first and a tie in time goes to the
 * lower type, then (within the event queue and within a timer set) to the one scheduled first.
 * The types of timers and of the arrival are fixed here, so the loop over the sources is a fixed
 * comparison, not a call per source.
 */
public final class EventAgenda {
  /** What {@link #next} returns when nothing is left before the end of the horizon. */
  public static final int END = -1;
  /** {@link #meanPending} samples the events whose count so far ({@link #taken}) has these bits all 0. */
  private static final long SAMPLE_MASK = 1023;

  private final EventQueue queue;
  /**
   * Events of the types below {@link #calendarTypesBelow}: in a simulation, the calendar's few a
   * day (interval boundaries, shifts, opening hours), known ahead and long pending. Kept apart so
   * that the heap the per-call events go through stays as small as the work in hand.
   */
  private final EventQueue calendar;
  private final int calendarTypesBelow;
  private final TimerSet[] timers;
  /**
   * The two timer sets (the second an empty one that never fires, when there is one timer type or
   * none) as fields of their own, so that {@link #next} compares them without a loop over an array.
   */
  private final TimerSet firstTimers;
  private final TimerSet secondTimers;
  private final int firstTimerType;
  private final int secondTimerType;
  private final int arrivalType;
  private double nextArrival = Double.POSITIVE_INFINITY;

  private double time;
  private long payload;
  private long taken;
  private long pendingSum;
  private long pendingSamples;

  /**
   * An empty agenda whose event queue starts with room for {@code queueCapacity} events; timer set
   * {@code i} (at most two) fires events of type {@code timerTypes[i]} (room for ids below {@code timerIds[i]}),
   * and the arrival has type {@code arrivalType}.
   */
  public EventAgenda(int queueCapacity, int[] timerTypes, int[] timerIds, int arrivalType) {
    this(queueCapacity, timerTypes, timerIds, arrivalType, 0);
  }

  /**
   * As above, with the events of types below {@code calendarTypesBelow} in a queue of their own.
   * The order of events is the same either way: the types are disjoint, and within a type the
   * events are in one queue, in the order scheduled.
   */
  public EventAgenda(int queueCapacity, int[] timerTypes, int[] timerIds, int arrivalType, int calendarTypesBelow) {
    if (timerTypes.length != timerIds.length) {
      throw new IllegalArgumentException("one id capacity per timer type");
    }
    if (timerTypes.length > 2) {
      throw new IllegalArgumentException("at most two timer types, not " + timerTypes.length);
    }
    queue = new EventQueue(queueCapacity);
    calendar = new EventQueue(64);
    this.calendarTypesBelow = calendarTypesBelow;
    timers = new TimerSet[timerTypes.length];
    for (int i = 0; i < timers.length; i++) {
      timers[i] = new TimerSet(timerIds[i]);
    }
    this.arrivalType = arrivalType;
    // A set that is never given a timer stays at infinity, so its type never decides a tie.
    firstTimers = timers.length > 0 ? timers[0] : new TimerSet(0);
    secondTimers = timers.length > 1 ? timers[1] : new TimerSet(0);
    firstTimerType = timers.length > 0 ? timerTypes[0] : Integer.MAX_VALUE;
    secondTimerType = timers.length > 1 ? timerTypes[1] : Integer.MAX_VALUE;
  }

  /** Schedules an event of {@code type} at {@code time} with {@code payload}; it cannot be cancelled. */
  public void schedule(double time, int type, long payload) {
    (type < calendarTypesBelow ? calendar : queue).schedule(time, type, payload);
  }

  /** Timer set {@code i}, in the order of the constructor's {@code timerTypes}: set and cancel its timers there. */
  public TimerSet timers(int i) {
    return timers[i];
  }

  /** Sets the time of the next arrival (positive infinity when there is none). */
  public void setNextArrival(double time) {
    nextArrival = time;
  }

  /**
   * Takes the earliest pending event out and returns its type, or {@link #END} when none is due
   * before {@code end} (the event stays pending then). Its time is {@link #time()} and its payload
   * {@link #payload()}: the event queue's payload, a timer's id, or 0 for the arrival (whose next
   * time the caller sets again with {@link #setNextArrival}).
   */
  public int next(double end) {
    double t = queue.nextTime();
    // Read without a test: an empty queue answers infinity and a type above every event's. A test
    // here compiled as a trap on the large region, whose queue first ran empty after the compiler
    // had watched it (issue 22). The type is never what decides then: every tie below is taken
    // only at a finite time.
    int type = queue.nextType();
    int source = -1;
    double c = calendar.nextTime();
    if (c < t || (c == t && c != Double.POSITIVE_INFINITY && calendar.nextType() < type)) {
      t = c;
      type = calendar.nextType();
      source = -2;
    }
    double timer = firstTimers.nextTime();
    if (timer < t || (timer == t && timer != Double.POSITIVE_INFINITY && firstTimerType < type)) {
      t = timer;
      type = firstTimerType;
      source = 0;
    }
    timer = secondTimers.nextTime();
    if (timer < t || (timer == t && timer != Double.POSITIVE_INFINITY && secondTimerType < type)) {
      t = timer;
      type = secondTimerType;
      source = 1;
    }
    if (nextArrival < t || (nextArrival == t && nextArrival != Double.POSITIVE_INFINITY && arrivalType < type)) {
      t = nextArrival;
      type = arrivalType;
      source = 2;
    }
    if (t >= end) {
      return END;
    }
    if ((taken & SAMPLE_MASK) == 0) {
      // Every 1024th event is enough for the mean (only `bench` reads it, to size its floor's
      // event set). Every 16th, as before, cost the loop 5-10 %: a test true once in 16 events is
      // one the processor mispredicts each time (docs/performance.md).
      pendingSum += pending();
      pendingSamples++;
    }
    taken++;
    time = t;
    if (source == -1) {
      payload = queue.nextPayload();
      queue.removeNext();
    } else if (source == -2) {
      payload = calendar.nextPayload();
      calendar.removeNext();
    } else if (source == 0) {
      payload = firstTimers.removeNext();
    } else if (source == 1) {
      payload = secondTimers.removeNext();
    } else {
      payload = 0;
      nextArrival = Double.POSITIVE_INFINITY;
    }
    return type;
  }

  /**
   * Takes out the event queue's next event, which must be of {@code type} at {@code time} with
   * {@code payload}, without counting it as taken: for an event scheduled only to keep a test off
   * the per-event path, and never run.
   */
  public void dropQueued(double time, int type, long payload) {
    EventQueue q = type < calendarTypesBelow ? calendar : queue;
    if (q.isEmpty() || q.nextTime() != time || q.nextType() != type || q.nextPayload() != payload) {
      throw new IllegalStateException("the next queued event is not type " + type + " at " + time);
    }
    q.removeNext();
  }

  /** Time of the event {@link #next} took last. */
  public double time() {
    return time;
  }

  /** Payload of the event {@link #next} took last. */
  public long payload() {
    return payload;
  }

  /** Events waiting in the event queue and the timer sets (the arrival, a scalar, is not counted): the heaps' sizes. */
  public int pending() {
    int n = queue.size() + calendar.size();
    for (TimerSet timer : timers) {
      n += timer.size();
    }
    return n;
  }

  /** Events taken so far. */
  public long taken() {
    return taken;
  }

  /**
   * The mean number of events {@link #pending} just before an event was taken (sampled every 1024th
   * event): the event-set size the loop worked on.
   */
  public double meanPending() {
    return pendingSamples == 0 ? 0 : (double) pendingSum / pendingSamples;
  }
}
