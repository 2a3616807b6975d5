package se.sim1177.staffing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.sim1177.roster.RosterSolution;
import se.sim1177.scenario.Staffing;
import se.sim1177.staffing.SafetyRuleTrials.Trial;

/**
 * The simulation method with {@code scope: period}: the requirement is the square-root safety rule
 * on the simulated load ({@link SafetyRuleTrials}), and β is bisected to the smallest value whose
 * roster meets the period targets in the asked share of simulated periods, with the search's
 * margin ({@link SearchMargin}); then shifts are taken away one at a time, dearest first, while the
 * targets still hold (common random numbers make each comparison sharp). The roster is then
 * checked with a fresh seed and repaired where it falls short ({@link FreshSeedRepair}).
 */
final class PeriodScopeSearch {
  static final int BISECTION_STEPS = 6;
  /** Shifts the search plans to try taking away: about as many as a Värmland-sized week's roster has. */
  static final int REMOVALS_PLANNED = 60;
  /** β's bracket grows 0, 1, 2, 4, 8 and no further. */
  private static final double LARGEST_BRACKET = 8;

  private final StaffingProblem problem;
  private final SearchLedger ledger;
  private final IntervalRequirements requirements;
  private final Staffing staffing;

  PeriodScopeSearch(StaffingProblem problem, SearchLedger ledger, IntervalRequirements requirements) {
    this.problem = problem;
    this.ledger = ledger;
    this.requirements = requirements;
    this.staffing = problem.scenario().staffing();
  }

  /** Searches from {@code start}, the Erlang A roster. */
  SettledRoster search(RosterSolution start) {
    RosterEvaluation ev = ledger.onSearchSeed("Erlang A roster, measuring the load", problem.roster(start.counts()));
    SafetyRuleTrials trials = SafetyRuleTrials.measuredBy(ev, problem, ledger, requirements);
    Trial erlangA = new Trial(null, start, ev, SearchMargin.meets(ev, staffing), Double.NaN);
    Trial best = smallestBeta(trials, erlangA);
    int[] counts = best.solution().counts();
    List<Integer> removed = takeShiftsAway(counts);
    return new FreshSeedRepair(problem, ledger, requirements, trials, best, counts, removed).run();
  }

  /**
   * The trial of the smallest β found whose roster meets the targets; {@code erlangA} when no β's
   * roster both fits the seats and meets them. Brackets β first: the smallest tried value that
   * meets the targets, the largest that does not. A β whose requirement the seats cannot hold is
   * infeasible, and so is every larger one.
   */
  private Trial smallestBeta(SafetyRuleTrials trials, Trial erlangA) {
    double lo = -1;
    boolean loFails = false;
    double hi = 0;
    Trial best = trials.at(hi);
    while (!best.meets() && best.solution() != null && hi < LARGEST_BRACKET) {
      lo = hi;
      loFails = true;
      hi = hi == 0 ? 1 : hi * 2;
      best = trials.at(hi);
    }
    if (!best.meets()) {
      return erlangAInstead(erlangA, best);
    }
    Trial low = loFails ? null : trials.at(lo);
    if (low != null && low.meets()) {
      return lowerStill(trials, lo, low);
    }
    return bisect(trials, lo, hi, best);
  }

  /**
   * β = {@code meeting} (negative) still meets the targets: a line whose month pools its quiet and
   * busy hours may need less than its load in some intervals. Gallops down (−2, −4, ...) to the
   * first β that fails, or to where every interval's requirement is down to its floor, and bisects
   * between: the margin goes as low as the checks allow, not just to the first value tried.
   */
  private static Trial lowerStill(SafetyRuleTrials trials, double meeting, Trial meets) {
    double lowest = trials.lowestUsefulBeta();
    while (meeting > lowest) {
      double next = Math.max(lowest, meeting * 2);
      Trial t = trials.at(next);
      if (!t.meets()) {
        return bisect(trials, next, meeting, meets);
      }
      meeting = next;
      meets = t;
    }
    return meets;
  }

  /** Halves the bracket [lo, hi] {@link #BISECTION_STEPS} times; {@code best} is hi's trial, which meets the targets. */
  private static Trial bisect(SafetyRuleTrials trials, double lo, double hi, Trial best) {
    for (int step = 0; step < BISECTION_STEPS; step++) {
      double mid = (lo + hi) / 2;
      Trial t = trials.at(mid);
      if (t.meets()) {
        hi = mid;
        best = t;
      } else {
        lo = mid;
      }
    }
    return best;
  }

  /**
   * The seats stop the square-root rule before it meets the targets ({@code largest} is its last
   * trial), but Erlang A's roster may: start from that one and take shifts away. When it does not
   * either, no roster of the templates within the seats can be found.
   */
  private Trial erlangAInstead(Trial erlangA, Trial largest) {
    if (!erlangA.meets()) {
      throw new UnstaffableException(String.format(Locale.ROOT, "no roster of the templates within the seats meets the "
          + "targets in %.0f %% of simulated periods: with %s the best met them in %.0f %%; add templates or seats",
          100 * staffing.confidence(), largest.solution() == null ? "the most the seats allow" : "the widest safety margin tried",
          100 * Math.max(erlangA.evaluation().shareMeetingTargets(),
              largest.evaluation() == null ? 0 : largest.evaluation().shareMeetingTargets())));
    }
    ledger.note("Rosters with a safety margin on the simulated work do not fit the seats before they meet the targets; the"
        + " search starts from the Erlang A roster.");
    return erlangA;
  }

  /**
   * Takes shifts away from {@code counts} one at a time, dearest first, keeping each removal while
   * the targets still hold on the search's seed; returns the shifts taken away, in that order.
   */
  private List<Integer> takeShiftsAway(int[] counts) {
    List<Integer> removed = new ArrayList<>();
    // A larger line's roster has more shifts than planned: the progress must not promise fewer steps than remain.
    ledger.planMore((int) Arrays.stream(counts).filter(n -> n > 0).count() - REMOVALS_PLANNED);
    for (int i : dearestFirst(counts.length)) {
      if (counts[i] == 0) {
        continue;
      }
      counts[i]--;
      if (!problem.meetsMinimum(counts)) {
        counts[i]++;
        continue;
      }
      RosterEvaluation e = ledger.judgedOnSearchSeed("taking away one " + shiftText(i), problem.roster(counts));
      if (SearchMargin.meets(e, staffing)) {
        removed.add(i);
      } else {
        counts[i]++;
      }
    }
    return removed;
  }

  /** Candidate shifts by cost, dearest first, ties by index. */
  private Integer[] dearestFirst(int n) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    List<Candidate> candidates = problem.candidates();
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -candidates.get(i).cost()).thenComparingInt(i -> i));
    return order;
  }

  private String shiftText(int i) {
    Candidate c = problem.candidates().get(i);
    String shift = String.format(Locale.ROOT, "%s %s %02d:%02d %dh%s", problem.scenario().staff().get(c.group()).name(),
        c.day().key(), c.startMinute() / 60, c.startMinute() % 60, c.lengthMinutes() / 60,
        c.lengthMinutes() % 60 == 0 ? "" : (c.lengthMinutes() % 60) + "m");
    if (!c.hasBreak()) {
      return shift;
    }
    int at = (c.startMinute() + c.breakOffsetMinutes()) % 1440;
    return shift + String.format(Locale.ROOT, " (break %02d:%02d)", at / 60, at % 60);
  }
}
