package se.sim1177.analytic;

/**
 * How much work the Erlang computations take on, so that no input makes them run for hours or
 * fill the heap: beyond these an {@link ErlangLimitException} says which bound was reached,
 * before the work starts.
 */
public final class ErlangLimits {
  private ErlangLimits() {}

  /**
   * The most nurses (agents) of one computation, and so the most a staffing requirement or an
   * {@code erlang} table can reach: {@code sim1177 erlang --nurses} has always stopped here, and
   * 1177's busiest hour in all of Sweden needs a few hundred nurses.
   */
  public static final int MOST_AGENTS = 10_000;

  /**
   * The most callers waiting at once that Erlang A's birth–death chain follows (beyond the
   * agents): 10 for each of {@link #MOST_AGENTS}. The chain's peak lies at the excess of arrivals
   * over what the nurses answer times the mean patience, so only a patience of days against a
   * line its nurses cannot keep up with reaches it (30 days at 12.5 million calls a year asks
   * about 300,000). At the limit one figure took 4–40 ms on two shared cores.
   */
  public static final int MOST_STATES = 10 * MOST_AGENTS;

  /**
   * The most terms of the uniformised sum behind Erlang A's service level (steps × callers
   * ahead), about a second at the 4–5 ns a term measured on two shared cores. The steps grow with
   * the threshold times the rate at which the queue moves (nurses ÷ handling time, plus
   * abandonment), and the callers ahead with the queue: 5 minutes at 1,000 nurses with 8 minutes'
   * handling and 10 minutes' patience, offered 1,100 erlangs, is under half a million terms, so
   * only a threshold of hours or days, or a minute's handling at thousands of nurses, reaches it.
   */
  public static final long MOST_SERVICE_LEVEL_TERMS = 200_000_000L;
}
