package se.sim1177.model;

import static se.sim1177.model.EventType.ABANDON;
import static se.sim1177.model.EventType.BOUNDARY;
import static se.sim1177.model.EventType.CALLBACK_RETRY;
import static se.sim1177.model.EventType.CHAT_ABANDON;
import static se.sim1177.model.EventType.CHAT_ARRIVAL;
import static se.sim1177.model.EventType.CHAT_CLOSE;
import static se.sim1177.model.EventType.CHAT_OPEN;
import static se.sim1177.model.EventType.CHAT_SESSION_END;
import static se.sim1177.model.EventType.CHAT_WORK_END;
import static se.sim1177.model.EventType.FIRST_ATTEMPT;
import static se.sim1177.model.EventType.REDIAL;
import static se.sim1177.model.EventType.RESIDENTS_CHOOSE;
import static se.sim1177.model.EventType.SERVICE_END;
import static se.sim1177.model.EventType.SHIFT_END;
import static se.sim1177.model.EventType.SHIFT_START;

import se.sim1177.engine.EventAgenda;
import se.sim1177.engine.StreamFamily;

/**
 * One replication of the 1177 line, phone and 1177 direkt (chat): the parts wired together, and the
 * event loop that takes each event from the {@link EventAgenda} and hands it to the part it
 * concerns.
 *
 * <p>The parts, each with its own state in primitive arrays so the loop allocates nothing per
 * event: the {@link IntervalCalendar} (intervals, days, the day's shifts and chat hours), the
 * {@link ShiftRoster}, the {@link NursePool}, the {@link PhoneLine}, the {@link ChatDesk}, and the
 * {@link TaskRouter} that gives a free nurse her next task. What they measure goes into one
 * {@link TallyRecorder}; their randomness comes from {@link ReplicationStreams}. A contact moving
 * from one channel to the other comes back here as a {@link HandOff} code, so the channels never
 * call each other.
 */
public final class Replication {
  /**
   * The longest the line may take to drain after the measured period: a day, time enough for every
   * queue that is not overloaded without end; what still waits then is counted as still waiting.
   */
  public static final double DRAIN_LIMIT_SECONDS = 86400.0;

  private final double endTime;
  /** Days simulated before the drain: warm-up and measured. */
  private final int days;
  private final EventAgenda agenda;
  private final ReplicationStreams streams;
  private final TallyRecorder tally;
  private final ReplicationMonitor monitor;
  private final IntervalCalendar calendar;
  private final NursePool nurses;
  private final GroupTally groupTally;
  private final ShiftRoster roster;
  private final PhoneLine phone;
  private final ChatDesk chat;
  private final TaskRouter router;
  /** What residents see of the phone when they choose the chat; null when the share is fixed. */
  private final ResidentChoice choice;

  /** Prepares replication {@code replication} of {@code model} with streams from {@code streams}, unbounded. */
  public Replication(CallCentreModel model, StreamFamily streams, int replication) {
    this(model, streams, replication, ReplicationMonitor.unbounded());
  }

  /**
   * Prepares replication {@code replication} of {@code model} with streams from {@code streams};
   * it stops with {@link LineOverloadedException} when more callers are in the line at once than
   * {@code monitor} allows, and tells the monitor each simulated day it finishes.
   */
  public Replication(CallCentreModel model, StreamFamily streams, int replication, ReplicationMonitor monitor) {
    this.monitor = monitor;
    days = model.warmupDays + model.measuredDays;
    endTime = days * 86400.0;
    // The calendar's events (boundaries, shifts and breaks, chat hours, residents' choice) are the
    // types below the service end, in a queue of their own.
    agenda = new EventAgenda(1024, new int[] {ABANDON, CHAT_ABANDON}, new int[] {256, 64}, FIRST_ATTEMPT, SERVICE_END);
    this.streams = new ReplicationStreams(model, streams, replication);
    // The first replication keeps each day's intervals too, for history.csv.
    tally = new TallyRecorder(model.intervalsPerDay(), model.measuredDays, model.serviceLevelSeconds, replication == 0);
    calendar = new IntervalCalendar(model, agenda, tally, monitor);
    groupTally = new GroupTally(model.staff.groups, model.warmupDays * 86400.0, endTime);
    nurses = new NursePool(model.staff, model.startWeekday, groupTally);
    roster = new ShiftRoster(model.staff, this.streams.absence, nurses, groupTally);
    int bound = monitor.maxCallers();
    phone = new PhoneLine(model.phone, this.streams, nurses, agenda, agenda.timers(0), tally, bound, replication);
    chat = new ChatDesk(model.chat, this.streams, nurses, agenda, agenda.timers(1), tally, endTime, bound, replication);
    router = new TaskRouter(model.staff, nurses, phone, chat);
    choice = model.chat.choice == null ? null : new ResidentChoice(model.chat.choice, model.chat.adoption, model);
  }

