package se.sim1177.analytic;

/**
 * The M/M/c+M queue (Erlang A; Palm 1943, Garnett, Mandelbaum and Reiman 2002): Poisson arrivals,
 * exponential handling, c agents and exponential patience, FIFO. Computed numerically from the
 * birth–death chain of the number in system, truncated where its probabilities fall below 1e-16 of
 * their peak; waiting-time figures follow a tagged caller through the queue. The work is bounded
 * ({@link ErlangLimits}): beyond a bound the computation stops with an {@link ErlangLimitException}
 * before it starts, never after minutes.
 *
 * @param arrivalRate calls per second
 * @param meanHandleSeconds mean handling time
 * @param agents nurses
 * @param meanPatienceSeconds mean patience
 */
public record ErlangA(double arrivalRate, double meanHandleSeconds, int agents, double meanPatienceSeconds) {
  private static final double NEGLIGIBLE = 1e-16;

  /**
   * @throws ErlangLimitException when {@code agents} is above {@link ErlangLimits#MOST_AGENTS}, or
   *     the callers waiting at once (agents aside) would be more than {@link ErlangLimits#MOST_STATES}
   */
  public ErlangA {
    if (!(arrivalRate > 0) || !(meanHandleSeconds > 0) || agents < 1 || !(meanPatienceSeconds > 0)) {
      throw new IllegalArgumentException(
          "Erlang A needs a positive arrival rate, handling time and patience, and at least one agent");
    }
    if (agents > ErlangLimits.MOST_AGENTS) {
      throw ErlangLimitException.tooManyAgents();
    }
    // With more arrivals than the agents answer, the chain's peak lies where abandonment takes
    // away the excess: the excess times the mean patience. Past the peak the probabilities fall
    // as exp(-k²/(2·λ·patience)), so the chain runs on for √(2·ln(1/NEGLIGIBLE)·λ·patience) more
    // states before they are negligible. Refuse before walking that far.
    double excess = arrivalRate - agents / meanHandleSeconds;
    if (excess > 0) {
      double reach = excess * meanPatienceSeconds
          + Math.sqrt(2 * -StrictMath.log(NEGLIGIBLE) * arrivalRate * meanPatienceSeconds);
      if (!(reach <= ErlangLimits.MOST_STATES)) {
        throw ErlangLimitException.tooManyWaiting(agents, reach);
      }
    }
  }

