package se.sim1177.calibration;

import se.sim1177.history.ObservedFigure;
import se.sim1177.history.ObservedPeriod;

/**
 * Where the search for the mean patience starts: for exponential patience, P(abandon) = E[wait of
 * all callers] / mean patience (Mandelbaum and Zeltyn, "The impact of customers' patience on
 * delay and abandonment", Queueing Systems 2004; the estimator Koole's Erlang-X documents). The
 * mean wait of all callers is taken as the answered callers' mean wait, the one the export has
 * (abandoned callers wait about as long on a line where most wait): close enough for a start.
 */
final class ErlangAStart {
  private ErlangAStart() {}

  /** The mean patience in seconds the observed figures suggest; NaN when they cannot. */
  static double patienceSeconds(ObservedPeriod observed) {
    ObservedFigure wait = observed.figure("mean_wait_answered_s");
    ObservedFigure abandon = observed.figure("abandon_rate");
    ObservedFigure answer = observed.figure("answer_rate");
    if (wait == null || (abandon == null && answer == null)) {
      return Double.NaN;
    }
    double pAbandon = abandon != null ? abandon.value() : 1 - answer.value();
    if (!(pAbandon > 0.001)) {
      return Double.NaN;
    }
    return wait.value() / pAbandon;
  }
}