  /**
   * Runs the replication: the warm-up and the measured period, then the drain, and returns what it
   * measured. At the end of the measured period no new contact arrives; the line goes on (shifts,
   * chat hours, redials of callers who tried in the period) until nobody waits any more, for a
   * nurse, a callback or a redial, or until {@link #DRAIN_LIMIT_SECONDS} have passed. Every attempt
   * is counted in the interval and day it arrived, so its outcome counts even when it comes in the
   * drain; callers still waiting at the limit are counted as still waiting.
   */
  public ReplicationResult run() {
    calendar.start();
    agenda.setNextArrival(streams.phoneArrivals.advance());
    chat.start();
    final double end = endTime;
    // Day by day, so that the agenda's "nothing more before the end" is met every simulated day,
    // long before the JIT compiles this loop: met first at the end of the run, it would throw the
    // compiled loop away there and have it compiled again (docs/performance.md). The events and
    // their order are the same as in one loop to the end.
    for (int day = 1; day < days; day++) {
      runUntil(day * 86400.0);
    }
    lastDay();
    runUntil(end);
    calendar.dropBoundaryAtEnd();
    integrate(end);
    monitor.dayDone();
    return drain(end);
  }

  /**
   * The last day starts: its midnight boundary (the next event: the lowest type at that time), then
   * the roster of the day after the run, for the drain. A method of its own, called once, so that
   * the loop never tests for the last day.
   */
  private void lastDay() {
    int type = agenda.next(endTime);
    if (type != BOUNDARY || agenda.time() != (days - 1) * 86400.0) {
      throw new IllegalStateException("the last day does not start with its boundary: event type " + type);
    }
    integrate(agenda.time());
    dispatch(type, agenda.time(), agenda.payload());
    calendar.scheduleDayAfterEnd();
  }

  /** Takes every event before {@code until} in turn and hands it to the part it concerns. */
  private void runUntil(double until) {
    while (true) {
      int type = agenda.next(until);
      if (type == EventAgenda.END) {
        return;
      }
      double t = agenda.time();
      integrate(t);
      dispatch(type, t, agenda.payload());
    }
  }

  /**
   * After the measured period: the line drains (see {@link #run}), then what the replication
   * measured is returned. A method of its own, so that the JIT's inlining budget for the hot loop
   * in {@link #run} is not spent on this one.
   */
  private ReplicationResult drain(double end) {
    tally.closeMeasurement(end);
    agenda.setNextArrival(Double.POSITIVE_INFINITY);
    double limit = end + DRAIN_LIMIT_SECONDS;
    double last = end;
    while (!(phone.drained() && chat.drained())) {
      int type = agenda.next(limit);
      if (type == EventAgenda.END) {
        last = limit;
        break;
      }
      last = agenda.time();
      tally.integrateDrain(last, phone.measuredWaiting());
      dispatch(type, last, agenda.payload());
    }
    tally.integrateDrain(last, phone.measuredWaiting());
    boolean cutOff = !(phone.drained() && chat.drained());
    phone.countStillWaiting(last);
    chat.countStillWaiting();
    return tally.result(agenda.taken(), phone.attempts(), chat.contacts(), agenda.meanPending(), last - end, cutOff)
        .withGroups(groupTally.sums()).withChoiceTrace(choice == null ? null : choice.trace());
  }

