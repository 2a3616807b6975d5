package se.sim1177.model;

import java.util.Arrays;
import se.sim1177.engine.EventQueue;
import se.sim1177.engine.Mrg32k3a;
import se.sim1177.engine.StreamFamily;
import se.sim1177.engine.TimerSet;

/**
 * One replication of the phone line: the mutable state and the event loop.
 *
 * <p>Everything lives in primitive arrays indexed by nurse slot or contact slot, so the loop
 * allocates nothing per event (arrays only grow, by doubling, while the queue is larger than ever
 * before). Events come from three places: the next first-attempt arrival, kept as a scalar; the
 * waiting callers' patience timers, in a {@link TimerSet} from which a timer is taken out the moment
 * its caller is answered; and everything else, in the {@link EventQueue}. A tie in time is broken by
 * event type in the order of the constants below, then by scheduling order.
 */
public final class Replication {
  // Event types, in tie-break order at equal times. A new interval (and day) is opened before
  // anything else happens in it; a shift ends before the next one starts (a 00:00-24:00 shift hands
  // over to itself at midnight) and before a nurse finishing a call at that moment picks up
  // another; a call arriving at the same time as other events is handled last.
  static final int BOUNDARY = 0;
  static final int SHIFT_END = 1;
  static final int SHIFT_START = 2;
  static final int SERVICE_END = 3;
  /** Patience timers are not in the event queue, but their place in the tie-break order is fixed. */
  static final int ABANDON = 4;
  static final int REDIAL = 5;

  private static final byte OFF = 0;
  private static final byte IDLE = 1;
  private static final byte BUSY = 2;
  /** Past the end of the shift, finishing the call in hand. */
  private static final byte LEAVING = 3;

  private final CallCentreModel m;
  private final int ipd;
  private final double intervalSeconds;
  private final int totalIntervals;
  private final double endTime;

  private final EventQueue events = new EventQueue(1024);
  private final TimerSet patienceTimers = new TimerSet(256);
  private final Mrg32k3a arrivalStream;
  private final Mrg32k3a talkStream;
  private final Mrg32k3a afterCallStream;
  private final Mrg32k3a patienceStream;
  private final Mrg32k3a balkStream;
  private final Mrg32k3a redialStream;
  private final Mrg32k3a absenceStream;
  private final double[] busyness;

  // Nurses, by slot. Idle nurses form a doubly linked list, longest idle first.
  private final byte[] nurseState;
  private final int[] nurseGroup;
  private final double[] leaveTime;
  private final int[] idlePrev;
  private final int[] idleNext;
  private int idleHead = -1;
  private int idleTail = -1;
  /** Nurses on duty and not leaving, per group: the capacity behind the predicted wait. */
  private final int[] groupServing;

  // Contacts (callers, across their attempts), by slot.
  private double[] contactArrival;
  private double[] contactTalk;
  private double[] contactAfterCall;
  private int[] contactAttempts;
  private int[] contactCell;
  private int[] contactDay;
  private int[] contactFirstCell;
  private int[] contactFirstDay;
  /** Bumped each time the contact joins the queue; identifies that stay. */
  private int[] contactGeneration;
  /** The generation of the current queue stay, 0 when not waiting. */
  private int[] contactQueuedGeneration;
  private int[] freeContacts;
  private int freeContactCount;
  private int contactsAllocated;

  // FIFO queue of (contact, generation); entries of callers who abandoned are skipped lazily.
  private long[] ring = new long[256];
  private int ringHead;
  private int ringSize;
  private int waiting;

  // Counts behind the time integrals.
  private int onDuty;
  private int busy;
  private int leaving;

  // Next first attempt: absolute interval index and time, and that interval's rate and end.
  private int arrivalInterval;
  private double nextArrival;
  private int arrivalRateInterval = -1;
  private double arrivalRate;
  private double arrivalIntervalEnd;

  private final TallyRecorder tally;
  private long eventCount;
  private long attemptCount;
  private long pendingEventsSum;

