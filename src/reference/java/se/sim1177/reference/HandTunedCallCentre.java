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

import java.util.SplittableRandom;

/**
 * SSJ's tutorial call centre as a hand-tuned loop: the cost floor that sim1177's engine is
 * measured against on that workload. The same model as {@link SsjTutorialCallCentre} (busy agents
 * as a counter, abandonment found lazily at the head of the queue, the arrival's remaining time
 * rescaled at a period change), with everything a general engine pays for taken out: the next
 * arrival and the next period change are scalars, call completions (which need no payload, since
 * any agent will do) are bare times in a binary min-heap over a {@code double[]}, the queue is a
 * ring buffer of arrival times and patience deadlines, variates come from {@link SplittableRandom}
 * by inversion, and nothing is allocated per event or per call.
 *
 * <p>It is specific to this centre: exponential service (the tutorial's gamma has shape 1), and a
 * daily busyness whose gamma shape is a whole number, drawn as a sum of exponentials.
 *
 * <p>It lives in {@code src/reference/java} beside the SSJ model rather than in {@code src/jmh}:
 * the agreement test (test scope) needs it as much as the JMH benchmark does, and that folder is
 * the one both builds compile.
 */
public final class HandTunedCallCentre {
  private static final double SERVICE_MEAN_SECONDS = SERVICE_SHAPE / SERVICE_RATE_PER_SECOND;

  private final SplittableRandom random;
  private final int busynessShape;

  private double[] completions = new double[64];
  private int busy;

  /** Waiting callers: arrival time and the time their patience runs out, in a ring of 2^k slots. */
  private double[] queueArrival = new double[1024];
  private double[] queueDeadline = new double[1024];
  private int queueHead;
  private int queueSize;

  private long offered;
  private long answered;
  private long lost;
  private double waitSeconds;
  private long days;

  /**
   * @param busynessShape shape (and rate) of the daily busyness factor's gamma distribution, a
   *     whole number: {@link TutorialCallCentreData#BUSYNESS_SHAPE} for the tutorial's centre
   */
  public HandTunedCallCentre(long seed, int replication, int busynessShape) {
    this.busynessShape = busynessShape;
    // Replication r takes the (r+1)-th split of the seed's generator: independent, reproducible
    // streams whatever the thread that runs the replication.
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom r = root.split();
    for (int k = 0; k < replication; k++) {
      r = root.split();
    }
    random = r;
  }

  /** Simulates {@code days} days of one replication of the tutorial's centre. */
  public static TutorialTotals simulate(long seed, int replication, int days) {
    if (BUSYNESS_SHAPE != (int) BUSYNESS_SHAPE) {
      throw new IllegalStateException("the busyness shape must be a whole number here");
    }
    return simulate(seed, replication, days, (int) BUSYNESS_SHAPE);
  }

  public static TutorialTotals simulate(long seed, int replication, int days, int busynessShape) {
    HandTunedCallCentre centre = new HandTunedCallCentre(seed, replication, busynessShape);
    for (int d = 0; d < days; d++) {
      centre.simulateOneDay();
    }
    return centre.totals();
  }

  public TutorialTotals totals() {
    return new TutorialTotals(days, offered, answered, lost, waitSeconds);
  }

  /** A uniform in (0, 1], safe to take the logarithm of. */
  private double openUniform() {
    return 1.0 - random.nextDouble();
  }

