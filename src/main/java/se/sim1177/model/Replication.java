package se.sim1177.model;

import static se.sim1177.model.EventType.ABANDON;
import static se.sim1177.model.EventType.BOUNDARY;
import static se.sim1177.model.EventType.CHAT_ABANDON;
import static se.sim1177.model.EventType.CHAT_ARRIVAL;
import static se.sim1177.model.EventType.CHAT_CLOSE;
import static se.sim1177.model.EventType.CHAT_OPEN;
import static se.sim1177.model.EventType.CHAT_SESSION_END;
import static se.sim1177.model.EventType.CHAT_WORK_END;
import static se.sim1177.model.EventType.REDIAL;
import static se.sim1177.model.EventType.SERVICE_END;
import static se.sim1177.model.EventType.SHIFT_END;
import static se.sim1177.model.EventType.SHIFT_START;

import java.util.Arrays;
import se.sim1177.engine.EventQueue;
import se.sim1177.engine.IdList;
import se.sim1177.engine.LongRing;
import se.sim1177.engine.Mrg32k3a;
import se.sim1177.engine.SlotPool;
import se.sim1177.engine.StampedFifo;
import se.sim1177.engine.StreamFamily;
import se.sim1177.engine.TimerSet;

/**
 * One replication of the 1177 line, phone and 1177 direkt (chat): the mutable state and the event
 * loop.
 *
 * <p>Everything lives in primitive arrays indexed by nurse slot, caller slot or chat slot, so the
 * loop allocates nothing per event (arrays only grow, by doubling, while a queue is longer than
 * ever before). Events come from four places: the next first call attempt, kept as a scalar; the
 * waiting callers' and the waiting chats' patience timers, each in a {@link TimerSet} from which a
 * timer is taken out the moment its contact is answered; and everything else, in the
 * {@link EventQueue}. A tie in time is broken by event type in the order of the constants below,
 * then by scheduling order.
 *
 * <p>A nurse is on duty or not, and at any moment either free or working on one task: a phone call
 * (inbound, callback or escalation), or her own work on one chat. Open chat sessions hold her
 * chat slots but not her attention, so a blended nurse with open chats may take a call.
 */
public final class Replication {
  private static final byte OFF = 0;
  private static final byte ON = 1;
  /** Past the end of the shift, finishing the task in hand and any open chats. */
  private static final byte LEAVING = 2;

  private static final byte FREE = 0;
  private static final byte PHONE_WORK = 1;
  private static final byte CHAT_WORK = 2;

  private static final long OUTBOUND_CALLBACK = 0;
  private static final long OUTBOUND_ESCALATION = 1;

  private final CallCentreModel m;
  private final int ipd;
  private final double endTime;

  private final EventQueue events = new EventQueue(1024);
  private final TimerSet patienceTimers = new TimerSet(256);
  private final TimerSet chatTimers = new TimerSet(64);
  private final Mrg32k3a talkStream;
  private final Mrg32k3a afterCallStream;
  private final Mrg32k3a patienceStream;
  private final Mrg32k3a balkStream;
  private final Mrg32k3a redialStream;
  /** One absence stream per roster shift. */
  private final Mrg32k3a[] absenceStreams;
  private final Mrg32k3a channelStream;
  private final Mrg32k3a chatStream;
  private final Mrg32k3a offerStream;
  private final Mrg32k3a chatToPhoneStream;
  private final double[] busyness;
  private final PiecewiseArrivals phoneArrivals;
  private final PiecewiseArrivals chatArrivals;

  // Nurses, by slot.
  private final byte[] duty;
  private final byte[] work;
  private final int[] openChats;
  private final int[] nurseGroup;
  /** Free nurses who answer the phone, longest free first. */
  private final IdList phoneFree;
  /** Free nurses who answer chat and have a chat slot left, longest free first. */
  private final IdList chatFree;
  /** Nurses on duty and not leaving, per group: the capacity behind the predicted wait. */
  private final int[] groupServing;

  // Callers (across their attempts), by slot; times are seconds from the start of the run, durations seconds.
  private double[] contactArrivalTime;
  private double[] contactTalkSeconds;
  private double[] contactAfterCallSeconds;
  private int[] contactAttempts;
  private int[] contactCell;
  private int[] contactDay;
  private int[] contactFirstCell;
  private int[] contactFirstDay;
  private boolean[] contactCallback;
  private final SlotPool contacts;