  /** Prepares replication {@code replication} of {@code model} with streams from {@code streams}. */
  public Replication(CallCentreModel model, StreamFamily streams, int replication) {
    m = model;
    ipd = model.intervalsPerDay();
    intervalSeconds = model.intervalSeconds();
    int totalDays = model.warmupDays + model.measuredDays;
    totalIntervals = totalDays * ipd;
    endTime = totalDays * 86400.0;
    Mrg32k3a[] stream = streams.streams(RandomSource.values().length, replication);
    arrivalStream = stream[RandomSource.ARRIVALS.ordinal()];
    talkStream = stream[RandomSource.TALK_TIME.ordinal()];
    afterCallStream = stream[RandomSource.AFTER_CALL_WORK.ordinal()];
    patienceStream = stream[RandomSource.PATIENCE.ordinal()];
    balkStream = stream[RandomSource.BALK.ordinal()];
    redialStream = stream[RandomSource.REDIAL.ordinal()];
    absenceStream = stream[RandomSource.ABSENCE.ordinal()];
    Mrg32k3a busynessStream = stream[RandomSource.DAY_BUSYNESS.ordinal()];
    busyness = new double[totalDays];
    for (int d = 0; d < totalDays; d++) {
      double u = busynessStream.nextDouble();
      busyness[d] = model.busynessShape > 0 ? GammaInverse.standard(model.busynessShape, u) / model.busynessShape : 1.0;
    }

    int slots = model.nurseSlots;
    nurseState = new byte[slots];
    nurseGroup = new int[slots];
    leaveTime = new double[slots];
    idlePrev = new int[slots];
    idleNext = new int[slots];
    groupServing = new int[model.groups];
    for (RosterShift s : model.shifts) {
      Arrays.fill(nurseGroup, s.firstSlot(), s.firstSlot() + s.nurses(), s.group());
    }
    allocateContacts(256);
    tally = new TallyRecorder(ipd, model.measuredDays, model.serviceLevelSeconds);
  }

  /** Runs the replication to the end of its horizon and returns what it measured. */
  public ReplicationResult run() {
    events.schedule(0.0, BOUNDARY, 0);
    arrivalInterval = 0;
    nextArrival = 0.0;
    advanceArrival();
    final double end = endTime;
    while (true) {
      double heapTime = events.nextTime();
      double timerTime = patienceTimers.nextTime();
      boolean timerFirst = timerTime < heapTime
          || (timerTime == heapTime && timerTime != Double.POSITIVE_INFINITY && events.nextType() > ABANDON);
      double next = timerFirst ? timerTime : heapTime;
      if (nextArrival < next) {
        if (nextArrival >= end) {
          break;
        }
        double t = nextArrival;
        integrate(t);
        eventCount++;
        pendingEventsSum += events.size() + patienceTimers.size();
        firstAttempt(t);
        advanceArrival();
        continue;
      }
      if (next >= end) {
        break;
      }
      integrate(next);
      eventCount++;
      pendingEventsSum += events.size() + patienceTimers.size();
      if (timerFirst) {
        abandon(next, patienceTimers.removeNext());
        continue;
      }
      int type = events.nextType();
      long payload = events.nextPayload();
      events.removeNext();
      switch (type) {
        case BOUNDARY -> boundary(next, (int) payload);
        case SHIFT_END -> shiftEnd((int) payload);
        case SHIFT_START -> shiftStart(next, (int) payload);
        case SERVICE_END -> serviceEnd(next, (int) payload);
        case REDIAL -> redial(next, (int) payload);
        default -> throw new IllegalStateException("unknown event type " + type);
      }
    }
    integrate(end);
    countStillWaiting(end);
    return tally.result(eventCount, attemptCount, pendingEventsSum);
  }

  // ---- arrivals -------------------------------------------------------------------------------

