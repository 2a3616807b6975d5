package se.sim1177.reference;

import static se.sim1177.reference.TutorialCallCentreData.AGENTS_PER_PERIOD;
import static se.sim1177.reference.TutorialCallCentreData.BUSYNESS_SHAPE;
import static se.sim1177.reference.TutorialCallCentreData.CALLS_PER_HOUR;
import static se.sim1177.reference.TutorialCallCentreData.HOUR_SECONDS;
import static se.sim1177.reference.TutorialCallCentreData.OPENING_SECONDS;
import static se.sim1177.reference.TutorialCallCentreData.PATIENCE_RATE_PER_SECOND;
import static se.sim1177.reference.TutorialCallCentreData.PERIODS;
import static se.sim1177.reference.TutorialCallCentreData.SERVICE_RATE_PER_SECOND;
import static se.sim1177.reference.TutorialCallCentreData.SERVICE_SHAPE;
import static se.sim1177.reference.TutorialCallCentreData.ZERO_PATIENCE_PROBABILITY;

import java.util.ArrayDeque;
import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.probdist.GammaDist;
import umontreal.ssj.randvar.GammaAcceptanceRejectionGen;
import umontreal.ssj.randvar.GammaGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * SSJ's tutorial call centre written the way the tutorial writes it, as the peer that sim1177 is
 * timed against on that workload: SSJ's {@link Simulator} (default event list) and {@link Event}s,
 * one reusable arrival event that a new period reschedules by the ratio of the rates, a new
 * completion event and a call object per call, the queue an {@link ArrayDeque} where abandonment
 * is found lazily when a caller reaches its head, busy agents as a counter against the period's
 * agents, SSJ's {@link MRG32k3a} streams, its gamma acceptance-rejection generator for service
 * times and its distributions' inverses for the rest.
 *
 * <p>Differences from the tutorial's code, none of which makes it slower: one {@link Simulator}
 * per instance instead of the static default one (so replications can run on several threads);
 * an {@link ArrayDeque} instead of a {@code LinkedList}; plain sums instead of SSJ tallies; each
 * random stream starting at its own substream of one seeded MRG32k3a stream instead of the
 * package's next stream, so replications are reproducible whatever the thread that runs them.
 */
public final class SsjTutorialCallCentre {
  /** Random sources; each starts at substream {@code replication × SOURCES + source}. */
  private static final int BUSYNESS = 0;
  private static final int ARRIVALS = 1;
  private static final int PATIENCE = 2;
  private static final int SERVICE = 3;
  private static final int SOURCES = 4;

  private final Simulator sim = new Simulator();
  private final RandomStream busynessStream;
  private final RandomStream arrivalStream;
  private final RandomStream patienceStream;
  private final GammaGen serviceGen;
  private final Event nextArrival = new Arrival();
  private final ArrayDeque<Call> waitList = new ArrayDeque<>();

  private final double busynessShape;
  private double busyness;
  private double arrivalRatePerSecond;
  private int agents;
  private int busy;
  private long offered;
  private long answered;
  private long lost;
  private double waitSeconds;
  private long days;

  /**
   * @param busynessShape shape (and rate) of the daily busyness factor's gamma distribution:
   *     {@link TutorialCallCentreData#BUSYNESS_SHAPE} for the tutorial's centre
   */
  public SsjTutorialCallCentre(long seed, int replication, double busynessShape) {
    this.busynessShape = busynessShape;
    busynessStream = stream(seed, replication, BUSYNESS);
    arrivalStream = stream(seed, replication, ARRIVALS);
    patienceStream = stream(seed, replication, PATIENCE);
    serviceGen = new GammaAcceptanceRejectionGen(stream(seed, replication, SERVICE), SERVICE_SHAPE,
        SERVICE_RATE_PER_SECOND);
  }

  /** Simulates {@code days} days of one replication of the tutorial's centre. */
  public static TutorialTotals simulate(long seed, int replication, int days) {
    return simulate(seed, replication, days, BUSYNESS_SHAPE);
  }

  public static TutorialTotals simulate(long seed, int replication, int days, double busynessShape) {
    SsjTutorialCallCentre centre = new SsjTutorialCallCentre(seed, replication, busynessShape);
    for (int d = 0; d < days; d++) {
      centre.simulateOneDay();
    }
    return centre.totals();
  }

