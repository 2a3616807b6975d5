package se.sim1177.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.roster.RosterSolution;
import se.sim1177.scenario.Staffing;
import se.sim1177.scenario.Staffing.Method;

/**
 * The five rosters the staffing report sets side by side, each simulated with the check's fresh
 * seed: today's, today's scaled up evenly by the smallest factor that meets the targets (with the
 * search's margin, {@link SearchMargin}), Erlang C's, Erlang A's and the chosen one.
 */
final class RosterComparison {
  private static final double MOST_SCALING = 20;
  private static final int SCALING_STEPS = 5;

  private final StaffingProblem problem;
  private final SearchLedger ledger;
  private final Staffing staffing;

  RosterComparison(StaffingProblem problem, SearchLedger ledger) {
    this.problem = problem;
    this.ledger = ledger;
    this.staffing = problem.scenario().staffing();
  }

  /**
   * The comparison, with {@code chosen} the roster {@code method} chose and {@code chosenCheck}
   * the fresh-seed check the method ran of it (null when it ran none).
   */
  List<RosterResult> of(Method method, Roster chosen, RosterEvaluation chosenCheck, RosterSolution erlangC,
      RosterSolution erlangA) {
    List<RosterResult> rosters = new ArrayList<>();
    rosters.add(result("today", "today's roster", problem.today()));
    rosters.add(result("today_scaled", "today's, scaled up evenly", scaledToday()));
    RosterResult c = result("erlang_c", "Erlang C roster", problem.roster(erlangC.counts()));
    RosterResult a = result("erlang_a", "Erlang A roster", problem.roster(erlangA.counts()));
    rosters.add(c);
    rosters.add(a);
    // An Erlang method's roster is that formula's: its check is the same simulation, not run twice.
    String label = "this roster (" + method.key() + ")";
    rosters.add(switch (method) {
      case ERLANG_C -> new RosterResult("this", label, chosen, c.check(), c.nurseHours(), c.cost());
      case ERLANG_A -> new RosterResult("this", label, chosen, a.check(), a.nurseHours(), a.cost());
      // The search's last check was of this very roster, on the check's seed and replications: the same simulation.
      default -> chosenCheck != null ? new RosterResult("this", label, chosen, chosenCheck, chosen.nurseHours(),
          chosen.cost(staffing.cost())) : result("this", label, chosen);
    });
    return rosters;
  }

  /** Today's roster with every shift's nurses scaled by the smallest factor that meets the targets. */
  private Roster scaledToday() {
    Roster today = problem.today();
    double lo = 0.5;
    double hi = 1;
    while (!SearchMargin.meets(ledger.judgedOnSearchSeed("today's roster × " + hi, today.scaled(hi)), staffing)) {
      lo = hi;
      hi *= 1.5;
      if (hi > MOST_SCALING) {
        ledger.note("Today's roster scaled up 20 times still misses the targets: its hours do not cover the line.");
        return today.scaled(hi);
      }
    }
    for (int step = 0; step < SCALING_STEPS; step++) {
      double mid = (lo + hi) / 2;
      if (SearchMargin.meets(ledger.judgedOnSearchSeed("today's roster × " + String.format(Locale.ROOT, "%.3f", mid),
          today.scaled(mid)), staffing)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    ledger.note(String.format(Locale.ROOT, "Today's roster meets the targets scaled by %.3f (each shift's nurses to the nearest whole nurse).", hi));
    return today.scaled(hi);
  }

  private RosterResult result(String key, String label, Roster roster) {
    RosterEvaluation check = ledger.onCheckSeed("fresh-seed check of " + label, roster);
    return new RosterResult(key, label, roster, check, roster.nurseHours(), roster.cost(staffing.cost()));
  }
}