  /** Stationary probabilities of n = 0, 1, ... in system (truncated, normalised). */
  private double[] stationary() {
    double mu = 1 / meanHandleSeconds;
    double theta = 1 / meanPatienceSeconds;
    // Unnormalised log-probabilities, then scaled by their maximum to avoid overflow.
    double[] logp = new double[64];
    int n = 0;
    double peak = 0;
    logp[0] = 0;
    while (true) {
      double death = Math.min(n + 1, agents) * mu + Math.max(n + 1 - agents, 0) * theta;
      double next = logp[n] + StrictMath.log(arrivalRate / death);
      n++;
      if (n >= logp.length) {
        logp = java.util.Arrays.copyOf(logp, logp.length * 2);
      }
      logp[n] = next;
      peak = Math.max(peak, next);
      if (n > agents && next < peak + StrictMath.log(NEGLIGIBLE) && arrivalRate < death) {
        break;
      }
      if (n - agents >= ErlangLimits.MOST_STATES) {
        throw ErlangLimitException.longTail(agents);
      }
    }
    double[] p = new double[n + 1];
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      p[i] = StrictMath.exp(logp[i] - peak);
      sum += p[i];
    }
    for (int i = 0; i <= n; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** Every Erlang A figure at once; {@code serviceLevelSeconds} sets the service-level threshold. */
  public Figures figures(double serviceLevelSeconds) {
    return figures(serviceLevelSeconds, true);
  }

  /**
   * Every Erlang A figure but the service level (NaN): the service level is the one figure whose
   * work grows with a threshold, so a question that has no use for it does not pay for it.
   */
  public Figures figuresWithoutServiceLevel() {
    return figures(Double.NaN, false);
  }

  private Figures figures(double serviceLevelSeconds, boolean withServiceLevel) {
    double[] p = stationary();
    int top = p.length - 1;
    double mu = 1 / meanHandleSeconds;
    double theta = 1 / meanPatienceSeconds;
    double cmu = agents * mu;

    double probWait = 0;
    double queue = 0;
    for (int n = agents; n <= top; n++) {
      probWait += p[n];
      queue += (n - agents) * p[n];
    }
    double probAbandon = theta * queue / arrivalRate;

    // Tagged caller with i callers ahead: served probability S_i and E[wait; served] T_i.
    int maxAhead = Math.max(0, top - agents);
    double served = 0;
    double waitServed = 0;
    for (int n = 0; n < Math.min(agents, p.length); n++) {
      served += p[n];
    }
    double s = 1;
    double t = 0;
    for (int i = 0; i <= maxAhead; i++) {
      double rateOut = cmu + (i + 1) * theta;
      double forward = (cmu + i * theta) / rateOut;
      t = forward * (s / rateOut + t);
      s = forward * s;
      served += p[agents + i] * s;
      waitServed += p[agents + i] * t;
    }
    double serviceLevel = withServiceLevel ? answeredWithin(p, serviceLevelSeconds) : Double.NaN;
    return new Figures(
        probWait,
        1 - probAbandon,
        probAbandon,
        queue / arrivalRate,
        waitServed / served,
        serviceLevel,
        queue,
        arrivalRate * (1 - probAbandon) * meanHandleSeconds / agents);
  }

  /**
   * P(answered within {@code seconds}) for an arriving caller: those who find a free agent, plus
   * those who reach an agent in time, by uniformisation of the tagged caller's chain.
   */
  private double answeredWithin(double[] p, double seconds) {
    double mu = 1 / meanHandleSeconds;
    double theta = 1 / meanPatienceSeconds;
    double cmu = agents * mu;
    int maxAhead = Math.max(0, p.length - 1 - agents);
    double immediate = 0;
    for (int n = 0; n < Math.min(agents, p.length); n++) {
      immediate += p[n];
    }
    if (maxAhead == 0 && p.length <= agents) {
      return immediate;
    }
    double uniformRate = cmu + (maxAhead + 1) * theta;
    double lambdaT = uniformRate * seconds;
    // v[i] = P(served within k uniformised steps | i ahead), iterated over k.
    double[] v = new double[maxAhead + 1];
    double[] nextV = new double[maxAhead + 1];
    double stepsNeeded = Math.ceil(lambdaT + 12 * Math.sqrt(lambdaT) + 30);
    // After k steps only a caller with fewer than k ahead can have been served: v[i] is zero for
    // i >= k, so step k updates the first k + 1 entries only, and the sum has at most this many terms.
    double terms = (stepsNeeded + 1) * Math.min(stepsNeeded + 1, maxAhead + 1);
    if (!(terms <= ErlangLimits.MOST_SERVICE_LEVEL_TERMS)) {
      throw ErlangLimitException.tooManyTerms(agents, terms);
    }
    int steps = (int) stepsNeeded;
    // The tagged caller's chance to move one place forward, or to stay, in one uniformised step.
    double[] forward = new double[maxAhead + 1];
    double[] stay = new double[maxAhead + 1];
    for (int i = 0; i <= maxAhead; i++) {
      forward[i] = (cmu + i * theta) / uniformRate;
      stay[i] = 1 - (cmu + (i + 1) * theta) / uniformRate;
    }
    double logWeight = -lambdaT; // log Poisson(0; lambdaT)
    double[] within = new double[maxAhead + 1];
    for (int k = 0; k <= steps; k++) {
      double weight = StrictMath.exp(logWeight);
      int reached = Math.min(k, maxAhead);
      for (int i = 0; i <= reached; i++) {
        within[i] += weight * v[i];
      }
      for (int i = 0; i <= reached; i++) {
        double ahead = i == 0 ? 1 : v[i - 1];
        nextV[i] = forward[i] * ahead + stay[i] * v[i];
      }
      double[] swap = v;
      v = nextV;
      nextV = swap;
      logWeight += StrictMath.log(lambdaT) - StrictMath.log(k + 1);
    }
    double result = immediate;
    for (int i = 0; i <= maxAhead; i++) {
      result += p[agents + i] * within[i];
    }
    return result;
  }

  /**
   * Erlang A figures for one interval.
   *
   * @param probabilityOfWaiting share of callers who find all agents busy
   * @param answerRate share answered
   * @param abandonRate share abandoning
   * @param meanWaitAllSeconds mean time in queue over all callers, abandoners up to abandonment
   * @param meanWaitAnsweredSeconds mean wait of answered callers, zero waits included (ASA)
   * @param serviceLevel share of all callers answered within the threshold
   * @param meanQueueLength mean number waiting
   * @param occupancy share of agent time busy
   */
  public record Figures(double probabilityOfWaiting, double answerRate, double abandonRate,
      double meanWaitAllSeconds, double meanWaitAnsweredSeconds, double serviceLevel,
      double meanQueueLength, double occupancy) {}
}
