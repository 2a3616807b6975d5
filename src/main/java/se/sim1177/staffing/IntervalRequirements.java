package se.sim1177.staffing;

import se.sim1177.analytic.ErlangLimitException;

/**
 * Nurses on duty one interval of the week needs by Erlang C or Erlang A, at the scenario's mean
 * handling and patience, for an arrival rate in calls a second: the scenario's first attempts, or
 * the attempts a simulation measured (first attempts, redials, callbacks), never fewer than the
 * first attempts. A formula's limit reached names the interval ({@link RequirementLimitException}).
 */
final class IntervalRequirements {
  private final StaffingProblem problem;
  private final ErlangStaffing rule;

  /** @param rule the targets as Erlang staffing asks for them */
  IntervalRequirements(StaffingProblem problem, ErlangStaffing rule) {
    this.problem = problem;
    this.rule = rule;
  }

  ErlangStaffing rule() {
    return rule;
  }

  /** Erlang C's requirement of interval {@code i} at {@code rate} calls a second, by the targets. */
  int erlangC(double rate, int i) {
    try {
      return rule.erlangC(rate, problem.demand().handleSeconds());
    } catch (ErlangLimitException e) {
      throw limitIn(i, rate, "Erlang C", e);
    }
  }

  /** Erlang A's requirement of interval {@code i} at {@code rate} calls a second, by the targets. */
  int erlangA(double rate, int i) {
    return erlangA(rule, rate, i);
  }

  /** Erlang A's requirement of interval {@code i} at {@code rate} calls a second, by {@code by}. */
  int erlangA(ErlangStaffing by, double rate, int i) {
    PhoneDemand d = problem.demand();
    try {
      return by.erlangA(rate, d.handleSeconds(), d.patienceSeconds());
    } catch (ErlangLimitException e) {
      throw limitIn(i, rate, "Erlang A", e);
    }
  }

  /** Erlang A's requirement per interval at the scenario's first attempts. */
  double[] erlangAOnFirstAttempts() {
    double[] a = new double[problem.grid().intervals()];
    PhoneDemand d = problem.demand();
    for (int i = 0; i < a.length; i++) {
      a[i] = erlangA(d.arrivalRate(i), i);
    }
    return a;
  }

  /** Erlang A's requirement per interval at the simulated attempts (first attempts, redials, callbacks). */
  double[] erlangAOnSimulatedLoad(RosterEvaluation ev) {
    double[] required = new double[ev.intervalAttempts().length];
    for (int i = 0; i < required.length; i++) {
      required[i] = erlangA(simulatedRate(ev, i), i);
    }
    return required;
  }

  /** Interval {@code i}'s simulated attempts a second, never fewer than the scenario's first attempts. */
  double simulatedRate(RosterEvaluation ev, int i) {
    double attempts = ev.intervalAttempts()[i];
    PhoneDemand d = problem.demand();
    return Double.isFinite(attempts) ? Math.max(attempts / d.intervalSeconds(), d.arrivalRate(i)) : d.arrivalRate(i);
  }

  private RequirementLimitException limitIn(int i, double rate, String formula, ErlangLimitException e) {
    return new RequirementLimitException(problem.intervalLabel(i), rate * 3600, rate * problem.demand().handleSeconds(), formula, e);
  }
}
