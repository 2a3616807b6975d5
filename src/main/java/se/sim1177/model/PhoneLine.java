package se.sim1177.model;

import static se.sim1177.model.EventType.CALLBACK_RETRY;
import static se.sim1177.model.EventType.REDIAL;
import static se.sim1177.model.EventType.SERVICE_END;

import se.sim1177.engine.EventAgenda;
import se.sim1177.engine.LongRing;
import se.sim1177.engine.Xoshiro256PlusPlus;
import se.sim1177.engine.StampedFifo;
import se.sim1177.engine.TimerSet;

/**
 * The phone line of one replication: call attempts (first attempts, redials, residents who phone
 * because the chat is closed), balking, blocking, the offers made to a caller who would wait (the
 * SMS link to the chat, a callback), the queue with its patience timers, and the outbound calls
 * (callbacks that gave up their place, chats escalated to a call).
 *
 * <p>A caller who takes the SMS link leaves the line: the attempt returns {@link HandOff#TO_CHAT}
 * and the loop starts the chat. The line never calls the chat desk.
 */
final class PhoneLine {
  /** What {@link #offerTaken} returns when the caller waits on the line after all. */
  private static final int NOT_TAKEN = -1;

  private final PhoneSettings s;
  private final NursePool nurses;
  private final EventAgenda agenda;
  private final TimerSet patienceTimers;
  private final TallyRecorder tally;
  private final Xoshiro256PlusPlus talkStream;
  private final Xoshiro256PlusPlus afterCallStream;
  private final Xoshiro256PlusPlus patienceStream;
  private final Xoshiro256PlusPlus balkStream;
  private final Xoshiro256PlusPlus redialStream;
  private final Xoshiro256PlusPlus channelStream;
  private final Xoshiro256PlusPlus offerStream;
  private final Xoshiro256PlusPlus chatToPhoneStream;
  private final Xoshiro256PlusPlus callbackReachStream;

  private final CallerTable callers;
  /**
   * Callers waiting (and callbacks that keep their place), first come first served; entries of
   * callers who abandoned are skipped lazily, so it is bounded like the table.
   */
  private final StampedFifo queue = new StampedFifo(0, 256);
  /** Callers to call: callbacks without a kept place and escalated chats, oldest first. */
  private final LongRing outbound = new LongRing(16);
  private final int maxCallers;
  private final int replication;
  private long attempts;
  /** Attempts answered so far, callbacks included, warm-up included (for the residents' answer-rate signal). */
  private long answered;
  /** The share of residents who start in chat now: the scenario's adoption, or what they react to (see ResidentChoice). */
  private double chatShare;
  /** The first attempt's cell and day of the caller last handed to the chat by the SMS link. */
  private int handedOffCell;
  private int handedOffDay;
  /** Callbacks that keep a place in the queue: they wait without patience. */
  private int placesKept;
  /** Callers whose redial is scheduled and has not yet come, and callbacks waiting to be tried again. */
  private int redialsPending;
  private int retriesPending;
  /** Callers waiting in the queue whose attempt arrived in the measured period (not in warm-up, not while draining). */
  private int measuredWaiting;

  PhoneLine(PhoneSettings settings, ReplicationStreams streams, NursePool nurses, EventAgenda agenda,
      TimerSet patienceTimers, TallyRecorder tally, int maxCallers, int replication) {
    this.s = settings;
    this.nurses = nurses;
    this.agenda = agenda;
    this.patienceTimers = patienceTimers;
    this.tally = tally;
    talkStream = streams.talk;
    afterCallStream = streams.afterCall;
    patienceStream = streams.patience;
    balkStream = streams.balk;
    redialStream = streams.redial;
    channelStream = streams.channel;
    offerStream = streams.offers;
    chatToPhoneStream = streams.chatToPhone;
    callbackReachStream = streams.callbackReach;
    this.maxCallers = maxCallers;
    this.replication = replication;
    callers = new CallerTable(maxCallers, queue, patienceTimers, replication);
    chatShare = settings.chatAdoption;
  }

  /** From now on, {@code share} of residents start in chat instead of calling. */
  void chatShare(double share) {
    chatShare = share;
  }