  /**
   * Moves {@link #nextArrival} to the next first attempt by inverting the cumulative rate: one unit
   * exponential, spent across piecewise-constant intervals until it is used up.
   */
  private void advanceArrival() {
    double e = -DeterministicMath.log(1 - arrivalStream.nextDouble());
    double t = nextArrival;
    int k = arrivalInterval;
    while (k < totalIntervals) {
      if (k != arrivalRateInterval) {
        arrivalRate = rateOf(k);
        arrivalIntervalEnd = (k + 1) * intervalSeconds;
        arrivalRateInterval = k;
      }
      double capacity = arrivalRate * (arrivalIntervalEnd - t);
      if (e <= capacity) {
        nextArrival = t + e / arrivalRate;
        arrivalInterval = k;
        return;
      }
      e -= capacity;
      t = arrivalIntervalEnd;
      k++;
    }
    arrivalInterval = totalIntervals;
    nextArrival = Double.POSITIVE_INFINITY;
  }

  private double rateOf(int absoluteInterval) {
    int day = absoluteInterval / ipd;
    int weekday = (m.startWeekday + day) % 7;
    return m.arrivals.weekRate(weekday * ipd + absoluteInterval % ipd) * busyness[day];
  }

  private void firstAttempt(double t) {
    int c = newContact();
    contactAttempts[c] = 1;
    contactArrival[c] = t;
    int cell = tally.cell();
    int day = tally.day();
    contactCell[c] = cell;
    contactDay[c] = day;
    contactFirstCell[c] = cell;
    contactFirstDay[c] = day;
    // Everything about the caller is drawn now, used or not, to keep common random numbers in step.
    contactTalk[c] = m.talkTime.inverse(talkStream.nextDouble());
    contactAfterCall[c] = m.afterCallWork.inverse(afterCallStream.nextDouble());
    double patience = m.patience.inverse(patienceStream.nextDouble());
    double balkDraw = balkStream.nextDouble();
    if (day >= 0) {
      tally.add(cell, day, Tally.FIRST_ATTEMPTS, 1);
    }
    attempt(t, c, patience, balkDraw);
  }

  private void redial(double t, int c) {
    contactAttempts[c]++;
    contactArrival[c] = t;
    contactCell[c] = tally.cell();
    contactDay[c] = tally.day();
    double patience = m.patience.inverse(redialStream.nextDouble());
    double balkDraw = redialStream.nextDouble();
    attempt(t, c, patience, balkDraw);
  }

  /** One call attempt reaches the line: answered at once, balks, is blocked, or queues. */
  private void attempt(double t, int c, double patience, double balkDraw) {
    int day = tally.day();
    int cell = tally.cell();
    attemptCount++;
    if (day >= 0) {
      tally.add(cell, day, Tally.OFFERED, 1);
    }
    if (idleHead >= 0) {
      int n = idleHead;
      unlinkIdle(n);
      answer(t, c, n);
      return;
    }
    if (balkDraw < m.balkProbability) {
      if (day >= 0) {
        tally.add(cell, day, Tally.BALKED, 1);
      }
      redialOrLeave(t, c);
      return;
    }
    if (waiting >= m.maxWaiting || predictedWait() > m.maxPredictedWaitSeconds) {
      if (day >= 0) {
        tally.add(cell, day, Tally.BLOCKED, 1);
      }
      redialOrLeave(t, c);
      return;
    }
    int generation = ++contactGeneration[c];
    contactQueuedGeneration[c] = generation;
    enqueue(((long) c << 32) | generation);
    waiting++;
    patienceTimers.set(c, t + patience);
  }

  /**
   * What a queue announcement would tell a new caller: with k callers ahead and every serving
   * nurse busy, the caller is answered at the (k+1)-th call completion, and completions come at
   * the total rate Σ 1 / (mean handling time) of the nurses serving.
   */
  private double predictedWait() {
    if (m.maxPredictedWaitSeconds == Double.POSITIVE_INFINITY) {
      return 0;
    }
    double rate = 0;
    for (int g = 0; g < groupServing.length; g++) {
      rate += groupServing[g] * m.groupServiceRate[g];
    }
    return rate > 0 ? (waiting + 1) / rate : Double.POSITIVE_INFINITY;
  }

