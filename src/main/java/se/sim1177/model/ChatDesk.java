package se.sim1177.model;

import static se.sim1177.model.EventType.CHAT_ARRIVAL;
import static se.sim1177.model.EventType.CHAT_SESSION_END;
import static se.sim1177.model.EventType.CHAT_WORK_END;

import se.sim1177.engine.EventAgenda;
import se.sim1177.engine.LongRing;
import se.sim1177.engine.Xoshiro256PlusPlus;
import se.sim1177.engine.StampedFifo;
import se.sim1177.engine.TimerSet;

/**
 * 1177 direkt, the chat desk of one replication: chats that start (on a resident's own, or from the
 * phone queue's SMS link), self-care resolved without a nurse, chats held while the desk is
 * closed, the queue with its patience timers and silent leavers, sessions open on a nurse's chat
 * slots, and escalations to a call.
 *
 * <p>A resident who finds the desk closed and phones instead, and a chat that ends in a call, go
 * back to the loop ({@link HandOff#TO_PHONE}, {@link #sessionEnds}'s return): the desk never calls
 * the phone line.
 */
final class ChatDesk {
  private final ChatSettings s;
  private final NursePool nurses;
  private final EventAgenda agenda;
  private final TimerSet patienceTimers;
  private final TallyRecorder tally;
  private final Xoshiro256PlusPlus stream;
  private final PiecewiseArrivals arrivals;
  private final double endTime;

  private final ChatTable chats;
  /** Chats waiting for a nurse, first come first served; entries of chats that left are skipped lazily. */
  private final StampedFifo queue = new StampedFifo(0, 64);
  /** Chats held until the desk opens. */
  private final LongRing held = new LongRing(64);
  private int openWindows;
  private final int maxChats;
  private final int replication;
  private long contacts;

  ChatDesk(ChatSettings settings, ReplicationStreams streams, NursePool nurses, EventAgenda agenda,
      TimerSet patienceTimers, TallyRecorder tally, double endTime, int maxChats, int replication) {
    this.s = settings;
    this.nurses = nurses;
    this.agenda = agenda;
    this.patienceTimers = patienceTimers;
    this.tally = tally;
    this.stream = streams.chat;
    this.arrivals = streams.chatArrivals;
    this.endTime = endTime;
    this.maxChats = maxChats;
    this.replication = replication;
    chats = new ChatTable(maxChats, s.desk ? 64 : 4, queue, patienceTimers, replication);
  }

  /** Schedules the first chat a resident starts on their own, if residents do. */
  void start() {
    if (s.arrivals) {
      scheduleArrival();
    }
  }

  /**
   * Schedules the next chat a resident starts on their own (after one started), unless it falls
   * past the end or, when residents react to the phone, waits for the next interval's share.
   */
  void scheduleArrival() {
    double t = arrivals.advance();
    if (t < endTime) {
      agenda.schedule(t, CHAT_ARRIVAL, 0);
    }
  }

  /**
   * Phone interval {@code k} starts with {@code share} of residents choosing the chat: residents'
   * chats come at that share's rate through the interval (the base rate scaled by share / base).
   */
  void residentsShare(int k, double share) {
    arrivals.intervalFactor(k, share / s.adoption);
    double t = arrivals.resume();
    if (t < endTime) {
      agenda.schedule(t, CHAT_ARRIVAL, 0);
    }
  }

  /** Whether the desk is open now. */
  boolean open() {
    return openWindows > 0;
  }

  /**
   * Whether the desk can take a caller the SMS link would send it at {@code t}: it is open and no
   * chat has waited longer than the link's bound for a first response (the head of the queue's
   * wait, a delay estimate that needs no model of the desk).
   */
  boolean takesLinkedChats(double t) {
    return openWindows > 0 && oldestWait(t) <= s.linkMaxChatWaitSeconds;
  }

  /** Whether a chat has waited longer than the desk's threshold, so it goes before calls. */
  boolean overdue(double t) {
    return oldestWait(t) > s.serveFirstAfterSeconds;
  }

  /** When the chat at the head of the queue started waiting; infinity when none waits. */
  double oldestWaitingSince() {
    int ch = queue.peekValid();
    return ch < 0 ? Double.POSITIVE_INFINITY : chats.startTime[ch];
  }

  /** How long the chat at the head of the queue has waited at {@code t}; 0 when none waits. */
  private double oldestWait(double t) {
    int ch = queue.peekValid();
    return ch < 0 ? 0 : t - chats.startTime[ch];
  }

  /** A resident starts a chat at {@code t} on their own; {@link HandOff#TO_PHONE} when they phone instead. */
  int chatStarts(double t) {
    return chatStarts(t, -1, -1);
  }

  /**
   * A chat starts at {@code t}: on a resident's own ({@code callerDay} -1), or from the SMS link, by
   * a caller whose first call attempt was in cell {@code callerCell} of measured day {@code
   * callerDay}; {@link HandOff#TO_PHONE} when the resident phones instead.
   */
  int chatStarts(double t, int callerCell, int callerDay) {
    int ch = chats.acquire(t);
    chats.callerCell[ch] = callerCell;
    chats.callerDay[ch] = callerDay;
    // Everything about the chat is drawn now, used or not, to keep common random numbers in step;
    // durations are kept as uniforms and worked out only when used.
    boolean selfCare = stream.nextDouble() < s.selfCareAutomated;
    chats.sessionU[ch] = stream.nextDouble();
    chats.workU[ch] = stream.nextDouble();
    chats.patienceU[ch] = stream.nextDouble();
    chats.leavesSilently[ch] = stream.nextDouble() < s.silentAbandon;
    chats.escalates[ch] = stream.nextDouble() < s.escalateToPhone;
    chats.escalationTalkU[ch] = stream.nextDouble();
    chats.escalationAfterCallU[ch] = stream.nextDouble();
    chats.ghost[ch] = false;
    contacts++;
    int cell = tally.cell();
    int day = tally.day();
    chats.cell[ch] = cell;
    chats.day[ch] = day;
    tally.add(cell, day, Tally.CHAT_CONTACTS, 1);
    if (selfCare) {
      tally.add(cell, day, Tally.SELF_CARE_RESOLVED, 1);
      chats.release(ch);
      return HandOff.NONE;
    }
    if (openWindows == 0 && s.outsideOpenPhone) {
      tally.add(cell, day, Tally.CHAT_TO_PHONE, 1);
      chats.release(ch);
      return HandOff.TO_PHONE;
    }
    tally.add(cell, day, Tally.CHAT_OFFERED, 1);
    if (openWindows == 0) {
      held.addLast(ch);
    } else {
      offer(t, ch);
    }
    return HandOff.NONE;
  }

