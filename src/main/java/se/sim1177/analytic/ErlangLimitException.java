package se.sim1177.analytic;

import java.util.Locale;

/**
 * An Erlang computation asked for more work than {@link ErlangLimits} allows: more agents, more
 * callers waiting at once, or more terms of the service level's sum. The message says what was
 * needed and the limit, in words; the caller adds which input caused it (an option, or a
 * scenario key and its line).
 */
public final class ErlangLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which limit was reached, and so which input to change. */
  public enum Limit {
    /** {@link ErlangLimits#MOST_AGENTS}: the arrivals and handling time ask for more nurses. */
    AGENTS,
    /** {@link ErlangLimits#MOST_STATES}: the patience is long against the arrivals the nurses cannot answer. */
    STATES,
    /** {@link ErlangLimits#MOST_SERVICE_LEVEL_TERMS}: the service-level threshold is long against the rate the queue moves. */
    SERVICE_LEVEL_TERMS
  }

  private final Limit limit;

  private ErlangLimitException(Limit limit, String message) {
    super(message);
    this.limit = limit;
  }

  public static ErlangLimitException tooManyAgents() {
    return new ErlangLimitException(Limit.AGENTS, String.format(Locale.ROOT,
        "it would take more than the %,d nurses an Erlang computation here takes", ErlangLimits.MOST_AGENTS));
  }

  /** The chain's peak and spread are beyond the limit: the excess of arrivals times the mean patience. */
  static ErlangLimitException tooManyWaiting(int agents, double reach) {
    return new ErlangLimitException(Limit.STATES, String.format(Locale.ROOT,
        "with %s the queue would reach about %,.0f callers (the arrivals beyond what the nurses answer, times the mean"
            + " patience, and its spread), more than the %,d callers Erlang A follows", nurses(agents), reach, ErlangLimits.MOST_STATES));
  }

  /** The chain's tail stays above negligible beyond the limit: a load close to the nurses and a very long patience. */
  static ErlangLimitException longTail(int agents) {
    return new ErlangLimitException(Limit.STATES, String.format(Locale.ROOT,
        "with %s the queue has a fair chance of holding more than the %,d callers Erlang A follows (a load close to"
            + " the nurses and a very long patience)", nurses(agents), ErlangLimits.MOST_STATES));
  }

  static ErlangLimitException tooManyTerms(int agents, double terms) {
    return new ErlangLimitException(Limit.SERVICE_LEVEL_TERMS, String.format(Locale.ROOT,
        "with %s the share answered within the service-level threshold takes %,.0f terms of Erlang A's sum, more than"
            + " the %,d allowed", nurses(agents), terms, ErlangLimits.MOST_SERVICE_LEVEL_TERMS));
  }

  private static String nurses(int agents) {
    return String.format(Locale.ROOT, "%,d nurse%s", agents, agents == 1 ? "" : "s");
  }

  public Limit limit() {
    return limit;
  }
}
