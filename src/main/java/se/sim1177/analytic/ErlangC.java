package se.sim1177.analytic;

/**
 * The M/M/c queue (Erlang C): Poisson arrivals, exponential handling, c agents, infinitely patient
 * callers. Exact closed forms; valid only below full load. At most {@link ErlangLimits#MOST_AGENTS}
 * agents ({@link ErlangLimitException} beyond).
 *
 * @param arrivalRate calls per second
 * @param meanHandleSeconds mean handling time
 * @param agents nurses
 */
public record ErlangC(double arrivalRate, double meanHandleSeconds, int agents) {
  public ErlangC {
    if (!(arrivalRate > 0) || !(meanHandleSeconds > 0) || agents < 1) {
      throw new IllegalArgumentException("Erlang C needs a positive arrival rate, handling time and at least one agent");
    }
    if (agents > ErlangLimits.MOST_AGENTS) {
      throw ErlangLimitException.tooManyAgents();
    }
    if (arrivalRate * meanHandleSeconds >= agents) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "offered load %.2f erlangs is at or above %d agents: an M/M/c queue without abandonment has no steady state",
          arrivalRate * meanHandleSeconds, agents));
    }
  }

  /** Offered load a = λ / μ in erlangs. */
  public double offeredLoad() {
    return arrivalRate * meanHandleSeconds;
  }

  /** Erlang B blocking probability with the same load and agents (stable recursion). */
  public double erlangB() {
    double b = 1;
    double a = offeredLoad();
    for (int k = 1; k <= agents; k++) {
      b = a * b / (k + a * b);
    }
    return b;
  }

  /** Probability that an arriving caller has to wait. */
  public double probabilityOfWaiting() {
    double b = erlangB();
    double rho = offeredLoad() / agents;
    return b / (1 - rho * (1 - b));
  }

  /** Mean wait over all callers (ASA), seconds. */
  public double meanWaitSeconds() {
    return probabilityOfWaiting() / (agents / meanHandleSeconds - arrivalRate);
  }

  /** Share of callers answered within {@code seconds}. */
  public double serviceLevel(double seconds) {
    return 1 - probabilityOfWaiting() * StrictMath.exp(-(agents / meanHandleSeconds - arrivalRate) * seconds);
  }

  /** Mean number waiting (Little's law on the wait). */
  public double meanQueueLength() {
    return arrivalRate * meanWaitSeconds();
  }

  public double occupancy() {
    return offeredLoad() / agents;
  }
}