  // Chats, by slot; times are seconds from the start of the run, durations seconds.
  private double[] chatStartTime;
  private double[] chatSessionSeconds;
  private double[] chatWorkSeconds;
  private double[] chatPatienceSeconds;
  private double[] chatEscalationTalkSeconds;
  private double[] chatEscalationAfterCallSeconds;
  private boolean[] chatLeavesSilently;
  private boolean[] chatEscalates;
  /** Left silently while waiting: still in the queue as far as the desk knows. */
  private boolean[] chatGhost;
  private int[] chatCell;
  private int[] chatDay;
  private final SlotPool chats;

  // FIFO queues: callers (and callbacks that keep their place), entries of callers who abandoned
  // skipped lazily; callbacks without a place and escalations as (kind, id); chats, like callers;
  // chats held until the desk opens.
  private final StampedFifo phoneQueue;
  private final LongRing outbound = new LongRing(16);
  private final StampedFifo chatQueue;
  private final LongRing held = new LongRing(64);
  private int chatOpenWindows;

  // Counts behind the time integrals.
  private int onDuty;
  private int phoneWorking;
  private int chatWorking;
  private int leaving;

  private double nextArrival;

  private final TallyRecorder tally;
  private final ReplicationMonitor monitor;
  /** The monitor's bound, read once: the most callers, chats or queue entries this replication may hold. */
  private final int maxCallers;
  private final int replication;
  private double now;
  private long eventCount;
  private long attemptCount;
  private long pendingEventsSum;

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
    m = model;
    this.monitor = monitor;
    this.maxCallers = monitor.maxCallers();
    this.replication = replication;
    ipd = model.intervalsPerDay();
    int totalDays = model.warmupDays + model.measuredDays;
    endTime = totalDays * 86400.0;
    // Every stream of the replication at once, so the substream jump is computed once: the
    // model's sources, then one absence stream per roster shift.
    int sources = RandomSource.values().length;
    int[] wanted = new int[sources + model.shifts.length];
    for (int i = 0; i < wanted.length; i++) {
      wanted[i] = i < sources ? i : CallCentreModel.absenceSource(i - sources);
    }
    Mrg32k3a[] stream = streams.streams(wanted, replication);
    talkStream = stream[RandomSource.TALK_TIME.ordinal()];
    afterCallStream = stream[RandomSource.AFTER_CALL_WORK.ordinal()];
    patienceStream = stream[RandomSource.PATIENCE.ordinal()];
    balkStream = stream[RandomSource.BALK.ordinal()];
    redialStream = stream[RandomSource.REDIAL.ordinal()];
    absenceStreams = Arrays.copyOfRange(stream, sources, wanted.length);
    channelStream = stream[RandomSource.CHANNEL.ordinal()];
    chatStream = stream[RandomSource.CHAT.ordinal()];
    offerStream = stream[RandomSource.CALLER_OFFERS.ordinal()];
    chatToPhoneStream = stream[RandomSource.CHAT_TO_PHONE.ordinal()];
    Mrg32k3a busynessStream = stream[RandomSource.DAY_BUSYNESS.ordinal()];
    busyness = new double[totalDays];
    for (int d = 0; d < totalDays; d++) {
      double u = busynessStream.nextDouble();
      busyness[d] = model.busynessShape > 0 ? GammaInverse.standard(model.busynessShape, u) / model.busynessShape : 1.0;
    }
    phoneArrivals = new PiecewiseArrivals(model.arrivals.weekRates(), ipd, model.startWeekday, busyness,
        stream[RandomSource.ARRIVALS.ordinal()]);
    chatArrivals = new PiecewiseArrivals(model.chatWeekRates, model.chatIntervalsPerDay, model.startWeekday, busyness,
        stream[RandomSource.CHAT_ARRIVALS.ordinal()]);