  /** Caller {@code c}'s patience ran out while waiting (an answered caller's timer is cancelled). */
  private void abandon(double t, int c) {
    contactQueuedGeneration[c] = 0; // leaves a stale entry in the FIFO ring, skipped by dequeue

    waiting--;
    int day = contactDay[c];
    if (day >= 0) {
      tally.abandoned(contactCell[c], day, t - contactArrival[c]);
    }
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

  private void answer(double t, int c, int n) {
    double w = t - contactArrival[c];
    int day = contactDay[c];
    if (day >= 0) {
      tally.answered(contactCell[c], day, w);
    }
    int firstDay = contactFirstDay[c];
    if (firstDay >= 0) {
      tally.add(contactFirstCell[c], firstDay, Tally.UNIQUE_ANSWERED, 1);
    }
    nurseState[n] = BUSY;
    busy++;
    double handle = contactTalk[c] * m.groupHandleFactor[nurseGroup[n]] + contactAfterCall[c];
    events.schedule(t + handle, SERVICE_END, n);
    releaseContact(c);
  }

  // ---- nurses ---------------------------------------------------------------------------------

  private void serviceEnd(double t, int n) {
    busy--;
    if (nurseState[n] == LEAVING) {
      nurseState[n] = OFF;
      leaving--;
      onDuty--;
      return;
    }
    nurseBecomesFree(t, n);
  }

  /** A nurse ready for a call takes the longest-waiting caller, or joins the idle list. */
  private void nurseBecomesFree(double t, int n) {
    if (waiting > 0) {
      int c = dequeue();
      patienceTimers.cancel(c);
      answer(t, c, n);
    } else {
      nurseState[n] = IDLE;
      appendIdle(n);
    }
  }

  private void shiftStart(double t, int shiftIndex) {
    RosterShift s = m.shifts[shiftIndex];
    double absence = m.groupAbsence[s.group()];
    for (int n = s.firstSlot(), last = s.firstSlot() + s.nurses(); n < last; n++) {
      // One draw per scheduled nurse-shift, absent or not, so the stream stays in step.
      if (absenceStream.nextDouble() < absence) {
        continue;
      }
      byte state = nurseState[n];
      if (state == OFF) {
        onDuty++;
        groupServing[s.group()]++;
        nurseBecomesFree(t, n);
      } else if (state == LEAVING) {
        // The same shift starts again as it ends (a round-the-clock shift): the nurse stays on.
        nurseState[n] = BUSY;
        leaving--;
        groupServing[s.group()]++;
      }
    }
  }

  private void shiftEnd(int shiftIndex) {
    RosterShift s = m.shifts[shiftIndex];
    for (int n = s.firstSlot(), last = s.firstSlot() + s.nurses(); n < last; n++) {
      byte state = nurseState[n];
      if (state == IDLE) {
        unlinkIdle(n);
        nurseState[n] = OFF;
        onDuty--;
        groupServing[s.group()]--;
      } else if (state == BUSY) {
        nurseState[n] = LEAVING;
        leaving++;
        groupServing[s.group()]--;
      }
    }
  }

  private void appendIdle(int n) {
    idleNext[n] = -1;
    idlePrev[n] = idleTail;
    if (idleTail >= 0) {
      idleNext[idleTail] = n;
    } else {
      idleHead = n;
    }
    idleTail = n;
  }

  private void unlinkIdle(int n) {
    int p = idlePrev[n];
    int q = idleNext[n];
    if (p >= 0) {
      idleNext[p] = q;
    } else {
      idleHead = q;
    }
    if (q >= 0) {
      idlePrev[q] = p;
    } else {
      idleTail = p;
    }
  }

  // ---- clock, intervals, days -----------------------------------------------------------------

  private void boundary(double t, int absoluteInterval) {
    int day = absoluteInterval / ipd;
    int k = absoluteInterval % ipd;
    int weekday = (m.startWeekday + day) % 7;
    int measuredDay = day - m.warmupDays;
    tally.openInterval(weekday * ipd + k, measuredDay >= 0 ? measuredDay : -1);
    if (k == 0) {
      double midnight = day * 86400.0;
      for (int i = 0; i < m.shifts.length; i++) {
        RosterShift s = m.shifts[i];
        if ((s.dayMask() & (1 << weekday)) != 0) {
          double start = midnight + s.startSeconds();
          events.schedule(start, SHIFT_START, i);
          events.schedule(start + s.lengthSeconds(), SHIFT_END, i);
        }
      }
    }
    if (absoluteInterval + 1 < totalIntervals) {
      events.schedule((absoluteInterval + 1) * intervalSeconds, BOUNDARY, absoluteInterval + 1);
    }
  }

  /** Adds the time since the last event to the integrals of the current interval. */
  private void integrate(double t) {
    tally.integrate(t, onDuty, busy, leaving, waiting);
  }

  private void countStillWaiting(double t) {
    for (int i = 0; i < ringSize; i++) {
      long entry = ring[(ringHead + i) & (ring.length - 1)];
      int c = (int) (entry >>> 32);
      if (contactQueuedGeneration[c] == (int) entry) {
        int day = contactDay[c];
        if (day >= 0) {
          tally.stillWaiting(contactCell[c], day, t - contactArrival[c]);
        }
      }
    }
  }

  // ---- queue ring buffer ----------------------------------------------------------------------

  private void enqueue(long entry) {
    if (ringSize == ring.length) {
      long[] bigger = new long[ring.length * 2];
      for (int i = 0; i < ringSize; i++) {
        bigger[i] = ring[(ringHead + i) & (ring.length - 1)];
      }
      ring = bigger;
      ringHead = 0;
    }
    ring[(ringHead + ringSize) & (ring.length - 1)] = entry;
    ringSize++;
  }

  /** Removes and returns the longest-waiting caller still in the queue; call only when waiting &gt; 0. */
  private int dequeue() {
    while (true) {
      long entry = ring[ringHead];
      ringHead = (ringHead + 1) & (ring.length - 1);
      ringSize--;
      int c = (int) (entry >>> 32);
      if (contactQueuedGeneration[c] == (int) entry) {
        contactQueuedGeneration[c] = 0;
        waiting--;
        return c;
      }
    }
  }

  // ---- contact slots --------------------------------------------------------------------------

  private int newContact() {
    if (freeContactCount == 0) {
      allocateContacts(contactsAllocated * 2);
    }
    return freeContacts[--freeContactCount];
  }

  private void releaseContact(int c) {
    freeContacts[freeContactCount++] = c;
  }

  private void allocateContacts(int capacity) {
    int old = contactsAllocated;
    contactArrival = grow(contactArrival, capacity);
    contactTalk = grow(contactTalk, capacity);
    contactAfterCall = grow(contactAfterCall, capacity);
    contactAttempts = grow(contactAttempts, capacity);
    contactCell = grow(contactCell, capacity);
    contactDay = grow(contactDay, capacity);
    contactFirstCell = grow(contactFirstCell, capacity);
    contactFirstDay = grow(contactFirstDay, capacity);
    contactGeneration = grow(contactGeneration, capacity);
    contactQueuedGeneration = grow(contactQueuedGeneration, capacity);
    freeContacts = grow(freeContacts, capacity);
    patienceTimers.ensureIdCapacity(capacity);
    // New slots are handed out lowest first.
    for (int c = capacity - 1; c >= old; c--) {
      freeContacts[freeContactCount++] = c;
    }
    contactsAllocated = capacity;
  }

  private static double[] grow(double[] a, int n) {
    return a == null ? new double[n] : Arrays.copyOf(a, n);
  }

  private static int[] grow(int[] a, int n) {
    return a == null ? new int[n] : Arrays.copyOf(a, n);
  }
}
