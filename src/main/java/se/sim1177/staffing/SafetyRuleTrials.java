package se.sim1177.staffing;

import java.util.Locale;
import se.sim1177.roster.RosterSolution;
import se.sim1177.scenario.Staffing;

/**
 * Rosters for the square-root safety rule on the simulated load: interval i needs
 * load<sub>i</sub> + β·√load<sub>i</sub> standard nurses on duty (none where nobody calls, never
 * fewer than Erlang A's answer-rate floor where {@code interval_floor} asks for one). The load is
 * the attempts the Erlang A roster's simulation measured (first attempts, redials, callbacks) times
 * the mean handling, in erlangs. A trial solves the roster program for one β and simulates its
 * roster with the search's seed.
 */
final class SafetyRuleTrials {
  /**
   * A roster tried: for β, or (β NaN) the Erlang A roster. {@code solution} is null when the seats
   * cannot hold the requirement of this β.
   */
  record Trial(double[] requirement, RosterSolution solution, RosterEvaluation evaluation, boolean meets, double beta) {}

  private final StaffingProblem problem;
  private final SearchLedger ledger;
  private final Staffing staffing;
  private final double[] load;
  private final double[] floor;
  private final boolean hasFloor;
  /** The chat's simulated load per interval in erlangs of nurse capacity ({@link ChatDemand}), or null when no templated group answers the chat. */
  private final double[] chatLoad;

  private SafetyRuleTrials(StaffingProblem problem, SearchLedger ledger, double[] load, double[] floor, boolean hasFloor,
      double[] chatLoad) {
    this.problem = problem;
    this.ledger = ledger;
    this.staffing = problem.scenario().staffing();
    this.load = load;
    this.floor = floor;
    this.hasFloor = hasFloor;
    this.chatLoad = chatLoad;
  }

  /** The rule on the load {@code ev} measured, with the interval floor's Erlang A requirement where one is asked. */
  static SafetyRuleTrials measuredBy(RosterEvaluation ev, StaffingProblem problem, SearchLedger ledger,
      IntervalRequirements requirements) {
    Staffing staffing = problem.scenario().staffing();
    PhoneDemand d = problem.demand();
    int n = ev.intervalAttempts().length;
    double[] load = new double[n];
    double[] floor = new double[n];
    ErlangStaffing floorRule = staffing.intervalFloor().answerRate() == null ? null
        : new ErlangStaffing(staffing.intervalFloor().answerRate(), null, null, requirements.rule().serviceWithinSeconds(), null);
    for (int i = 0; i < n; i++) {
      double rate = requirements.simulatedRate(ev, i);
      load[i] = rate * d.handleSeconds();
      floor[i] = floorRule == null ? 0 : requirements.erlangA(floorRule, rate, i);
    }
    double[] chatLoad = problem.staffsChat() ? ChatDemand.loadErlangs(problem.scenario(), ev.intervalChats()) : null;
    return new SafetyRuleTrials(problem, ledger, load, floor, floorRule != null, chatLoad);
  }

  /** The β below which every interval's requirement is down to its floor (or 0): lower ones give the same roster. */
  double lowestUsefulBeta() {
    double most = 0;
    for (double l : load) {
      most = Math.max(most, l);
    }
    for (double l : chatLoad == null ? new double[0] : chatLoad) {
      most = Math.max(most, l);
    }
    return -Math.sqrt(most);
  }

  /** The roster for {@code beta}, simulated with the search's seed and judged with the search's margin. */
  Trial at(double beta) {
    double[] required = new double[load.length];
    for (int i = 0; i < required.length; i++) {
      required[i] = load[i] <= 0 ? 0 : Math.max(floor[i], Math.max(0, load[i] + beta * Math.sqrt(load[i])));
    }
    double[] chatRequired = null;
    if (chatLoad != null) {
      // The chat's own rule, with the same margin: its simulated load and the square root of it.
      chatRequired = new double[chatLoad.length];
      for (int i = 0; i < chatRequired.length; i++) {
        chatRequired[i] = chatLoad[i] <= 0 ? 0 : Math.max(0, chatLoad[i] + beta * Math.sqrt(chatLoad[i]));
      }
    }
    String what = String.format(Locale.ROOT, "β = %.3f", beta);
    RosterSolution s;
    try {
      s = ledger.solve("roster for " + what, required, chatRequired);
    } catch (UnstaffableException seatsTooFew) {
      return new Trial(required, null, null, false, beta);
    }
    RosterEvaluation e = ledger.judgedOnSearchSeed(what, problem.roster(s.counts()));
    return new Trial(required, s, e, SearchMargin.meets(e, staffing), beta);
  }

  /** The note that says which requirement the roster covers: the rule's for {@code beta}, or (NaN) Erlang A's. */
  String requirementNote(double beta) {
    if (Double.isNaN(beta)) {
      return "Each interval was staffed as Erlang A asks: rosters with a safety margin on the simulated work did not fit the"
          + " seats.";
    }
    // β·√load nurses at a load of 10 nurses' work: the margin in numbers a manager can picture.
    double atTen = beta * Math.sqrt(10);
    String margin = beta >= 0
        ? String.format(Locale.ROOT, "plus a safety margin that grows with the square root of that work (%.1f nurse%s where ten"
            + " nurses' work comes in)", atTen, Math.abs(atTen - 1) < 0.05 ? "" : "s")
        : String.format(Locale.ROOT, "less %.1f nurse%s where ten nurses' work comes in (the targets are for the month as a"
            + " whole, so an interval may run short of its work)", -atTen, Math.abs(atTen + 1) < 0.05 ? "" : "s");
    return "Each interval was staffed for the work the simulation showed it gets (first calls, redials and callbacks), " + margin
        + (hasFloor ? ", and at least as Erlang A asks, for the interval floor" : "")
        + (chatLoad == null ? "." : "; and the nurses who answer the chat for the chat's own work the same way (chats that need"
            + " a nurse times the more binding of a nurse's time on one and her share of concurrent chats), blended nurses"
            + " counting towards both.");
  }
}
