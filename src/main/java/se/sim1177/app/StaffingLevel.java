package se.sim1177.app;

import java.util.Locale;
import se.sim1177.analytic.ErlangA;
import se.sim1177.analytic.ErlangC;
import se.sim1177.analytic.ErlangLimitException;
import se.sim1177.analytic.ErlangLimits;
import se.sim1177.scenario.Durations;

/**
 * One row of {@code sim1177 erlang}: the Erlang C or Erlang A figures of one interval at one
 * staffing level. Shares are fractions from 0 to 1, waits seconds; an overloaded Erlang C level
 * (load at or above the nurses) has no steady state and NaN figures.
 *
 * @param nurses nurses on the phone
 * @param overloaded Erlang C with the load at or above the nurses: the queue grows without bound
 * @param occupancy share of the nurses' time on calls
 * @param probabilityOfWaiting share of callers who find every nurse busy
 * @param answerRate share of callers answered
 * @param meanWaitAnsweredSeconds mean wait of answered callers, zero waits included
 * @param meanWaitAllSeconds mean wait of all callers, abandoners up to abandonment
 * @param serviceLevel share of all callers answered within the threshold (NaN when not computed)
 */
record StaffingLevel(int nurses, boolean overloaded, double occupancy, double probabilityOfWaiting, double answerRate,
    double meanWaitAnsweredSeconds, double meanWaitAllSeconds, double serviceLevel) {

  /**
   * The figures at {@code nurses}, with the service level only when {@code withServiceLevel} (in
   * Erlang A it is the one figure whose work grows with the threshold).
   *
   * @throws UsageException when Erlang A's work would be beyond {@link ErlangLimits}, naming the option that caused it
   */
  static StaffingLevel at(ErlangOptions options, int nurses, boolean withServiceLevel) throws UsageException {
    try {
      return computed(options, nurses, withServiceLevel);
    } catch (ErlangLimitException e) {
      throw refusal(options, e);
    }
  }

  /** As {@link #at}, the limit reached left to the caller. */
  static StaffingLevel computed(ErlangOptions options, int nurses, boolean withServiceLevel) {
    double lambda = options.callsPerHour() / 3600;
    double handle = options.handleSeconds();
    if (options.patienceSeconds() == null) {
      if (lambda * handle >= nurses) {
        return new StaffingLevel(nurses, true, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
      }
      ErlangC q = new ErlangC(lambda, handle, nurses);
      double wait = q.meanWaitSeconds();
      return new StaffingLevel(nurses, false, q.occupancy(), q.probabilityOfWaiting(), 1, wait, wait,
          withServiceLevel ? q.serviceLevel(options.withinSeconds()) : Double.NaN);
    }
    ErlangA a = new ErlangA(lambda, handle, nurses, options.patienceSeconds());
    ErlangA.Figures f = withServiceLevel ? a.figures(options.withinSeconds()) : a.figuresWithoutServiceLevel();
    return new StaffingLevel(nurses, false, f.occupancy(), f.probabilityOfWaiting(), f.answerRate(), f.meanWaitAnsweredSeconds(),
        f.meanWaitAllSeconds(), f.serviceLevel());
  }

  /** The row as the table has always printed it. */
  String row() {
    if (overloaded) {
      return String.format(Locale.ROOT, "%7d %10s   overloaded: the queue grows without bound (add --patience for Erlang A)", nurses,
          ">= 1");
    }
    return String.format(Locale.ROOT, "%7d %10.3f %8.3f %12.3f %21.1f %16.1f %16.3f", nurses, occupancy, probabilityOfWaiting,
        answerRate, meanWaitAnsweredSeconds, meanWaitAllSeconds, serviceLevel);
  }

  static UsageException refusal(ErlangOptions options, ErlangLimitException e) {
    return new UsageException(switch (e.limit()) {
      case STATES -> options.shown("--patience", Durations.format(options.patienceSeconds())) + ": " + e.getMessage()
          + "; give a shorter --patience, fewer --calls-per-hour or more --nurses (up to " + ErlangLimits.MOST_AGENTS + ")";
      case SERVICE_LEVEL_TERMS -> options.shown("--within", Durations.format(options.withinSeconds())) + ": " + e.getMessage()
          + "; give a shorter --within";
      // The nurses are checked against the same limit before any row is computed.
      case AGENTS -> "--nurses: " + e.getMessage();
    });
  }
}