  /**
   * A call attempt reaches the line at {@code t}: a resident's first contact when {@code redialOf}
   * is negative (a call, or, returned as {@link HandOff#TO_CHAT}, a chat instead), else caller
   * {@code redialOf} calling again. One method for both, with one call of {@link #attempt}: the
   * JIT then inlines the attempt's handling (answer, balk, queue) once into the event loop's
   * compiled code instead of twice, which left too little of its inlining budget for the nurses'
   * service ends and the abandonments.
   */
  int callArrives(double t, int redialOf, boolean chatTakesLink) {
    int c;
    double talk;
    double afterCall;
    double patienceU;
    double balkDraw;
    if (redialOf < 0) {
      c = callers.acquire(t);
      // Everything about the caller is drawn now, used or not, to keep common random numbers in step;
      // a duration is worked out from its uniform only when it is used (the patience of a caller
      // answered at once never is), which gives the same value at less cost.
      talk = talkStream.nextDouble();
      afterCall = s.drawsAfterCall ? afterCallStream.nextDouble() : 0.5;
      patienceU = patienceStream.nextDouble();
      balkDraw = s.drawsBalk ? balkStream.nextDouble() : 1.0;
      if (s.residentsChooseChat && channelStream.nextDouble() < chatShare) {
        // This resident starts in 1177 direkt instead; the chat arrival process brings those chats.
        tally.add(tally.cell(), tally.day(), Tally.CHOSE_CHAT, 1);
        callers.release(c);
        return HandOff.NONE;
      }
      tally.firstAttempt();
    } else {
      c = redialOf;
      redialsPending--;
      talk = callers.talkU[c];
      afterCall = callers.afterCallU[c];
      patienceU = redialStream.nextDouble();
      balkDraw = redialStream.nextDouble();
    }
    return attempt(t, c, redialOf < 0, talk, afterCall, patienceU, balkDraw, chatTakesLink);
  }

  /** A resident who found the chat closed phones instead: a new caller, drawn from a stream of its own. */
  int callerFromClosedChat(double t, boolean chatTakesLink) {
    int c = callers.acquire(t);
    double talk = chatToPhoneStream.nextDouble();
    double afterCall = chatToPhoneStream.nextDouble();
    double patience = chatToPhoneStream.nextDouble();
    double balkDraw = chatToPhoneStream.nextDouble();
    tally.firstAttempt();
    return attempt(t, c, true, talk, afterCall, patience, balkDraw, chatTakesLink);
  }

  /**
   * One call attempt reaches the line: answered at once, balks, is blocked, takes a callback or the
   * SMS link to the chat, or queues. Caller {@code c} makes a {@code first} attempt (their slot is
   * written only when they are not answered at once: three calls in four are, on a well-staffed
   * line, and need nothing of it) or redials; {@code talkU} and {@code afterCallU} are the uniforms
   * of their talk time and after-call work, {@code patienceU} that of their patience.
   */
  private int attempt(double t, int c, boolean first, double talkU, double afterCallU, double patienceU,
      double balkDraw, boolean chatTakesLink) {
    int day = tally.day();
    int cell = tally.cell();
    attempts++;
    tally.offered();
    int n = nurses.freeFor(ChannelCode.PHONE);
    if (n >= 0) {
      answeredAtOnce(t, c, first, n, talkU, afterCallU);
      return HandOff.NONE;
    }
    if (first) {
      newCaller(t, c, cell, day, talkU, afterCallU);
    } else {
      recordRedial(t, c, cell, day);
    }
    if (balkDraw < s.balkProbability) {
      tally.add(cell, day, Tally.BALKED, 1);
      redialOrLeave(t, c);
      return HandOff.NONE;
    }
    // The announcement is worked out once, and only when something depends on it.
    double predicted = s.maxPredictedWaitSeconds != Double.POSITIVE_INFINITY || s.chatLinkOffered || s.callbackOffered
        ? predictedWait(t) : Double.POSITIVE_INFINITY;
    if (queue.validCount() >= s.maxWaiting || predicted > s.maxPredictedWaitSeconds) {
      tally.add(cell, day, Tally.BLOCKED, 1);
      redialOrLeave(t, c);
      return HandOff.NONE;
    }
    if (s.chatLinkOffered || s.callbackOffered) {
      int offer = offerTaken(t, c, cell, day, predicted, chatTakesLink);
      if (offer != NOT_TAKEN) {
        return offer;
      }
    }
    enqueue(t, c);
    patienceTimers.set(c, t + s.patience.sample(patienceU));
    return HandOff.NONE;
  }