  public void simulateOneDay() {
    double busyness = gammaWholeShape() / busynessShape;
    double ratePerSecond = 0;
    int agents = 0;
    int period = -1;
    double nextPeriod = OPENING_SECONDS;
    double nextArrival = Double.POSITIVE_INFINITY;
    while (true) {
      double nextCompletion = busy > 0 ? completions[0] : Double.POSITIVE_INFINITY;
      if (nextPeriod <= nextArrival && nextPeriod <= nextCompletion) {
        if (nextPeriod == Double.POSITIVE_INFINITY) {
          break; // closed, queue empty, every agent free: the day is over
        }
        double t = nextPeriod;
        period++;
        if (period < PERIODS) {
          agents = AGENTS_PER_PERIOD[period];
          ratePerSecond = busyness * CALLS_PER_HOUR[period] / HOUR_SECONDS;
          if (period == 0) {
            nextArrival = t - Math.log(openUniform()) / ratePerSecond;
          } else {
            serveQueue(t, agents);
            nextArrival = t + (nextArrival - t) * CALLS_PER_HOUR[period - 1] / CALLS_PER_HOUR[period];
          }
          nextPeriod = t + HOUR_SECONDS;
        } else {
          nextArrival = Double.POSITIVE_INFINITY;
          nextPeriod = Double.POSITIVE_INFINITY;
        }
      } else if (nextArrival <= nextCompletion) {
        double t = nextArrival;
        nextArrival = t - Math.log(openUniform()) / ratePerSecond;
        offered++;
        if (busy < agents) {
          answered++;
          startService(t);
        } else {
          double u = random.nextDouble();
          if (u <= ZERO_PATIENCE_PROBABILITY) {
            lost++; // hangs up at once: a wait of zero
          } else {
            // The same uniform, rescaled to (0, 1], gives the exponential patience.
            double patience = -Math.log((1.0 - u) / (1.0 - ZERO_PATIENCE_PROBABILITY)) / PATIENCE_RATE_PER_SECOND;
            enqueue(t, t + patience);
          }
        }
      } else {
        double t = removeEarliestCompletion();
        serveQueue(t, agents);
      }
    }
    days++;
  }

  /** Gamma with a whole-number shape and scale 1: the sum of that many unit exponentials. */
  private double gammaWholeShape() {
    // Logarithms summed rather than uniforms multiplied: a product of hundreds would underflow.
    double sum = 0;
    for (int k = 0; k < busynessShape; k++) {
      sum -= Math.log(openUniform());
    }
    return sum;
  }

  private void serveQueue(double t, int agents) {
    while (queueSize > 0 && busy < agents) {
      double arrival = queueArrival[queueHead];
      double deadline = queueDeadline[queueHead];
      queueHead = (queueHead + 1) & (queueArrival.length - 1);
      queueSize--;
      if (deadline < t) {
        lost++;
        waitSeconds += deadline - arrival;
      } else {
        answered++;
        waitSeconds += t - arrival;
        startService(t);
      }
    }
  }

  private void enqueue(double arrival, double deadline) {
    if (queueSize == queueArrival.length) {
      growQueue();
    }
    int tail = (queueHead + queueSize) & (queueArrival.length - 1);
    queueArrival[tail] = arrival;
    queueDeadline[tail] = deadline;
    queueSize++;
  }

  private void growQueue() {
    int n = queueArrival.length;
    double[] arrival = new double[2 * n];
    double[] deadline = new double[2 * n];
    for (int k = 0; k < n; k++) {
      arrival[k] = queueArrival[(queueHead + k) & (n - 1)];
      deadline[k] = queueDeadline[(queueHead + k) & (n - 1)];
    }
    queueArrival = arrival;
    queueDeadline = deadline;
    queueHead = 0;
  }

  /** An agent takes a call at {@code t}: its completion joins the heap. */
  private void startService(double t) {
    double end = t - SERVICE_MEAN_SECONDS * Math.log(openUniform());
    if (busy == completions.length) {
      completions = java.util.Arrays.copyOf(completions, 2 * busy);
    }
    int child = busy++;
    while (child > 0) {
      int parent = (child - 1) >>> 1;
      if (completions[parent] <= end) {
        break;
      }
      completions[child] = completions[parent];
      child = parent;
    }
    completions[child] = end;
  }

  private double removeEarliestCompletion() {
    double earliest = completions[0];
    double last = completions[--busy];
    int parent = 0;
    int half = busy >>> 1;
    while (parent < half) {
      int child = 2 * parent + 1;
      if (child + 1 < busy && completions[child + 1] < completions[child]) {
        child++;
      }
      if (last <= completions[child]) {
        break;
      }
      completions[parent] = completions[child];
      parent = child;
    }
    completions[parent] = last;
    return earliest;
  }

  /**
   * Whole-process run for {@code docs/bench/tutorial-whole-process.sh}: {@code [days]
   * [replications] [threads] [seed]}, defaults 1000, 50, all cores, 1660.
   */
  public static void main(String[] args) throws Exception {
    TutorialRunner.main("hand-tuned", HandTunedCallCentre::simulate, args);
  }
}