  private static RandomStream stream(long seed, int replication, int source) {
    MRG32k3a s = new MRG32k3a();
    // MRG32k3a's seed: three values below m1 = 2^32 - 209 and three below m2 = 2^32 - 22767.
    long v = Math.floorMod(seed, 4294944443L - 1) + 1;
    s.setSeed(new long[] {v, v, v, v, v, v});
    for (int k = replication * SOURCES + source; k > 0; k--) {
      s.resetNextSubstream();
    }
    return s;
  }

  public TutorialTotals totals() {
    return new TutorialTotals(days, offered, answered, lost, waitSeconds);
  }

  public void simulateOneDay() {
    sim.init();
    busy = 0;
    busyness = GammaDist.inverseF(busynessShape, busynessShape, 8, busynessStream.nextDouble());
    new NextPeriod(0).schedule(OPENING_SECONDS);
    sim.start();
    days++;
  }

  /** A caller: draws a service time on arrival and a patience only if it has to wait. */
  private final class Call {
    private final double serviceTime;
    private double arrivalTime;
    private double patienceTime;

    Call() {
      serviceTime = serviceGen.nextDouble();
      if (busy < agents) {
        busy++;
        answered++;
        new CallCompletion().schedule(serviceTime);
      } else {
        patienceTime = patience();
        arrivalTime = sim.time();
        waitList.addLast(this);
      }
    }

    void endWait() {
      double wait = sim.time() - arrivalTime;
      if (patienceTime < wait) {
        lost++;
        wait = patienceTime;
      } else {
        busy++;
        answered++;
        new CallCompletion().schedule(serviceTime);
      }
      waitSeconds += wait;
    }
  }

  private final class NextPeriod extends Event {
    private final int period;

    NextPeriod(int period) {
      super(SsjTutorialCallCentre.this.sim);
      this.period = period;
    }

    @Override
    public void actions() {
      if (period < PERIODS) {
        agents = AGENTS_PER_PERIOD[period];
        arrivalRatePerSecond = busyness * CALLS_PER_HOUR[period] / HOUR_SECONDS;
        if (period == 0) {
          nextArrival.schedule(ExponentialDist.inverseF(arrivalRatePerSecond, arrivalStream.nextDouble()));
        } else {
          checkQueue();
          // Memoryless arrivals: the time left to the next one scales with the rate's ratio.
          nextArrival.reschedule((nextArrival.time() - sim.time()) * CALLS_PER_HOUR[period - 1] / CALLS_PER_HOUR[period]);
        }
        new NextPeriod(period + 1).schedule(HOUR_SECONDS);
      } else {
        // Closing: no more arrivals; the last period's agents empty the queue.
        nextArrival.cancel();
      }
    }
  }

  private final class Arrival extends Event {
    Arrival() {
      super(SsjTutorialCallCentre.this.sim);
    }

    @Override
    public void actions() {
      nextArrival.schedule(ExponentialDist.inverseF(arrivalRatePerSecond, arrivalStream.nextDouble()));
      offered++;
      new Call();
    }
  }

  private final class CallCompletion extends Event {
    CallCompletion() {
      super(SsjTutorialCallCentre.this.sim);
    }

    @Override
    public void actions() {
      busy--;
      checkQueue();
    }
  }

  private void checkQueue() {
    while (!waitList.isEmpty() && busy < agents) {
      waitList.removeFirst().endWait();
    }
  }

  /** Zero with the zero-patience probability, else exponential, from one uniform as the tutorial draws it. */
  private double patience() {
    double u = patienceStream.nextDouble();
    if (u <= ZERO_PATIENCE_PROBABILITY) {
      return 0.0;
    }
    return ExponentialDist.inverseF(PATIENCE_RATE_PER_SECOND, (1.0 - u) / (1.0 - ZERO_PATIENCE_PROBABILITY));
  }

  /**
   * Whole-process run for {@code docs/bench/tutorial-whole-process.sh}: {@code [days]
   * [replications] [threads] [seed]}, defaults 1000, 50, all cores, 1660.
   */
  public static void main(String[] args) throws Exception {
    TutorialRunner.main("SSJ tutorial style", SsjTutorialCallCentre::simulate, args);
  }
}