  /** Caller {@code c} is new at {@code t}, in the current {@code cell} and {@code day}, with the uniforms of their talk time and after-call work. */
  private void newCaller(double t, int c, int cell, int day, double talkU, double afterCallU) {
    callers.attempts[c] = 1;
    callers.arrivalTime[c] = t;
    callers.cell[c] = cell;
    callers.day[c] = day;
    callers.firstCell[c] = cell;
    callers.firstDay[c] = day;
    callers.talkU[c] = talkU;
    callers.afterCallU[c] = afterCallU;
  }

  /**
   * Caller {@code c} calls again at {@code t}, in the current {@code cell} and {@code day}. A method
   * of its own, so that {@link #attempt} stays under the JIT's size limit for inlining a hot method
   * (325 bytes of bytecode) and is compiled into the event loop.
   */
  private void recordRedial(double t, int c, int cell, int day) {
    callers.attempts[c]++;
    callers.arrivalTime[c] = t;
    callers.cell[c] = cell;
    callers.day[c] = day;
  }

  /**
   * Nurse {@code n} (free) answers caller {@code c} the moment the attempt comes: what
   * {@link #answer} does, with a wait of zero and the attempt's interval and day the current ones. A first attempt's
   * answer is counted in the tally's scalars, and its slot, never written, goes straight back.
   */
  private void answeredAtOnce(double t, int c, boolean first, int n, double talkU, double afterCallU) {
    tally.answeredAtOnce();
    answered++;
    if (first) {
      tally.firstAnsweredAtOnce();
    } else {
      tally.add(callers.firstCell[c], callers.firstDay[c], Tally.UNIQUE_ANSWERED, 1);
    }
    nurses.answered(n, GroupTally.CALLS, tally.day());
    startWork(t, n, s.talkTime.sample(talkU), s.afterCallWork.sample(afterCallU));
    callers.release(c);
  }

  /**
   * Offers to a caller who would have to wait, as the queue announcement makes them: first the SMS
   * link to the chat (only while the chat can take the caller: {@code chatTakesLink}), then a callback. Returns {@link #NOT_TAKEN}
   * when the caller declined (or was offered nothing) and waits; otherwise the hand-off.
   */
  private int offerTaken(double t, int c, int cell, int day, double predicted, boolean chatTakesLink) {
    if (s.chatLinkOffered && chatTakesLink && predicted > s.chatLinkOverSeconds
        && offerStream.nextDouble() < linkAcceptance(predicted)) {
      tally.add(cell, day, Tally.CHAT_LINK_ACCEPTED, 1);
      handedOffCell = callers.firstCell[c];
      handedOffDay = callers.firstDay[c];
      callers.release(c);
      return HandOff.TO_CHAT;
    }
    if (s.callbackOffered && predicted > s.callbackOverSeconds && offerStream.nextDouble() < s.callbackAccept) {
      tally.add(cell, day, Tally.CALLBACKS, 1);
      callers.kind[c] = CallerTable.CALLBACK;
      callers.callbackTries[c] = 0;
      if (s.callbackKeepsPlace) {
        enqueue(t, c);
        placesKept++;
      } else {
        outbound.addLast(c);
      }
      return HandOff.NONE;
    }
    return NOT_TAKEN;
  }

  /** The share of callers told {@code predicted} who take the SMS link: fixed, or growing with the wait. */
  private double linkAcceptance(double predicted) {
    return s.chatLinkCurve == null ? s.chatLinkAccept : s.chatLinkCurve.share(predicted - s.chatLinkOverSeconds);
  }

  /**
   * The wait a caller arriving at {@code t} would be told (what residents see of the line): none
   * while a nurse who answers the phone is free, else the queue announcement's.
   */
  double announcedWait(double t) {
    return nurses.freeFor(ChannelCode.PHONE) >= 0 ? 0 : predictedWait(t);
  }

  /** Attempts answered so far, warm-up included. */
  long answeredSoFar() {
    return answered;
  }