  /**
   * Hands the event of {@code type} at {@code t} to the part it concerns. Each case is one call, so
   * that the switch stays under the JIT's size limit for inlining a hot method (325 bytes of
   * bytecode) and is compiled into the loop rather than called once per event. The launcher has
   * C2 keep {@link #callArrives} and {@link #phoneWorkEnds}, the two commonest events, as pieces
   * of their own, called from here ({@code -XX:CompileCommand=dontinline}): all in one piece, the
   * compilation ran out of C2's node budget and took long enough that the handlers were compiled
   * again on their own meanwhile (docs/performance.md, "The loop compiled in three pieces").
   */
  private void dispatch(int type, double t, long payload) {
    switch (type) {
      case FIRST_ATTEMPT, REDIAL -> callArrives(type, t, (int) payload);
      case ABANDON -> phone.abandon(t, (int) payload);
      case CHAT_ABANDON -> chat.abandon((int) payload);
      case BOUNDARY -> intervalStarts(t, (int) payload);
      case SHIFT_END -> shiftEnds(t, (int) payload);
      case SHIFT_START -> shiftStarts(t, (int) payload);
      case CHAT_CLOSE -> chat.closes();
      case CHAT_OPEN -> chat.opens(t);
      case SERVICE_END -> phoneWorkEnds(t, (int) payload);
      case CHAT_WORK_END -> chatWorkEnds(t, (int) payload);
      case CHAT_SESSION_END -> chatSessionEnds(t, (int) (payload >>> 32), (int) payload);
      case CALLBACK_RETRY -> phone.callbackRetry(t, (int) payload);
      case CHAT_ARRIVAL -> chatArrival(t);
      case RESIDENTS_CHOOSE -> residentsChoose(t, (int) payload);
      default -> throw new IllegalStateException("unknown event type " + type);
    }
  }

  /**
   * A first attempt or a redial ({@code c}, the caller; the arrival's payload is 0): one call site
   * for both, so the JIT inlines the phone line's handling of an attempt once (see
   * {@link PhoneLine#callArrives}).
   */
  private void callArrives(int type, double t, int c) {
    boolean first = type == FIRST_ATTEMPT;
    handOff(t, phone.callArrives(t, first ? -1 : c, chat.takesLinkedChats(t)));
    if (first) {
      agenda.setNextArrival(streams.phoneArrivals.advance());
    }
  }

  /**
   * Interval {@code k} starts: the calendar's work; when residents react to the line, their view of
   * it follows at the same moment, after the shifts and chat hours that change then.
   */
  private void intervalStarts(double t, int k) {
    calendar.boundary(k);
    if (choice != null) {
      agenda.schedule(t, RESIDENTS_CHOOSE, k);
    }
  }

  /** The share of residents who choose the chat in interval {@code k}, from what the line shows them now. */
  private void residentsChoose(double t, int k) {
    double share = choice.intervalStarts(k, t, phone);
    phone.chatShare(share);
    chat.residentsShare(k, share);
  }

  private void chatArrival(double t) {
    handOff(t, chat.chatStarts(t));
    chat.scheduleArrival();
  }

  private void phoneWorkEnds(double t, int n) {
    nurses.phoneWorkEnds(t, n);
    router.taskEnds(t, n);
  }

  private void chatWorkEnds(double t, int n) {
    nurses.chatWorkEnds(t, n);
    router.taskEnds(t, n);
  }

  /** Follows a contact from channel to channel until it settles in one. */
  private void handOff(double t, int code) {
    while (code != HandOff.NONE) {
      code = code == HandOff.TO_CHAT ? chat.chatStarts(t, phone.handedOffCell(), phone.handedOffDay())
          : phone.callerFromClosedChat(t, chat.takesLinkedChats(t));
    }
  }

  /** A shift ends, or its nurses go on their break. */
  private void shiftEnds(double t, int payload) {
    if (calendar.isBreak(payload)) {
      roster.breakStarts(t, calendar.shiftOfBreak(payload));
    } else {
      roster.ends(t, payload);
    }
  }

  /** A shift starts, or its nurses come back from their break: each one free hands over to the router. */
  private void shiftStarts(double t, int payload) {
    boolean back = calendar.isBreak(payload);
    int shift = back ? calendar.shiftOfBreak(payload) : payload;
    for (int n = roster.firstNurse(shift), last = roster.endNurse(shift); n < last; n++) {
      if (back ? roster.backFromBreak(t, shift, n) : roster.arrives(t, shift, n)) {
        router.nurseFree(t, n);
      }
    }
  }

  private void chatSessionEnds(double t, int n, int ch) {
    int escalated = chat.sessionEnds(n, ch);
    if (escalated >= 0) {
      phone.escalation(t, chat.escalationTalkU(escalated), chat.escalationAfterCallU(escalated));
      chat.release(escalated);
    }
    router.chatSlotFreed(t, n);
  }

  /** Adds the time since the last event to the integrals of the current interval. */
  private void integrate(double t) {
    tally.integrate(t, nurses.onDuty(), nurses.working(), nurses.chatWorking(), nurses.leaving(), phone.waiting());
  }
}