    int slots = model.nurseSlots;
    duty = new byte[slots];
    work = new byte[slots];
    openChats = new int[slots];
    nurseGroup = new int[slots];
    phoneFree = new IdList(slots);
    chatFree = new IdList(slots);
    groupServing = new int[model.groups];
    for (RosterShift s : model.shifts) {
      Arrays.fill(nurseGroup, s.firstSlot(), s.firstSlot() + s.nurses(), s.group());
    }
    contacts = new SlotPool(maxCallers);
    chats = new SlotPool(maxCallers);
    phoneQueue = new StampedFifo(0, 256);
    chatQueue = new StampedFifo(0, 64);
    growContacts(contacts.growTo(256));
    growChats(chats.growTo(m.chatDesk ? 64 : 4));
    tally = new TallyRecorder(ipd, model.measuredDays, model.serviceLevelSeconds);
  }

  /** Runs the replication to the end of its horizon and returns what it measured. */
  public ReplicationResult run() {
    events.schedule(0.0, BOUNDARY, 0);
    nextArrival = phoneArrivals.advance();
    if (m.chatArrivals) {
      scheduleChatArrival(chatArrivals.advance());
    }
    final double end = endTime;
    while (true) {
      double next = events.nextTime();
      int type = next < Double.POSITIVE_INFINITY ? events.nextType() : Integer.MAX_VALUE;
      double timer = patienceTimers.nextTime();
      if (timer < next || (timer == next && timer != Double.POSITIVE_INFINITY && ABANDON < type)) {
        next = timer;
        type = ABANDON;
      }
      double chatTimer = chatTimers.nextTime();
      if (chatTimer < next || (chatTimer == next && chatTimer != Double.POSITIVE_INFINITY && CHAT_ABANDON < type)) {
        next = chatTimer;
        type = CHAT_ABANDON;
      }
      if (nextArrival < next) {
        if (nextArrival >= end) {
          break;
        }
        double t = nextArrival;
        integrate(t);
        eventCount++;
        pendingEventsSum += events.size() + patienceTimers.size();
        firstAttempt(t);
        nextArrival = phoneArrivals.advance();
        continue;
      }
      if (next >= end) {
        break;
      }
      integrate(next);
      eventCount++;
      pendingEventsSum += events.size() + patienceTimers.size();
      if (type == ABANDON) {
        abandon(next, patienceTimers.removeNext());
        continue;
      }
      if (type == CHAT_ABANDON) {
        chatAbandon(chatTimers.removeNext());
        continue;
      }
      long payload = events.nextPayload();
      events.removeNext();
      switch (type) {
        case BOUNDARY -> boundary((int) payload);
        case SHIFT_END -> shiftEnd((int) payload);
        case SHIFT_START -> shiftStart(next, (int) payload);
        case CHAT_CLOSE -> chatOpenWindows--;
        case CHAT_OPEN -> chatOpens(next);
        case SERVICE_END -> phoneWorkEnds(next, (int) payload);
        case CHAT_WORK_END -> chatWorkEnds(next, (int) payload);
        case CHAT_SESSION_END -> chatSessionEnds(next, (int) (payload >>> 32), (int) payload);
        case REDIAL -> redial(next, (int) payload);
        case CHAT_ARRIVAL -> {
          chatStarts(next);
          scheduleChatArrival(chatArrivals.advance());
        }
        default -> throw new IllegalStateException("unknown event type " + type);
      }
    }
    integrate(end);
    monitor.dayDone();
    countStillWaiting(end);
    return tally.result(eventCount, attemptCount, pendingEventsSum);
  }

  // ---- phone: callers and their attempts ------------------------------------------------------

  private void firstAttempt(double t) {
    int c = newContact();
    // Everything about the caller is drawn now, used or not, to keep common random numbers in step.
    double talk = m.talkTime.inverse(talkStream.nextDouble());
    double afterCall = m.afterCallWork.inverse(afterCallStream.nextDouble());
    double patience = m.patience.inverse(patienceStream.nextDouble());
    double balkDraw = balkStream.nextDouble();
    if (m.chatArrivals && channelStream.nextDouble() < m.adoption) {
      // This resident starts in 1177 direkt instead; the chat arrival process brings those chats.
      releaseContact(c);
      return;
    }
    newCaller(t, c, talk, afterCall, patience, balkDraw);
  }

  /** A resident who found the chat closed phones instead: a new caller, drawn from a stream of its own. */
  private void callerFromClosedChat(double t) {
    int c = newContact();
    double talk = m.talkTime.inverse(chatToPhoneStream.nextDouble());
    double afterCall = m.afterCallWork.inverse(chatToPhoneStream.nextDouble());
    double patience = m.patience.inverse(chatToPhoneStream.nextDouble());
    newCaller(t, c, talk, afterCall, patience, chatToPhoneStream.nextDouble());
  }

  private void newCaller(double t, int c, double talk, double afterCall, double patience, double balkDraw) {
    int cell = tally.cell();
    int day = tally.day();
    contactAttempts[c] = 1;
    contactArrivalTime[c] = t;
    contactCell[c] = cell;
    contactDay[c] = day;
    contactFirstCell[c] = cell;
    contactFirstDay[c] = day;
    contactTalkSeconds[c] = talk;
    contactAfterCallSeconds[c] = afterCall;
    tally.add(cell, day, Tally.FIRST_ATTEMPTS, 1);
    attempt(t, c, patience, balkDraw);
  }

  private void redial(double t, int c) {
    contactAttempts[c]++;
    contactArrivalTime[c] = t;
    contactCell[c] = tally.cell();
    contactDay[c] = tally.day();
    double patience = m.patience.inverse(redialStream.nextDouble());
    double balkDraw = redialStream.nextDouble();
    attempt(t, c, patience, balkDraw);
  }

  /**
   * One call attempt reaches the line: answered at once, balks, is blocked, takes a callback or the
   * SMS link to the chat, or queues.
   */
  private void attempt(double t, int c, double patience, double balkDraw) {
    int day = tally.day();
    int cell = tally.cell();
    attemptCount++;
    tally.add(cell, day, Tally.OFFERED, 1);
    int n = phoneFree.head();
    if (n >= 0) {
      takeNurse(n);
      answer(t, c, n);
      return;
    }
    if (balkDraw < m.balkProbability) {
      tally.add(cell, day, Tally.BALKED, 1);
      redialOrLeave(t, c);
      return;
    }
    if (phoneQueue.validCount() >= m.maxWaiting
        || (m.maxPredictedWaitSeconds != Double.POSITIVE_INFINITY && predictedWait() > m.maxPredictedWaitSeconds)) {
      tally.add(cell, day, Tally.BLOCKED, 1);
      redialOrLeave(t, c);
      return;
    }
    if ((m.chatLinkOffered || m.callbackOffered) && offerTaken(t, c, cell, day)) {
      return;
    }
    enqueuePhone(c);
    patienceTimers.set(c, t + patience);
  }

  /**
   * Offers to a caller who would have to wait, as the queue announcement makes them: first the SMS
   * link to the chat (only while the chat is open), then a callback. Returns true when the caller
   * took one and so does not wait on the line.
   */
  private boolean offerTaken(double t, int c, int cell, int day) {
    double predicted = predictedWait();
    if (m.chatLinkOffered && chatOpenWindows > 0 && predicted > m.chatLinkOverSeconds
        && offerStream.nextDouble() < m.chatLinkAccept) {
      tally.add(cell, day, Tally.CHAT_LINK_ACCEPTED, 1);
      releaseContact(c);
      chatStarts(t);
      return true;
    }
    if (m.callbackOffered && predicted > m.callbackOverSeconds && offerStream.nextDouble() < m.callbackAccept) {
      tally.add(cell, day, Tally.CALLBACKS, 1);
      contactCallback[c] = true;
      if (m.callbackKeepsPlace) {
        enqueuePhone(c);
      } else {
        outbound.addLast((OUTBOUND_CALLBACK << 32) | c);
      }
      return true;
    }
    return false;
  }

  /**
   * What a queue announcement would tell a new caller: with k callers ahead (callbacks that keep
   * their place included) and every nurse who answers the phone busy, the caller is answered at
   * the (k+1)-th call completion, and completions come at the total rate Σ 1 / (mean handling
   * time) of those nurses.
   */
  private double predictedWait() {
    double rate = 0;
    for (int g = 0; g < groupServing.length; g++) {
      if (m.groupAnswersPhone[g]) {
        rate += groupServing[g] * m.groupServiceRate[g];
      }
    }
    return rate > 0 ? (phoneQueue.validCount() + 1) / rate : Double.POSITIVE_INFINITY;
  }

  /** Caller {@code c}'s patience ran out while waiting (an answered caller's timer is cancelled). */
  private void abandon(double t, int c) {
    phoneQueue.invalidate(c);
    int day = contactDay[c];
    tally.abandoned(contactCell[c], day, t - contactArrivalTime[c]);
    redialOrLeave(t, c);
  }

  private void redialOrLeave(double t, int c) {
    if (contactAttempts[c] < m.maxAttempts && m.redialProbability > 0
        && redialStream.nextDouble() < m.redialProbability) {
      double delay = m.redialDelay.inverse(redialStream.nextDouble());
      events.schedule(t + delay, REDIAL, c);
      return;
    }
    releaseContact(c);
  }

  /** Nurse {@code n} (taken off the free lists) answers caller {@code c}, or calls them back. */
  private void answer(double t, int c, int n) {
    double w = t - contactArrivalTime[c];
    tally.answered(contactCell[c], contactDay[c], w);
    tally.add(contactFirstCell[c], contactFirstDay[c], Tally.UNIQUE_ANSWERED, 1);
    startPhoneWork(t, n, contactTalkSeconds[c], contactAfterCallSeconds[c]);
    releaseContact(c);
  }

  private void startPhoneWork(double t, int n, double talk, double afterCall) {
    work[n] = PHONE_WORK;
    phoneWorking++;
    events.schedule(t + (talk * m.groupHandleFactor[nurseGroup[n]] + afterCall), SERVICE_END, n);
  }

  /** An outbound call (a callback without a kept place, or a chat's escalation) for the first free phone nurse. */
  private void outboundTask(double t, long kind, int id) {
    int n = phoneFree.head();
    if (n >= 0) {
      takeNurse(n);
      callOut(t, n, kind, id);
    } else {
      outbound.addLast((kind << 32) | id);
    }
  }

  private void callOut(double t, int n, long kind, int id) {
    if (kind == OUTBOUND_CALLBACK) {
      answer(t, id, n);
    } else {
      startPhoneWork(t, n, chatEscalationTalkSeconds[id], chatEscalationAfterCallSeconds[id]);
      releaseChat(id);
    }
  }

  // ---- 1177 direkt ------------------------------------------------------------------------------

  private void scheduleChatArrival(double t) {
    if (t < endTime) {
      events.schedule(t, CHAT_ARRIVAL, 0);
    }
  }

  /** A resident starts a chat (on their own, or from the phone queue's SMS link). */
  private void chatStarts(double t) {
    int ch = newChat();
    // Everything about the chat is drawn now, used or not, to keep common random numbers in step.
    boolean selfCare = chatStream.nextDouble() < m.selfCareAutomated;
    chatSessionSeconds[ch] = m.chatSession.inverse(chatStream.nextDouble());
    chatWorkSeconds[ch] = m.chatNurseTime.inverse(chatStream.nextDouble());
    chatPatienceSeconds[ch] = m.chatPatience.inverse(chatStream.nextDouble());
    chatLeavesSilently[ch] = chatStream.nextDouble() < m.silentAbandon;
    chatEscalates[ch] = chatStream.nextDouble() < m.escalateToPhone;
    chatEscalationTalkSeconds[ch] = m.talkTime.inverse(chatStream.nextDouble());
    chatEscalationAfterCallSeconds[ch] = m.afterCallWork.inverse(chatStream.nextDouble());
    chatGhost[ch] = false;
    attemptCount++; // a chat is a contact simulated, like a call attempt
    int cell = tally.cell();
    int day = tally.day();
    chatCell[ch] = cell;
    chatDay[ch] = day;
    tally.add(cell, day, Tally.CHAT_CONTACTS, 1);
    if (selfCare) {
      tally.add(cell, day, Tally.SELF_CARE_RESOLVED, 1);
      releaseChat(ch);
      return;
    }
    if (chatOpenWindows == 0 && m.outsideOpenPhone) {
      tally.add(cell, day, Tally.CHAT_TO_PHONE, 1);
      releaseChat(ch);
      callerFromClosedChat(t);
      return;
    }
    tally.add(cell, day, Tally.CHAT_OFFERED, 1);
    if (chatOpenWindows == 0) {
      held.addLast(ch);
    } else {
      offerChat(t, ch);
    }
  }

  /** Chat {@code ch} asks for a nurse from {@code t} on: its response clock and patience start now. */
  private void offerChat(double t, int ch) {
    chatStartTime[ch] = t;
    int n = chatFree.head();
    if (n >= 0) {
      takeNurse(n);
      assignChat(t, ch, n);
      return;
    }
    if (chatQueue.size() >= maxCallers) {
      throw new LineOverloadedException(replication, chatQueue.size(), chatQueue.validCount(), now, true);
    }
    chatQueue.enqueue(ch);
    chatTimers.set(ch, t + chatPatienceSeconds[ch]);
  }

  private void chatOpens(double t) {
    chatOpenWindows++;
    while (chatOpenWindows > 0 && !held.isEmpty()) {
      offerChat(t, (int) held.removeFirst());
    }
  }

  /** Chat {@code ch}'s patience ran out before a nurse responded. */
  private void chatAbandon(int ch) {
    int day = chatDay[ch];
    tally.add(chatCell[ch], day, Tally.CHAT_ABANDONED, 1);
    if (chatLeavesSilently[ch]) {
      chatGhost[ch] = true; // the desk does not know: it stays in the queue until a nurse finds out
      return;
    }
    chatQueue.invalidate(ch);
    releaseChat(ch);
  }

  /** Nurse {@code n} (taken off the free lists) responds to chat {@code ch}. */
  private void assignChat(double t, int ch, int n) {
    double session;
    double nurseWork;
    if (chatGhost[ch]) {
      session = m.silentCheckSeconds;
      nurseWork = m.silentCheckSeconds;
    } else {
      double response = t - chatStartTime[ch];
      tally.chatAnswered(chatCell[ch], chatDay[ch], response, response <= m.chatResponseSeconds);
      session = chatSessionSeconds[ch];
      nurseWork = Math.min(chatWorkSeconds[ch], session);
    }
    work[n] = CHAT_WORK;
    chatWorking++;
    openChats[n]++;
    events.schedule(t + nurseWork, CHAT_WORK_END, n);
    events.schedule(t + session, CHAT_SESSION_END, ((long) n << 32) | ch);
  }

  private void chatSessionEnds(double t, int n, int ch) {
    openChats[n]--;
    if (!chatGhost[ch] && chatEscalates[ch]) {
      int day = chatDay[ch];
      tally.add(chatCell[ch], day, Tally.ESCALATIONS, 1);
      outboundTask(t, OUTBOUND_ESCALATION, ch);
    } else {
      releaseChat(ch);
    }
    if (work[n] == FREE) {
      if (duty[n] == LEAVING) {
        leaveIfDone(n);
      } else if (duty[n] == ON) {
        nurseFree(t, n);
      }
    }
  }

  // ---- nurses -----------------------------------------------------------------------------------

  private void phoneWorkEnds(double t, int n) {
    phoneWorking--;
    work[n] = FREE;
    taskEnds(t, n);
  }

  private void chatWorkEnds(double t, int n) {
    chatWorking--;
    work[n] = FREE;
    taskEnds(t, n);
  }

  private void taskEnds(double t, int n) {
    if (duty[n] == LEAVING) {
      leaveIfDone(n);
    } else {
      nurseFree(t, n);
    }
  }

  /** A leaving nurse goes home once she has no task in hand and no chat open. */
  private void leaveIfDone(int n) {
    if (work[n] == FREE && openChats[n] == 0) {
      duty[n] = OFF;
      leaving--;
      onDuty--;
    }
  }

  /**
   * A nurse on duty with nothing in hand takes the next task from the queue her group serves
   * first, else from the other, else waits on the free lists.
   */
  private void nurseFree(double t, int n) {
    int g = nurseGroup[n];
    if (m.groupPrefersPhone[g]) {
      if (takePhoneTask(t, n) || takeChatTask(t, n)) {
        return;
      }
    } else if (takeChatTask(t, n) || takePhoneTask(t, n)) {
      return;
    }
    if (m.groupAnswersPhone[g] && !phoneFree.contains(n)) {
      phoneFree.append(n);
    }
    if (m.groupAnswersChat[g] && openChats[n] < m.chatConcurrency && !chatFree.contains(n)) {
      chatFree.append(n);
    }
  }

  /** The longest-waiting caller, else the oldest outbound call; false when there is none. */
  private boolean takePhoneTask(double t, int n) {
    if (!m.groupAnswersPhone[nurseGroup[n]]) {
      return false;
    }
    if (phoneQueue.validCount() > 0) {
      int c = phoneQueue.pollValid();
      if (!contactCallback[c]) {
        patienceTimers.cancel(c);
      }
      takeNurse(n);
      answer(t, c, n);
      return true;
    }
    if (!outbound.isEmpty()) {
      long task = outbound.removeFirst();
      takeNurse(n);
      callOut(t, n, task >>> 32, (int) task);
      return true;
    }
    return false;
  }

  /** The longest-waiting chat, if the nurse has a chat slot left; false otherwise. */
  private boolean takeChatTask(double t, int n) {
    if (!m.groupAnswersChat[nurseGroup[n]] || openChats[n] >= m.chatConcurrency || chatQueue.validCount() == 0) {
      return false;
    }
    int ch = chatQueue.pollValid();
    if (!chatGhost[ch]) {
      chatTimers.cancel(ch);
    }
    takeNurse(n);
    assignChat(t, ch, n);
    return true;
  }

  /** Takes a nurse who starts a task off both free lists. */
  private void takeNurse(int n) {
    phoneFree.remove(n);
    chatFree.remove(n);
  }

  private void shiftStart(double t, int shiftIndex) {
    RosterShift s = m.shifts[shiftIndex];
    double absence = m.groupAbsence[s.group()];
    for (int n = s.firstSlot(), last = s.firstSlot() + s.nurses(); n < last; n++) {
      // One draw per scheduled nurse-shift, absent or not, so the stream stays in step.
      if (absenceStreams[shiftIndex].nextDouble() < absence) {
        continue;
      }
      byte state = duty[n];
      if (state == OFF) {
        duty[n] = ON;
        onDuty++;
        groupServing[s.group()]++;
        nurseFree(t, n);
      } else if (state == LEAVING) {
        // The same shift starts again as it ends (a round-the-clock shift): the nurse stays on.
        duty[n] = ON;
        leaving--;
        groupServing[s.group()]++;
        if (work[n] == FREE) {
          nurseFree(t, n);
        }
      }
    }
  }

  private void shiftEnd(int shiftIndex) {
    RosterShift s = m.shifts[shiftIndex];
    for (int n = s.firstSlot(), last = s.firstSlot() + s.nurses(); n < last; n++) {
      if (duty[n] != ON) {
        continue;
      }
      takeNurse(n);
      groupServing[s.group()]--;
      if (work[n] == FREE && openChats[n] == 0) {
        duty[n] = OFF;
        onDuty--;
      } else {
        duty[n] = LEAVING;
        leaving++;
      }
    }
  }

  // ---- clock, intervals, days -----------------------------------------------------------------

  private void boundary(int absoluteInterval) {
    int day = absoluteInterval / ipd;
    int k = absoluteInterval % ipd;
    int weekday = (m.startWeekday + day) % 7;
    int measuredDay = day - m.warmupDays;
    tally.openInterval(weekday * ipd + k, measuredDay >= 0 ? measuredDay : -1);
    if (k == 0) {
      now = day * 86400.0;
      if (day > 0) {
        monitor.dayDone();
      }
      double midnight = day * 86400.0;
      if (day == 0) {
        // Night shifts and chat hours that began the evening before the run are already under way.
        int eve = (weekday + 6) % 7;
        scheduleWindows(m.shifts, -86400.0, eve, SHIFT_START, SHIFT_END);
        if (m.chatUsed) {
          scheduleWindows(m.chatOpen, -86400.0, eve, CHAT_OPEN, CHAT_CLOSE);
        }
      }
      scheduleWindows(m.shifts, midnight, weekday, SHIFT_START, SHIFT_END);
      if (m.chatUsed) {
        // Without chats the desk's hours change nothing; leaving them out keeps such a run
        // identical, bit for bit, to the same line without a chat section.
        scheduleWindows(m.chatOpen, midnight, weekday, CHAT_OPEN, CHAT_CLOSE);
      }
    }
    if (absoluteInterval + 1 < ipd * (m.warmupDays + m.measuredDays)) {
      events.schedule((absoluteInterval + 1) * m.intervalSeconds(), BOUNDARY, absoluteInterval + 1);
    }
  }

  private void scheduleWindows(RosterShift[] windows, double midnight, int weekday, int startType, int endType) {
    for (int i = 0; i < windows.length; i++) {
      RosterShift s = windows[i];
      if ((s.dayMask() & (1 << weekday)) != 0) {
        double start = midnight + s.startSeconds();
        double end = start + s.lengthSeconds();
        if (end > 0) {
          events.schedule(Math.max(0, start), startType, i);
          events.schedule(end, endType, i);
        }
      }
    }
  }

  /** Adds the time since the last event to the integrals of the current interval. */
  private void integrate(double t) {
    tally.integrate(t, onDuty, phoneWorking + chatWorking, chatWorking, leaving, phoneQueue.validCount());
  }

  private void countStillWaiting(double t) {
    for (int i = 0; i < phoneQueue.size(); i++) {
      int c = phoneQueue.validSlotAt(i);
      if (c >= 0) {
        stillWaiting(t, c);
      }
    }
    for (int i = 0; i < outbound.size(); i++) {
      long task = outbound.get(i);
      if (task >>> 32 == OUTBOUND_CALLBACK) {
        stillWaiting(t, (int) task);
      }
    }
    for (int i = 0; i < chatQueue.size(); i++) {
      int ch = chatQueue.validSlotAt(i);
      if (ch >= 0 && !chatGhost[ch] && chatDay[ch] >= 0) {
        tally.add(chatCell[ch], chatDay[ch], Tally.CHAT_STILL_WAITING, 1);
      }
    }
    for (int i = 0; i < held.size(); i++) {
      int ch = (int) held.get(i);
      if (chatDay[ch] >= 0) {
        tally.add(chatCell[ch], chatDay[ch], Tally.CHAT_STILL_WAITING, 1);
      }
    }
  }

  private void stillWaiting(double t, int c) {
    int day = contactDay[c];
    tally.stillWaiting(contactCell[c], day, t - contactArrivalTime[c]);
  }

  // ---- queues and slots -------------------------------------------------------------------------

  /**
   * Adds a waiting caller to the FIFO. Entries of callers who left stay until they reach the head,
   * so the queue can hold more entries than callers wait: it is bounded like the slots.
   */
  private void enqueuePhone(int c) {
    if (phoneQueue.size() >= maxCallers) {
      throw new LineOverloadedException(replication, phoneQueue.size(), phoneQueue.validCount(), now, false);
    }
    phoneQueue.enqueue(c);
  }

  private int newContact() {
    int c = contacts.acquire();
    if (c == SlotPool.EMPTY) {
      growContacts(contacts.grow());
      c = contacts.acquire();
    }
    contactCallback[c] = false;
    return c;
  }

  private void releaseContact(int c) {
    contacts.release(c);
  }

  /** Grows the caller table to the pool's new {@code capacity}; stops the run when the pool is at its bound. */
  private void growContacts(int capacity) {
    if (capacity == SlotPool.AT_BOUND) {
      throw new LineOverloadedException(replication, contacts.capacity(), phoneQueue.validCount(), now, false);
    }
    contactArrivalTime = grow(contactArrivalTime, capacity);
    contactTalkSeconds = grow(contactTalkSeconds, capacity);
    contactAfterCallSeconds = grow(contactAfterCallSeconds, capacity);
    contactAttempts = grow(contactAttempts, capacity);
    contactCell = grow(contactCell, capacity);
    contactDay = grow(contactDay, capacity);
    contactFirstCell = grow(contactFirstCell, capacity);
    contactFirstDay = grow(contactFirstDay, capacity);
    contactCallback = grow(contactCallback, capacity);
    phoneQueue.ensureSlotCapacity(capacity);
    patienceTimers.ensureIdCapacity(capacity);
  }

  private int newChat() {
    int ch = chats.acquire();
    if (ch == SlotPool.EMPTY) {
      growChats(chats.grow());
      ch = chats.acquire();
    }
    return ch;
  }

  private void releaseChat(int ch) {
    chats.release(ch);
  }

  /** Grows the chat table to the pool's new {@code capacity}; stops the run when the pool is at its bound. */
  private void growChats(int capacity) {
    if (capacity == SlotPool.AT_BOUND) {
      throw new LineOverloadedException(replication, chats.capacity(), chatQueue.validCount(), now, true);
    }
    chatStartTime = grow(chatStartTime, capacity);
    chatSessionSeconds = grow(chatSessionSeconds, capacity);
    chatWorkSeconds = grow(chatWorkSeconds, capacity);
    chatPatienceSeconds = grow(chatPatienceSeconds, capacity);
    chatEscalationTalkSeconds = grow(chatEscalationTalkSeconds, capacity);
    chatEscalationAfterCallSeconds = grow(chatEscalationAfterCallSeconds, capacity);
    chatLeavesSilently = grow(chatLeavesSilently, capacity);
    chatEscalates = grow(chatEscalates, capacity);
    chatGhost = grow(chatGhost, capacity);
    chatCell = grow(chatCell, capacity);
    chatDay = grow(chatDay, capacity);
    chatQueue.ensureSlotCapacity(capacity);
    chatTimers.ensureIdCapacity(capacity);
  }

  private static double[] grow(double[] a, int n) {
    return a == null ? new double[n] : Arrays.copyOf(a, n);
  }

  private static int[] grow(int[] a, int n) {
    return a == null ? new int[n] : Arrays.copyOf(a, n);
  }

  private static boolean[] grow(boolean[] a, int n) {
    return a == null ? new boolean[n] : Arrays.copyOf(a, n);
  }
}