  /**
   * What a queue announcement tells a new caller at {@code t}: the expected wait with the callers
   * ahead (callbacks that keep their place included) and the nurses serving the phone now
   * ({@link DelayAnnouncement}); callers ahead abandon at the patience's rate, callbacks holding a
   * place do not. With nobody who answers the phone on duty: the time until the next such shift
   * starts, then the same estimate with its nurses.
   */
  private double predictedWait(double t) {
    int ahead = queue.validCount();
    double abandonRate = ahead == 0 ? s.abandonRate : s.abandonRate * (ahead - placesKept) / ahead;
    double rate = nurses.phoneServiceRate();
    if (rate > 0) {
      return DelayAnnouncement.expectedWait(ahead, rate, abandonRate);
    }
    double start = nurses.nextPhoneShiftStart(t);
    if (start == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    return start - t + DelayAnnouncement.expectedWait(ahead, nurses.nextPhoneShiftRate(), abandonRate);
  }

  /** Caller {@code c}'s patience ran out while waiting (an answered caller's timer is cancelled). */
  void abandon(double t, int c) {
    queue.invalidate(c);
    leftQueue(c);
    tally.abandoned(callers.cell[c], callers.day[c], t - callers.arrivalTime[c]);
    redialOrLeave(t, c);
  }

  private void redialOrLeave(double t, int c) {
    if (callers.attempts[c] < s.maxAttempts && s.redialProbability > 0
        && redialStream.nextDouble() < s.redialProbability) {
      double delay = s.redialDelay.sample(redialStream.nextDouble());
      agenda.schedule(t + delay, REDIAL, c);
      redialsPending++;
      return;
    }
    callers.release(c);
  }

  /** Nurse {@code n} (free) answers caller {@code c}, who has waited, or calls them back. */
  private void answer(double t, int c, int n) {
    tally.answered(callers.cell[c], callers.day[c], t - callers.arrivalTime[c]);
    answered++;
    tally.add(callers.firstCell[c], callers.firstDay[c], Tally.UNIQUE_ANSWERED, 1);
    nurses.answered(n, GroupTally.CALLS, callers.day[c]);
    startWork(t, n, c);
    callers.release(c);
  }

  /** Nurse {@code n} starts the call with contact {@code c}: its talk time (by her group's factor) and after-call work. */
  private void startWork(double t, int n, int c) {
    double talk = s.talkTime.sample(callers.talkU[c]);
    double afterCall = s.afterCallWork.sample(callers.afterCallU[c]);
    startWork(t, n, talk, afterCall);
  }

  private void startWork(double t, int n, double talk, double afterCall) {
    nurses.startPhoneWork(t, n);
    agenda.schedule(t + (talk * nurses.handleFactor(n) + afterCall), SERVICE_END, n);
  }

  /**
   * A chat ended in a call from the nurse, with a phone call's talk time and after-call work at
   * uniforms {@code talkU} and {@code afterCallU}: the first free phone nurse makes it.
   */
  void escalation(double t, double talkU, double afterCallU) {
    int c = callers.acquire(t);
    callers.kind[c] = CallerTable.ESCALATION;
    callers.talkU[c] = talkU;
    callers.afterCallU[c] = afterCallU;
    int n = nurses.freeFor(ChannelCode.PHONE);
    if (n >= 0) {
      callOut(t, n, c);
    } else {
      outbound.addLast(c);
    }
  }

  private void callOut(double t, int n, int c) {
    if (callers.kind[c] == CallerTable.CALLBACK) {
      callBack(t, n, c);
    } else {
      startWork(t, n, c);
      callers.release(c);
    }
  }

  /** Nurse {@code n}, free, takes the longest-waiting caller, else the oldest outbound call; false when there is none. */
  boolean serveNext(double t, int n) {
    if (queue.validCount() > 0) {
      int c = queue.pollValid();
      leftQueue(c);
      if (callers.kind[c] != CallerTable.CALLBACK) {
        patienceTimers.cancel(c);
        answer(t, c, n);
      } else {
        placesKept--;
        callBack(t, n, c);
      }
      return true;
    }
    if (!outbound.isEmpty()) {
      callOut(t, n, (int) outbound.removeFirst());
      return true;
    }
    return false;
  }

  /** The cell of the first attempt of the caller the last {@link HandOff#TO_CHAT} moved to the chat. */
  int handedOffCell() {
    return handedOffCell;
  }

  /** The measured day (-1 in warm-up) of that caller's first attempt. */
  int handedOffDay() {
    return handedOffDay;
  }

  /**
   * Nurse {@code n} (free) calls back caller {@code c}. The resident picks up with the callback's
   * reach probability and is answered as a call (waited from their attempt); otherwise the nurse
   * spends the ring time on it, and the callback goes back to the callback queue after its retry
   * time, or, after its last try, is given up: an outcome of its own, not answered.
   */
  private void callBack(double t, int n, int c) {
    if (s.callbackReach >= 1 || callbackReachStream.nextDouble() < s.callbackReach) {
      answer(t, c, n);
      return;
    }
    nurses.startPhoneWork(t, n);
    agenda.schedule(t + s.callbackRingSeconds, SERVICE_END, n);
    if (++callers.callbackTries[c] >= s.callbackMaxTries) {
      tally.add(callers.cell[c], callers.day[c], Tally.CALLBACK_UNREACHED, 1);
      callers.release(c);
      return;
    }
    callers.retryPending[c] = true;
    retriesPending++;
    agenda.schedule(t + s.callbackRetryAfterSeconds, CALLBACK_RETRY, c);
  }

  /** Callback {@code c} is due to be tried again: the first free phone nurse calls, else it waits with the callbacks. */
  void callbackRetry(double t, int c) {
    callers.retryPending[c] = false;
    retriesPending--;
    int n = nurses.freeFor(ChannelCode.PHONE);
    if (n >= 0) {
      callOut(t, n, c);
    } else {
      outbound.addLast(c);
    }
  }

  /** When the caller at the head of the queue started waiting (their attempt); infinity when none waits. */
  double oldestWaitingSince() {
    int c = queue.peekValid();
    return c < 0 ? Double.POSITIVE_INFINITY : callers.arrivalTime[c];
  }

  /** Callers waiting in the queue now (callbacks that keep their place included). */
  int waiting() {
    return queue.validCount();
  }

  /** Call attempts so far, warm-up included. */
  long attempts() {
    return attempts;
  }

  /** At the end of the run: counts the callers still waiting, in the queue or for a callback. */
  void countStillWaiting(double t) {
    for (int i = 0; i < queue.size(); i++) {
      int c = queue.validSlotAt(i);
      if (c >= 0) {
        stillWaiting(t, c);
      }
    }
    for (int i = 0; i < outbound.size(); i++) {
      int c = (int) outbound.get(i);
      if (callers.kind[c] == CallerTable.CALLBACK) {
        stillWaiting(t, c);
      }
    }
    if (retriesPending > 0) {
      for (int c = 0; c < callers.capacity(); c++) {
        if (callers.retryPending[c]) {
          stillWaiting(t, c);
        }
      }
    }
  }

  private void stillWaiting(double t, int c) {
    tally.stillWaiting(callers.cell[c], callers.day[c], t - callers.arrivalTime[c]);
  }

  /**
   * Adds a waiting caller to the FIFO. Entries of callers who left stay until they reach the head,
   * so the queue can hold more entries than callers wait: it is bounded like the slots.
   */
  private void enqueue(double t, int c) {
    if (queue.size() >= maxCallers) {
      throw new LineOverloadedException(replication, queue.size(), queue.validCount(), t, false);
    }
    queue.enqueue(c);
    measuredWaiting += measured(callers.day[c]);
  }

  private void leftQueue(int c) {
    measuredWaiting -= measured(callers.day[c]);
  }

  /**
   * 1 for an attempt of a measured day, 0 for one of the warm-up (day -1), without a test: a test
   * always false while the compiler watches the warm-up would throw the compiled event loop away
   * when the measured days begin (issue 22).
   */
  private static int measured(int day) {
    return (day >>> 31) ^ 1;
  }

  /** Callers waiting in the queue whose attempt arrived in the measured period. */
  int measuredWaiting() {
    return measuredWaiting;
  }

  /** Whether no caller waits, for a nurse or a callback, and no redial is still to come. */
  boolean drained() {
    return queue.validCount() == 0 && outbound.isEmpty() && redialsPending == 0 && retriesPending == 0;
  }
}
