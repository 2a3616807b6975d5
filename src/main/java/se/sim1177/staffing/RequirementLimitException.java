package se.sim1177.staffing;

import java.util.Locale;
import se.sim1177.analytic.ErlangLimitException;

/**
 * One interval's Erlang requirement is beyond what the Erlang computations take on
 * ({@link se.sim1177.analytic.ErlangLimits}): the message names the interval, its offered load
 * and the limit; {@link #limit()} says which input to change.
 */
public final class RequirementLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErlangLimitException.Limit limit;

  RequirementLimitException(String interval, double callsPerHour, double loadErlangs, String formula, ErlangLimitException e) {
    super(String.format(Locale.ROOT, "in %s (%,.0f calls an hour, an offered load of %,.1f erlangs) %s: %s", interval, callsPerHour,
        loadErlangs, formula, e.getMessage()), e);
    this.limit = e.limit();
  }

  public ErlangLimitException.Limit limit() {
    return limit;
  }
}
