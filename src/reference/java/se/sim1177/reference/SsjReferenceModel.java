package se.sim1177.reference;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import se.sim1177.engine.StreamFamily;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.RandomSource;
import se.sim1177.model.Replication;
import se.sim1177.model.ReplicationResult;
import se.sim1177.model.Tally;
import se.sim1177.model.TallyRecorder;
import se.sim1177.scenario.DistributionSpec;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import umontreal.ssj.probdist.ConstantDist;
import umontreal.ssj.probdist.Distribution;
import umontreal.ssj.probdist.EmpiricalDist;
import umontreal.ssj.probdist.ErlangDist;
import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.probdist.GammaDist;
import umontreal.ssj.probdist.LognormalDist;
import umontreal.ssj.probdist.UniformDist;
import umontreal.ssj.probdist.WeibullDist;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The same phone-line model written the idiomatic SSJ way, as the yardstick for the engine's speed
 * and a second, independent implementation to check its answers: SSJ's {@link Simulator} with its
 * default event list, one {@link Event} object per scheduled event, abandonment events cancelled
 * when the caller is answered, callers and nurses as objects in {@link LinkedList}s, and
 * {@link RandomVariateGen}s over SSJ distributions (by inversion) drawing from the engine's own
 * streams ({@link EngineStream}).
 *
 * <p>It reads the {@link Scenario} itself rather than the engine's compiled model, uses the same
 * random-stream discipline (one stream per {@link RandomSource}, substream = replication, a
 * caller's first-attempt draws made when they first call) and records the same {@link Tally}
 * figures. The event-type priorities reproduce the engine's tie-break order.
 *
 * <p>Not part of the runtime: it lives in {@code src/reference/java}, which the build adds to the
 * test sources (the oracle of {@code SsjReferenceAgreementTest}) and, in the {@code bench} profile,
 * to the JMH sources ({@code ReplicationBenchmark.ssjReference}); SSJ is a test and benchmark
 * dependency only.
 */
public final class SsjReferenceModel {
  private static final double BOUNDARY = 0;
  private static final double SHIFT_END = 1;
  private static final double SHIFT_START = 2;
  private static final double SERVICE_END = 3;
  private static final double ABANDON = 4;
  private static final double REDIAL = 5;
  private static final double ARRIVAL = 6;

  private static final int OFF = 0;
  private static final int IDLE = 1;
  private static final int BUSY = 2;
  private static final int LEAVING = 3;

  private final Scenario scenario;
  private final Simulator sim = new Simulator();
  private final TallyRecorder tally;
  private final int ipd;
  private final double intervalSeconds;
  private final int warmupDays;
  private final int totalIntervals;
  private final double[] weekRates;
  private final double[] busyness;

  private final ExponentialGen unitExponential;
  private final RandomVariateGen talkGen;
  private final RandomVariateGen afterCallGen;
  private final RandomVariateGen patienceGen;
  private final RandomStream balkStream;
  private final RandomStream redialStream;
  private final RandomVariateGen redialPatienceGen;
  private final RandomVariateGen redialDelayGen;
  /** One absence stream per rostered shift, in roster order, as the engine draws them. */
  private final List<RandomStream> absenceStreams;

  private final List<ShiftNurses> shifts = new ArrayList<>();
  private final double[] groupServiceRate;
  private final int[] groupServing;
  private final LinkedList<Call> queue = new LinkedList<>();
  private final LinkedList<Nurse> idle = new LinkedList<>();
  private int onDuty;
  private int busy;
  private int leaving;

  private int arrivalInterval;
  private double arrivalCursor;
  private long events;
  private long attempts;
  /** Redials scheduled and not yet come. */
  private int redialsPending;
  /** After the measured period: the line drains, and the run stops once nobody waits or at the limit. */
  private boolean draining;
  private double drainStopped = Double.NaN;

  /** Whether the reference implements everything {@code scenario} uses: the phone line without chat or callbacks. */
  public static boolean supports(Scenario scenario) {
    return scenario.chat() == se.sim1177.scenario.Chat.NONE && scenario.callers().callback() == null
        && scenario.callers().chatLink() == null;
  }

  /** Runs replication {@code replication} of {@code model}'s scenario. */
  public static ReplicationResult simulate(CallCentreModel model, StreamFamily streams, int replication) {
    if (!supports(model.scenario())) {
      throw new IllegalArgumentException("the SSJ reference model covers the phone line only, without chat or callbacks");
    }
    return new SsjReferenceModel(model.scenario(), streams, replication).run();
  }

  private SsjReferenceModel(Scenario scenario, StreamFamily streams, int replication) {
    this.scenario = scenario;
    ipd = scenario.arrivals().intervalsPerDay();
    intervalSeconds = scenario.arrivals().intervalSeconds();
    warmupDays = scenario.simulation().warmupDays();
    int totalDays = scenario.simulation().totalDays();
    totalIntervals = totalDays * ipd;
    tally = new TallyRecorder(ipd, scenario.simulation().days(), scenario.targets().serviceLevelSeconds());

    weekRates = new double[7 * ipd];
    double weights = scenario.arrivals().intraday().stream().mapToDouble(Double::doubleValue).sum();
    for (int d = 0; d < 7; d++) {
      for (int k = 0; k < ipd; k++) {
        weekRates[d * ipd + k] = weights == 0 ? 0 : scenario.arrivals().callsPerDay() * scenario.arrivals().weekdayFactors().get(d)
            * scenario.arrivals().intraday().get(k) / weights / intervalSeconds;
      }
    }

    unitExponential = new EngineExponentialGen(stream(streams, RandomSource.ARRIVALS, replication), 1.0);
    talkGen = generator(stream(streams, RandomSource.TALK_TIME, replication), scenario.handling().talkTime());
    afterCallGen = generator(stream(streams, RandomSource.AFTER_CALL_WORK, replication), scenario.handling().afterCallWork());
    patienceGen = generator(stream(streams, RandomSource.PATIENCE, replication), scenario.callers().patience());
    balkStream = stream(streams, RandomSource.BALK, replication);
    redialStream = stream(streams, RandomSource.REDIAL, replication);
    redialPatienceGen = generator(redialStream, scenario.callers().patience());
    redialDelayGen = generator(redialStream, scenario.callers().redial().delay());
    absenceStreams = new ArrayList<>();
    RandomStream busynessStream = stream(streams, RandomSource.DAY_BUSYNESS, replication);
    double shape = scenario.arrivals().dayBusynessShape();
    GammaDist busynessDist = shape > 0 ? new GammaDist(shape, shape) : null;
    busyness = new double[totalDays];
    for (int d = 0; d < totalDays; d++) {
      double u = busynessStream.nextDouble();
      busyness[d] = busynessDist == null ? 1.0 : busynessDist.inverseF(u);
    }

    List<StaffGroup> groups = scenario.staff();
    groupServiceRate = new double[groups.size()];
    groupServing = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      StaffGroup group = groups.get(g);
      double meanHandle = scenario.handling().talkTime().mean() * group.handleTimeFactor() + scenario.handling().afterCallWork().mean();
      groupServiceRate[g] = meanHandle > 0 ? 1 / meanHandle : Double.MAX_VALUE;
      for (Shift s : group.shifts()) {
        if (s.nurses() > 0) {
          absenceStreams.add(stream(streams, CallCentreModel.absenceSource(shifts.size()), replication));
          shifts.add(new ShiftNurses(g, group, s, absenceStreams.get(shifts.size())));
        }
      }
    }
  }

  /**
   * The engine's stream for this source and replication, through SSJ's {@link RandomStream}
   * interface: the reference draws the very uniforms the engine draws, so the two models see the
   * same callers and the agreement test can pair them replication by replication.
   */
  private static RandomStream stream(StreamFamily streams, int source, int replication) {
    return new EngineStream(streams.stream(source, replication));
  }

  private static RandomStream stream(StreamFamily streams, RandomSource source, int replication) {
    return stream(streams, source.ordinal(), replication);
  }

  /**
   * SSJ's generator for a user's distribution: inversion of SSJ's own distribution, except the
   * exponential, which the engine draws with its ziggurat ({@link EngineExponentialGen}).
   */
  private static RandomVariateGen generator(RandomStream stream, DistributionSpec spec) {
    if (spec instanceof DistributionSpec.Exponential e) {
      return new EngineExponentialGen(stream, 1 / e.mean());
    }
    return new RandomVariateGen(stream, distribution(spec));
  }

  private static Distribution distribution(DistributionSpec spec) {
    if (spec instanceof DistributionSpec.Exponential e) {
      return new ExponentialDist(1 / e.mean());
    }
    if (spec instanceof DistributionSpec.Lognormal l) {
      return new LognormalDist(l.mu(), l.sigma());
    }
    if (spec instanceof DistributionSpec.GammaSpec g) {
      return new GammaDist(g.shape(), 1 / g.scale());
    }
    if (spec instanceof DistributionSpec.Erlang e) {
      return new ErlangDist(e.k(), e.k() / e.mean());
    }
    if (spec instanceof DistributionSpec.Weibull w) {
      return new WeibullDist(w.shape(), 1 / w.scale(), 0);
    }
    if (spec instanceof DistributionSpec.Uniform u) {
      return new UniformDist(u.min(), u.max());
    }
    if (spec instanceof DistributionSpec.Fixed f) {
      return new ConstantDist(f.value());
    }
    return new EmpiricalDist(((DistributionSpec.Empirical) spec).sortedValues());
  }

  private ReplicationResult run() {
    sim.init();
    new IntervalBoundary(0).schedule(0);
    arrivalInterval = 0;
    arrivalCursor = 0;
    scheduleNextArrival();
    double end = scenario.simulation().totalDays() * 86400.0;
    new EndOfRun().schedule(end);
    new DrainLimit().schedule(end + Replication.DRAIN_LIMIT_SECONDS);
    sim.start();
    double stop = Double.isNaN(drainStopped) ? sim.time() : drainStopped;
    tally.integrateDrain(stop, measuredWaiting());
    for (Call c : queue) {
      if (c.day >= 0) {
        tally.stillWaiting(c.cell, c.day, stop - c.arrival);
      }
    }
    return tally.result(events, attempts, 0, 0, stop - end, !drained());
  }

  private boolean drained() {
    return queue.isEmpty() && redialsPending == 0;
  }

  private int measuredWaiting() {
    int n = 0;
    for (Call c : queue) {
      if (c.day >= 0) {
        n++;
      }
    }
    return n;
  }

  /** Every event first brings the time integrals up to now. */
  private abstract class ModelEvent extends Event {
    ModelEvent(double priority) {
      super(SsjReferenceModel.this.sim);
      setPriority(priority);
    }

    @Override
    public final void actions() {
      events++;
      if (draining) {
        tally.integrateDrain(sim.time(), measuredWaiting());
      } else {
        tally.integrate(sim.time(), onDuty, busy, 0, leaving, queue.size());
      }
      happen();
      if (draining && drained()) {
        drainStopped = sim.time();
        sim.stop();
      }
    }

    abstract void happen();
  }

  private final class EndOfRun extends Event {
    EndOfRun() {
      super(SsjReferenceModel.this.sim);
      // Before anything else at the end time: like the engine, simulate only what happens before the end.
      setPriority(Double.NEGATIVE_INFINITY);
    }

    @Override
    public void actions() {
      // The measured period ends: no new caller arrives (none is scheduled past it); the line drains.
      tally.integrate(sim.time(), onDuty, busy, 0, leaving, queue.size());
      tally.closeMeasurement(sim.time());
      draining = true;
      if (drained()) {
        drainStopped = sim.time();
        sim.stop();
      }
    }
  }

  /** The drain's limit: whoever still waits is counted as still waiting. */
  private final class DrainLimit extends Event {
    DrainLimit() {
      super(SsjReferenceModel.this.sim);
      setPriority(Double.NEGATIVE_INFINITY);
    }

    @Override
    public void actions() {
      drainStopped = sim.time();
      sim.stop();
    }
  }

  private final class Call {
    double arrival;
    final double talk;
    final double afterCall;
    int attempts;
    int cell;
    int day;
    final int firstCell;
    final int firstDay;
    Abandonment abandonment;

    Call(double talk, double afterCall) {
      this.talk = talk;
      this.afterCall = afterCall;
      this.firstCell = tally.cell();
      this.firstDay = tally.day();
    }
  }

  private final class Nurse {
    final int group;
    final double handleFactor;
    int state = OFF;

    Nurse(int group, double handleFactor) {
      this.group = group;
      this.handleFactor = handleFactor;
    }
  }

  private final class ShiftNurses {
    final int group;
    final StaffGroup staffGroup;
    final Shift shift;
    final List<Nurse> nurses = new ArrayList<>();
    final RandomStream absence;

    ShiftNurses(int group, StaffGroup staffGroup, Shift shift, RandomStream absence) {
      this.group = group;
      this.staffGroup = staffGroup;
      this.shift = shift;
      this.absence = absence;
      for (int i = 0; i < shift.nurses(); i++) {
        nurses.add(new Nurse(group, staffGroup.handleTimeFactor()));
      }
    }
  }

  // ---- arrivals ------------------------------------------------------------------------------

  /** Inverts the cumulative piecewise-constant rate from the last arrival with one unit exponential. */
  private void scheduleNextArrival() {
    double e = unitExponential.nextDouble();
    double t = arrivalCursor;
    int k = arrivalInterval;
    while (k < totalIntervals) {
      int day = k / ipd;
      double rate = weekRates[((scenario.simulation().startWeekday().ordinal() + day) % 7) * ipd + k % ipd] * busyness[day];
      double intervalEnd = (k + 1) * intervalSeconds;
      double capacity = rate * (intervalEnd - t);
      if (e <= capacity) {
        arrivalCursor = t + e / rate;
        arrivalInterval = k;
        new Arrival().schedule(arrivalCursor - sim.time());
        return;
      }
      e -= capacity;
      k++;
      t = intervalEnd;
    }
    arrivalInterval = totalIntervals;
  }

  private final class Arrival extends ModelEvent {
    Arrival() {
      super(ARRIVAL);
    }

    @Override
    void happen() {
      Call call = new Call(talkGen.nextDouble(), afterCallGen.nextDouble());
      double patience = patienceGen.nextDouble();
      double balkDraw = balkStream.nextDouble();
      if (call.firstDay >= 0) {
        tally.add(call.firstCell, call.firstDay, Tally.FIRST_ATTEMPTS, 1);
      }
      call.attempts = 1;
      attempt(call, patience, balkDraw);
      scheduleNextArrival();
    }
  }

  private final class Redial extends ModelEvent {
    private final Call call;

    Redial(Call call) {
      super(REDIAL);
      this.call = call;
    }

    @Override
    void happen() {
      redialsPending--;
      call.attempts++;
      double patience = redialPatienceGen.nextDouble();
      double balkDraw = redialStream.nextDouble();
      attempt(call, patience, balkDraw);
    }
  }

  private void attempt(Call call, double patience, double balkDraw) {
    double now = sim.time();
    call.arrival = now;
    call.cell = tally.cell();
    call.day = tally.day();
    attempts++;
    if (call.day >= 0) {
      tally.add(call.cell, call.day, Tally.OFFERED, 1);
    }
    if (!idle.isEmpty()) {
      answer(call, idle.removeFirst());
      return;
    }
    if (balkDraw < scenario.callers().balkProbability()) {
      if (call.day >= 0) {
        tally.add(call.cell, call.day, Tally.BALKED, 1);
      }
      redialOrLeave(call);
      return;
    }
    if (queue.size() >= scenario.queue().maxWaiting() || predictedWait() > scenario.queue().maxPredictedWaitSeconds()) {
      if (call.day >= 0) {
        tally.add(call.cell, call.day, Tally.BLOCKED, 1);
      }
      redialOrLeave(call);
      return;
    }
    queue.addLast(call);
    call.abandonment = new Abandonment(call);
    call.abandonment.schedule(patience);
  }

  /**
   * The announced wait, written out here as the README states it (not shared with the engine):
   * Σ_{j=0..k} 1 / (sμ + jθ) for k callers ahead, nurses on duty completing calls at sμ and
   * callers abandoning at θ = 1 / mean patience; with nobody on duty, the time until the next
   * shift starts plus the same sum at that shift's expected rate.
   */
  private double predictedWait() {
    if (scenario.queue().maxPredictedWaitSeconds() == Double.POSITIVE_INFINITY) {
      return 0;
    }
    double meanPatience = scenario.callers().patience().mean();
    double theta = meanPatience > 0 && meanPatience < Double.POSITIVE_INFINITY ? 1 / meanPatience : 0;
    double rate = 0;
    for (int g = 0; g < groupServing.length; g++) {
      rate += groupServing[g] * groupServiceRate[g];
    }
    double until = 0;
    if (rate == 0) {
      double now = sim.time();
      double next = Double.POSITIVE_INFINITY;
      int today = (int) Math.floor(now / 86400.0);
      for (int d = today - 1; d <= today + 7; d++) {
        for (ShiftNurses s : shifts) {
          if (!s.shift.days().contains(scenario.simulation().weekdayOf(d))) {
            continue;
          }
          double start = d * 86400.0 + s.shift.startMinute() * 60.0;
          double shiftRate = s.nurses.size() * (1 - s.staffGroup.absence()) * groupServiceRate[s.group];
          if (start > now && shiftRate > 0 && start <= next) {
            rate = start < next ? shiftRate : rate + shiftRate;
            next = start;
          }
        }
      }
      if (next == Double.POSITIVE_INFINITY) {
        return Double.POSITIVE_INFINITY;
      }
      until = next - now;
    }
    if (theta == 0) {
      return until + (queue.size() + 1) / rate;
    }
    double sum = 0;
    for (int j = 0; j <= queue.size(); j++) {
      sum += 1 / (rate + j * theta);
    }
    return until + sum;
  }

  private final class Abandonment extends ModelEvent {
    private final Call call;

    Abandonment(Call call) {
      super(ABANDON);
      this.call = call;
    }

    @Override
    void happen() {
      queue.remove(call);
      if (call.day >= 0) {
        tally.abandoned(call.cell, call.day, sim.time() - call.arrival);
      }
      redialOrLeave(call);
    }
  }

  private void redialOrLeave(Call call) {
    double p = scenario.callers().redial().probability();
    if (call.attempts < scenario.callers().redial().maxAttempts() && p > 0 && redialStream.nextDouble() < p) {
      new Redial(call).schedule(redialDelayGen.nextDouble());
      redialsPending++;
    }
  }

  private void answer(Call call, Nurse nurse) {
    double wait = sim.time() - call.arrival;
    if (call.day >= 0) {
      tally.answered(call.cell, call.day, wait);
    }
    if (call.firstDay >= 0) {
      tally.add(call.firstCell, call.firstDay, Tally.UNIQUE_ANSWERED, 1);
    }
    nurse.state = BUSY;
    busy++;
    new ServiceEnd(nurse).schedule(call.talk * nurse.handleFactor + call.afterCall);
  }

  // ---- nurses --------------------------------------------------------------------------------

  private final class ServiceEnd extends ModelEvent {
    private final Nurse nurse;

    ServiceEnd(Nurse nurse) {
      super(SERVICE_END);
      this.nurse = nurse;
    }

    @Override
    void happen() {
      busy--;
      if (nurse.state == LEAVING) {
        nurse.state = OFF;
        leaving--;
        onDuty--;
        return;
      }
      becomeFree(nurse);
    }
  }

  private void becomeFree(Nurse nurse) {
    if (!queue.isEmpty()) {
      Call next = queue.removeFirst();
      next.abandonment.cancel();
      answer(next, nurse);
    } else {
      nurse.state = IDLE;
      idle.addLast(nurse);
    }
  }

  private final class ShiftStart extends ModelEvent {
    private final ShiftNurses shift;

    ShiftStart(ShiftNurses shift) {
      super(SHIFT_START);
      this.shift = shift;
    }

    @Override
    void happen() {
      for (Nurse n : shift.nurses) {
        if (shift.absence.nextDouble() < shift.staffGroup.absence()) {
          continue;
        }
        if (n.state == OFF) {
          onDuty++;
          groupServing[n.group]++;
          becomeFree(n);
        } else if (n.state == LEAVING) {
          n.state = BUSY;
          leaving--;
          groupServing[n.group]++;
        }
      }
    }
  }

  private final class ShiftEnd extends ModelEvent {
    private final ShiftNurses shift;

    ShiftEnd(ShiftNurses shift) {
      super(SHIFT_END);
      this.shift = shift;
    }

    @Override
    void happen() {
      for (Nurse n : shift.nurses) {
        if (n.state == IDLE) {
          for (Iterator<Nurse> it = idle.iterator(); it.hasNext(); ) {
            if (it.next() == n) {
              it.remove();
              break;
            }
          }
          n.state = OFF;
          onDuty--;
          groupServing[n.group]--;
        } else if (n.state == BUSY) {
          n.state = LEAVING;
          leaving++;
          groupServing[n.group]--;
        }
      }
    }
  }

  private void scheduleShifts(int day) {
    for (ShiftNurses s : shifts) {
      if (s.shift.days().contains(scenario.simulation().weekdayOf(day))) {
        double start = day * 86400.0 + s.shift.startMinute() * 60.0;
        double end = start + s.shift.lengthMinutes() * 60.0;
        if (end > 0) {
          new ShiftStart(s).schedule(Math.max(0, start) - sim.time());
          new ShiftEnd(s).schedule(end - sim.time());
        }
      }
    }
  }

  private final class IntervalBoundary extends ModelEvent {
    private final int interval;

    IntervalBoundary(int interval) {
      super(BOUNDARY);
      this.interval = interval;
    }

    @Override
    void happen() {
      int day = interval / ipd;
      int k = interval % ipd;
      int weekday = (scenario.simulation().startWeekday().ordinal() + day) % 7;
      int measured = day - warmupDays;
      tally.openInterval(weekday * ipd + k, measured >= 0 ? measured : -1);
      if (k == 0) {
        scheduleShifts(day);
        if (interval + ipd >= totalIntervals) {
          scheduleShifts(day + 1); // the roster goes on while the line drains
        }
        if (day == 0) {
          scheduleShifts(-1); // night shifts that began the evening before the run
        }
      }
      if (interval + 1 < totalIntervals) {
        new IntervalBoundary(interval + 1).schedule((interval + 1) * intervalSeconds - sim.time());
      }
    }
  }
}