  /** Chat {@code ch} asks for a nurse from {@code t} on: its response clock and patience start now. */
  private void offer(double t, int ch) {
    chats.startTime[ch] = t;
    int n = nurses.freeFor(ChannelCode.CHAT);
    if (n >= 0) {
      assign(t, ch, n);
      return;
    }
    if (queue.size() >= maxChats) {
      throw new LineOverloadedException(replication, queue.size(), queue.validCount(), t, true);
    }
    queue.enqueue(ch);
    patienceTimers.set(ch, t + s.patience.sample(chats.patienceU[ch]));
  }

  /** One of the desk's opening windows starts: chats held while it was closed ask for a nurse. */
  void opens(double t) {
    openWindows++;
    while (openWindows > 0 && !held.isEmpty()) {
      offer(t, (int) held.removeFirst());
    }
  }

  /** One of the desk's opening windows ends. */
  void closes() {
    openWindows--;
  }

  /** Chat {@code ch}'s patience ran out before a nurse responded. */
  void abandon(int ch) {
    tally.add(chats.cell[ch], chats.day[ch], Tally.CHAT_ABANDONED, 1);
    if (chats.leavesSilently[ch]) {
      chats.ghost[ch] = true; // the desk does not know: it stays in the queue until a nurse finds out
      return;
    }
    queue.invalidate(ch);
    chats.release(ch);
  }

  /** Nurse {@code n}, free, takes the longest-waiting chat if she has a chat slot left; false otherwise. */
  boolean serveNext(double t, int n) {
    if (!nurses.hasChatSlot(n) || queue.validCount() == 0) {
      return false;
    }
    int ch = queue.pollValid();
    if (!chats.ghost[ch]) {
      patienceTimers.cancel(ch);
    }
    assign(t, ch, n);
    return true;
  }

  /** Nurse {@code n} (free) responds to chat {@code ch}. */
  private void assign(double t, int ch, int n) {
    double session;
    double nurseWork;
    if (chats.ghost[ch]) {
      session = s.silentCheckSeconds;
      nurseWork = s.silentCheckSeconds;
    } else {
      double response = t - chats.startTime[ch];
      tally.chatAnswered(chats.cell[ch], chats.day[ch], response, response <= s.responseSeconds);
      nurses.answered(n, GroupTally.CHATS, chats.day[ch]);
      tally.add(chats.callerCell[ch], chats.callerDay[ch], Tally.UNIQUE_SERVED_BY_CHAT, 1);
      session = s.session.sample(chats.sessionU[ch]);
      nurseWork = Math.min(s.nurseTime.sample(chats.workU[ch]), session);
    }
    nurses.startChatWork(t, n);
    agenda.schedule(t + nurseWork, CHAT_WORK_END, n);
    agenda.schedule(t + session, CHAT_SESSION_END, ((long) n << 32) | ch);
  }

  /**
   * Chat {@code ch}'s session on nurse {@code n} ends. Returns the chat when it ends in a call
   * (the loop hands the uniforms of the call, {@link #escalationTalkU} and
   * {@link #escalationAfterCallU}, to the phone line, then {@link #release}s it), else -1.
   */
  int sessionEnds(int n, int ch) {
    nurses.chatSessionEnds(n);
    if (!chats.ghost[ch] && chats.escalates[ch]) {
      tally.add(chats.cell[ch], chats.day[ch], Tally.ESCALATIONS, 1);
      return ch;
    }
    chats.release(ch);
    return -1;
  }

  /** The uniform of the talk time of chat {@code ch}'s escalation call (a phone call's talk time at that probability). */
  double escalationTalkU(int ch) {
    return chats.escalationTalkU[ch];
  }

  /** The uniform of the after-call work of chat {@code ch}'s escalation call. */
  double escalationAfterCallU(int ch) {
    return chats.escalationAfterCallU[ch];
  }

  void release(int ch) {
    chats.release(ch);
  }

  /** Whether no chat waits for a nurse, in the queue or held until the desk opens. */
  boolean drained() {
    return queue.validCount() == 0 && held.isEmpty();
  }

  /** Chats started so far, warm-up included. */
  long contacts() {
    return contacts;
  }

  /** At the end of the run: counts the chats still waiting for a nurse, in the queue or held. */
  void countStillWaiting() {
    for (int i = 0; i < queue.size(); i++) {
      int ch = queue.validSlotAt(i);
      if (ch >= 0 && !chats.ghost[ch]) {
        tally.add(chats.cell[ch], chats.day[ch], Tally.CHAT_STILL_WAITING, 1);
      }
    }
    for (int i = 0; i < held.size(); i++) {
      int ch = (int) held.get(i);
      tally.add(chats.cell[ch], chats.day[ch], Tally.CHAT_STILL_WAITING, 1);
    }
  }
}
