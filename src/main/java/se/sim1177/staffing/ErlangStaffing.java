package se.sim1177.staffing;

import se.sim1177.analytic.ErlangA;
import se.sim1177.analytic.ErlangC;
import se.sim1177.analytic.ErlangLimits;
import se.sim1177.scenario.Targets;

/**
 * The classic per-interval staffing: the fewest nurses on duty with which a stationary queue at an
 * interval's offered load meets the targets. Erlang C (M/M/n, nobody abandons) can express the
 * mean wait and the service level but not an answer rate: every caller is answered, so the
 * answer-rate target is left out, and that is why it overstaffs a line where callers hang up.
 * Erlang A (M/M/n+M) adds exponential patience and checks all three. A requirement above
 * {@link ErlangLimits#MOST_AGENTS}, or an Erlang computation beyond its limits, stops the search
 * with an {@link se.sim1177.analytic.ErlangLimitException}.
 *
 * @param answerRate least share answered, or null
 * @param meanWaitSeconds longest mean wait of answered calls, or null
 * @param serviceShare least share answered within {@code serviceWithinSeconds}, or null
 * @param maxOccupancy most offered load per nurse on duty, or null
 */
public record ErlangStaffing(Double answerRate, Double meanWaitSeconds, Double serviceShare, double serviceWithinSeconds,
    Double maxOccupancy) {
  /** The phone targets of a scenario, with the staffing section's occupancy cap. */
  public static ErlangStaffing of(Targets t, Double maxOccupancy) {
    return new ErlangStaffing(t.answerRate(), t.meanWaitSeconds(), t.serviceLevel() == null ? null : t.serviceLevel().share(),
        t.serviceLevelSeconds(), maxOccupancy);
  }

  /** Whether there is anything to staff for. */
  public boolean hasPhoneTarget() {
    return answerRate != null || meanWaitSeconds != null || serviceShare != null;
  }

  /** Smallest n that meets the targets Erlang C can express at {@code rate} calls/s and {@code handleSeconds}. */
  public int erlangC(double rate, double handleSeconds) {
    if (rate <= 0) {
      return 0;
    }
    double load = rate * handleSeconds;
    // Below the load M/M/n has no steady state; one nurse above the limit, ErlangC refuses.
    int from = (int) Math.min(ErlangLimits.MOST_AGENTS + 1, Math.max(1, Math.floor(load) + 1));
    return smallest(from, n -> {
      if (!occupancyOk(load, n)) {
        return false;
      }
      ErlangC q = new ErlangC(rate, handleSeconds, n);
      return (meanWaitSeconds == null || q.meanWaitSeconds() <= meanWaitSeconds)
          && (serviceShare == null || q.serviceLevel(serviceWithinSeconds) >= serviceShare);
    });
  }

  /** Smallest n that meets every target in Erlang A with mean patience {@code patienceSeconds}. */
  public int erlangA(double rate, double handleSeconds, double patienceSeconds) {
    if (rate <= 0) {
      return 0;
    }
    double load = rate * handleSeconds;
    // Below load × answer rate the nurses cannot even carry the answered work.
    int from = (int) Math.min(ErlangLimits.MOST_AGENTS + 1, Math.max(1, Math.floor(load * (answerRate == null ? 0 : answerRate))));
    return smallest(from, n -> {
      if (!occupancyOk(load, n) && n <= ErlangLimits.MOST_AGENTS) {
        return false;
      }
      ErlangA q = new ErlangA(rate, handleSeconds, n, patienceSeconds);
      ErlangA.Figures f = serviceShare == null ? q.figuresWithoutServiceLevel() : q.figures(serviceWithinSeconds);
      return (answerRate == null || f.answerRate() >= answerRate)
          && (meanWaitSeconds == null || f.meanWaitAnsweredSeconds() <= meanWaitSeconds)
          && (serviceShare == null || f.serviceLevel() >= serviceShare);
    });
  }

  /**
   * The smallest n from {@code from} on that {@code meets}, which holds from some n on and for every
   * larger one (the queue's figures improve with each nurse, and the occupancy falls): a galloping
   * search (from+1, +2, +4, ...) then a bisection, so a target met only by thousands of nurses costs
   * a few dozen Erlang computations rather than thousands. Past {@link ErlangLimits#MOST_AGENTS} the
   * Erlang computation refuses ({@link se.sim1177.analytic.ErlangLimitException}): the search ends.
   */
  static int smallest(int from, java.util.function.IntPredicate meets) {
    if (meets.test(from)) {
      return from;
    }
    int failing = from;
    int step = 1;
    int meeting;
    while (true) {
      // Never past the limit the Erlang computations take: an answer just below it is still found.
      meeting = (int) Math.min((long) failing + step, ErlangLimits.MOST_AGENTS);
      if (meets.test(meeting)) {
        break;
      }
      if (meeting >= ErlangLimits.MOST_AGENTS) {
        throw se.sim1177.analytic.ErlangLimitException.tooManyAgents();
      }
      failing = meeting;
      step *= 2;
    }
    while (meeting - failing > 1) {
      int middle = (failing + meeting) >>> 1;
      if (meets.test(middle)) {
        meeting = middle;
      } else {
        failing = middle;
      }
    }
    return meeting;
  }

  private boolean occupancyOk(double load, int n) {
    return maxOccupancy == null || load / n <= maxOccupancy;
  }
}
