package se.sim1177.staffing;

import se.sim1177.analytic.ErlangLimitException;
import se.sim1177.roster.RosterSolution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Staffing;
import se.sim1177.scenario.Staffing.Method;
import se.sim1177.scenario.Staffing.Scope;
import se.sim1177.scenario.Targets;

/**
 * From targets to a roster. The Erlang methods staff each interval by its formula and cover those
 * requirements at least cost. The simulation method starts there and simulates the whole line, in
 * the spirit of the Iterative Staffing Algorithm (Feldman, Mandelbaum, Massey and Whitt,
 * Management Science 2008): the simulated attempts per interval (first attempts, redials,
 * callbacks) replace the scenario's first attempts as each interval's offered load, and then
 *
 * <ul>
 *   <li>with {@code scope: interval}, an interval whose simulated answer rate or mean wait misses
 *       its target gets more nurses, round after round, until none misses;
 *   <li>with {@code scope: period}, the requirement is the square-root safety rule on that load,
 *       load + β·√load (Erlang A's answer-rate floor where {@code interval_floor} asks), and β is
 *       bisected to the smallest value whose roster meets the period targets in the asked share of
 *       simulated periods; then shifts are taken away one at a time, dearest first, while the
 *       targets still hold (common random numbers make each comparison sharp).
 * </ul>
 *
 * Every search simulation uses one seed; the returned roster is then checked with a fresh seed,
 * and if it falls short there, shifts taken away are put back, then β raised, until it holds. A
 * search that keeps the cheapest roster that passes on one seed favours rosters that were lucky
 * on it (the winner's curse), so both steps ask for more than the bare confidence: the search a
 * share 1.645 standard errors above it (of the difference from a 200-period check: 0.06 at 100
 * replications and 90 %), the check (400 replications) a one-sided 95 %
 * lower bound of its share at or above it ({@link RosterEvaluation#meetsConfidently}), so the
 * returned roster's true share is about 0.93 or more and an independent check of 200 periods
 * passes with probability about 0.95. Measured on the bundled scenario: asking share ≥ confidence
 * returned a roster that met the targets in 93 % of the check's months and 87.5 % of another
 * seed's 200; a 90 % bound, one whose shares over five seeds of 400 months were 0.87–0.93.
 */
public final class StaffingSearch {
  private static final double MARGIN_Z = 1.645;
  /** The size of an independent check the search's margin is sized for: the 200 periods. */
  private static final int INDEPENDENT_CHECK = 200;
  private static final int BISECTION_STEPS = 6;
  private static final int INTERVAL_ROUNDS = 10;
  private static final int CHECK_ROUNDS = 4;

  private final StaffingProblem problem;
  private final SearchSettings settings;
  private final Scenario scenario;
  private final Staffing staffing;
  private final ErlangStaffing rule;
  private final List<String> notes = new ArrayList<>();
  private int simulations;
  private long events;
  private long callAttempts;
  private long chats;
  private int planned;

  private StaffingSearch(StaffingProblem problem, SearchSettings settings) {
    this.problem = problem;
    this.settings = settings;
    this.scenario = problem.scenario();
    this.staffing = scenario.staffing();
    this.rule = ErlangStaffing.of(scenario.targets(), staffing.maxOccupancy());
  }

  /**
   * The most simulations a search may run, for a time estimate before it starts.
   *
   * @param search simulations with the search's seed and replications
   * @param checks fresh-seed checks, each with the check's replications
   */
  public record Simulations(int search, int checks) {}

  /**
   * The most simulations a search by {@code method} runs. The simulation method: the load, the
   * bracket and bisection of β, one trial per shift taken away (about 60 on a Värmland-sized
   * week), today's roster scaled up (about 12), and the fresh-seed checks of its rounds and of the
   * five rosters compared; an Erlang method only scales today's roster and checks the rosters.
   */
  public static Simulations mostSimulations(Method method) {
    return method == Method.SIMULATION ? new Simulations(1 + 4 + BISECTION_STEPS + 60 + 12, CHECK_ROUNDS + 1 + 5)
        : new Simulations(12, 5);
  }

  /** Runs the search {@code scenario.staffing()} asks for. */
  public static StaffingOutcome run(StaffingProblem problem, SearchSettings settings) {
    return new StaffingSearch(problem, settings).run();
  }

  private StaffingOutcome run() {
    PhoneDemand d = problem.demand();
    int n = problem.grid().intervals();
    int[] erlangC = new int[n];
    int[] erlangA = new int[n];
    double[] load = new double[n];
    for (int i = 0; i < n; i++) {
      erlangC[i] = erlangC(rule, d.arrivalRate(i), i);
      erlangA[i] = erlangA(rule, d.arrivalRate(i), i);
      load[i] = d.loadErlangs(i);
    }
    Method method = staffing.method();
    Simulations most = mostSimulations(method);
    planned = most.search() + most.checks();
    if (rule.answerRate() != null) {
      notes.add("Erlang C cannot express the answer-rate target (nobody abandons in M/M/n): its requirement meets the "
          + "mean wait" + (rule.serviceShare() != null ? " and service level" : "") + " only.");
    }
    notes.add("The Erlang requirements cover the phone only, at the scenario's first attempts: redials, callbacks and the "
        + "chat's work are not in them.");
    RosterSolution cSolution = solveStep("Erlang C roster", asDouble(erlangC));
    RosterSolution aSolution = solveStep("Erlang A roster", asDouble(erlangA));
    double[] required;
    RosterSolution chosen;
    int rounds = 0;
    boolean met = true;
    switch (method) {
      case ERLANG_C -> {
        required = asDouble(erlangC);
        chosen = cSolution;
      }
      case ERLANG_A -> {
        required = asDouble(erlangA);
        chosen = aSolution;
      }
      default -> {
        Found f = staffing.scope() == Scope.INTERVAL ? byInterval(aSolution) : byPeriod(aSolution);
        required = f.required;
        chosen = f.solution;
        rounds = f.rounds;
        met = f.met;
      }
    }
    Roster roster = problem.roster(chosen.counts());
    List<RosterResult> rosters = new ArrayList<>();
    rosters.add(result("today", "today's roster", problem.today()));
    rosters.add(result("today_scaled", "today's, scaled up evenly", scaledToday()));
    RosterResult c = result("erlang_c", "Erlang C roster", problem.roster(cSolution.counts()));
    RosterResult a = result("erlang_a", "Erlang A roster", problem.roster(aSolution.counts()));
    rosters.add(c);
    rosters.add(a);
    // An Erlang method's roster is that formula's: its check is the same simulation, not run twice.
    String label = "this roster (" + method.key() + ")";
    rosters.add(switch (method) {
      case ERLANG_C -> new RosterResult("this", label, roster, c.check(), c.nurseHours(), c.cost());
      case ERLANG_A -> new RosterResult("this", label, roster, a.check(), a.nurseHours(), a.cost());
      default -> result("this", label, roster);
    });
    return new StaffingOutcome(method, staffing.scope(), d.callsPerInterval().clone(), load, erlangC, erlangA, required, roster,
        chosen, rosters, rounds, simulations, new StaffingOutcome.SimulatedWork(events, callAttempts, chats), met,
        List.copyOf(notes));
  }

  /** What the simulation method settled on. */
  private record Found(double[] required, RosterSolution solution, int rounds, boolean met) {}

  // ---- scope: interval ---------------------------------------------------------------------

  private Found byInterval(RosterSolution start) {
    RosterEvaluation ev = evaluate("Erlang A roster, measuring the load", problem.roster(start.counts()), settings.seed(),
        settings.searchReplications());
    double[] required = erlangAOnSimulatedLoad(ev);
    Targets t = scenario.targets();
    RosterSolution solution = start;
    for (int round = 1; round <= INTERVAL_ROUNDS; round++) {
      solution = solveStep("roster for round " + round, required);
      ev = evaluate("round " + round, problem.roster(solution.counts()), settings.seed(), settings.searchReplications());
      int falling = 0;
      for (int i = 0; i < required.length; i++) {
        if (missesInterval(ev, i, t)) {
          required[i] += Math.max(0.5, 0.1 * required[i]);
          falling++;
        }
      }
      if (falling == 0) {
        RosterEvaluation check = evaluate("fresh-seed check", problem.roster(solution.counts()), settings.checkSeed(),
            settings.checkReplications());
        int missing = 0;
        for (int i = 0; i < required.length; i++) {
          missing += missesInterval(check, i, t) ? 1 : 0;
        }
        if (missing > 0) {
          notes.add(missing + " interval(s) miss a target in the fresh-seed check by sampling noise; the search's seed met all.");
        }
        return new Found(required, solution, round, true);
      }
    }
    notes.add("After " + INTERVAL_ROUNDS + " rounds some intervals still miss their targets: see requirements.csv.");
    return new Found(required, solution, INTERVAL_ROUNDS, false);
  }

  private boolean missesInterval(RosterEvaluation ev, int i, Targets t) {
    double rate = ev.intervalAnswerRate()[i];
    double wait = ev.intervalMeanWait()[i];
    double served = ev.intervalServiceLevel()[i];
    return (t.answerRate() != null && rate < t.answerRate()) || (t.meanWaitSeconds() != null && wait > t.meanWaitSeconds())
        || (t.serviceLevel() != null && served < t.serviceLevel().share());
  }

  /** Erlang A's requirement per interval at the simulated attempts (first attempts, redials, callbacks). */
  private double[] erlangAOnSimulatedLoad(RosterEvaluation ev) {
    PhoneDemand d = problem.demand();
    double[] required = new double[ev.intervalAttempts().length];
    for (int i = 0; i < required.length; i++) {
      required[i] = erlangA(rule, simulatedRate(ev, i), i);
    }
    return required;
  }

  private double simulatedRate(RosterEvaluation ev, int i) {
    double attempts = ev.intervalAttempts()[i];
    PhoneDemand d = problem.demand();
    return Double.isFinite(attempts) ? Math.max(attempts / d.intervalSeconds(), d.arrivalRate(i)) : d.arrivalRate(i);
  }

  // ---- scope: period -----------------------------------------------------------------------

  private Found byPeriod(RosterSolution start) {
    RosterEvaluation ev = evaluate("Erlang A roster, measuring the load", problem.roster(start.counts()), settings.seed(),
        settings.searchReplications());
    PhoneDemand d = problem.demand();
    int n = ev.intervalAttempts().length;
    double[] load = new double[n];
    double[] floor = new double[n];
    ErlangStaffing floorRule = staffing.intervalFloor().answerRate() == null ? null
        : new ErlangStaffing(staffing.intervalFloor().answerRate(), null, null, rule.serviceWithinSeconds(), null);
    for (int i = 0; i < n; i++) {
      double rate = simulatedRate(ev, i);
      load[i] = rate * d.handleSeconds();
      floor[i] = floorRule == null ? 0 : erlangA(floorRule, rate, i);
    }
    // Bracket β: the smallest tried value that meets the targets, the largest that does not. A β
    // whose requirement the seats cannot hold is infeasible, and so is every larger one.
    Trial erlangA = new Trial(null, start, ev, meetsWithMargin(ev), Double.NaN);
    double lo = -1;
    boolean loFails = false;
    double hi = 0;
    Trial best = trial(hi, load, floor);
    while (!best.meets && best.solution != null && hi < 8) {
      lo = hi;
      loFails = true;
      hi = hi == 0 ? 1 : hi * 2;
      best = trial(hi, load, floor);
    }
    if (!best.meets) {
      if (!erlangA.meets) {
        throw new UnstaffableException(String.format(Locale.ROOT, "no roster of the templates within the seats meets the "
            + "targets in %.0f %% of simulated periods: with %s the best met them in %.0f %%; add templates or seats",
            100 * staffing.confidence(), best.solution == null ? "the most the seats allow" : "β = " + hi,
            100 * Math.max(erlangA.evaluation.shareMeetingTargets(),
                best.evaluation == null ? 0 : best.evaluation.shareMeetingTargets())));
      }
      // The seats stop the square-root rule before it meets the targets, but Erlang A's roster
      // does: start from that one and take shifts away.
      notes.add("The square-root rule's rosters do not fit the seats before they meet the targets; the search starts "
          + "from the Erlang A roster.");
      best = erlangA;
      hi = Double.NaN;
    } else {
      Trial low = loFails ? null : trial(lo, load, floor);
      if (low != null && low.meets) {
        best = low;
        hi = lo;
      } else {
        for (int step = 0; step < BISECTION_STEPS; step++) {
          double mid = (lo + hi) / 2;
          Trial t = trial(mid, load, floor);
          if (t.meets) {
            hi = mid;
            best = t;
          } else {
            lo = mid;
          }
        }
      }
    }
    // Take shifts away while the targets hold, dearest first.
    int[] counts = best.solution.counts();
    List<Integer> removed = new ArrayList<>();
    Integer[] order = new Integer[counts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    List<Candidate> candidates = problem.candidates();
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -candidates.get(i).cost()).thenComparingInt(i -> i));
    for (int i : order) {
      if (counts[i] == 0) {
        continue;
      }
      counts[i]--;
      RosterEvaluation e = evaluate("taking away one " + shiftText(i), problem.roster(counts), settings.seed(),
          settings.searchReplications());
      if (meetsWithMargin(e)) {
        removed.add(i);
      } else {
        counts[i]++;
      }
    }
    // The fresh-seed check; put shifts back, then raise β, until it holds.
    double beta = hi;
    for (int round = 1; round <= CHECK_ROUNDS; round++) {
      RosterEvaluation check = evaluate("fresh-seed check, round " + round, problem.roster(counts), settings.checkSeed(),
          settings.checkReplications());
      if (check.meetsConfidently(staffing)) {
        notes.add(betaNote(beta, floorRule != null));
        notes.add(removed.size() + " shift(s) taken away after the bisection; the fresh-seed check passed in round " + round + ".");
        return new Found(requirementOf(best), solutionOf(counts, best.solution), round, true);
      }
      if (!removed.isEmpty()) {
        int putBack = Math.max(1, (removed.size() + 1) / 2);
        for (int k = 0; k < putBack; k++) {
          counts[removed.remove(removed.size() - 1)]++;
        }
      } else if (Double.isFinite(beta)) {
        Trial higher = trial(beta + 0.25, load, floor);
        if (higher.solution == null) {
          notes.add("β cannot be raised beyond " + beta + ": the seats do not hold a larger requirement.");
          break;
        }
        beta += 0.25;
        best = higher;
        counts = best.solution.counts();
      } else {
        break;
      }
    }
    RosterEvaluation last = evaluate("last fresh-seed check", problem.roster(counts), settings.checkSeed(),
        settings.checkReplications());
    boolean met = last.meetsConfidently(staffing);
    notes.add(betaNote(beta, floorRule != null));
    if (!met) {
      notes.add("The roster did not meet the targets with the asked confidence in the fresh-seed check after "
          + CHECK_ROUNDS + " rounds.");
    }
    return new Found(requirementOf(best), solutionOf(counts, best.solution), CHECK_ROUNDS + 1, met);
  }

  /** The requirement the trial's roster program covered; Erlang A's for the Erlang A roster. */
  private double[] requirementOf(Trial t) {
    if (t.requirement != null) {
      return t.requirement;
    }
    double[] a = new double[problem.grid().intervals()];
    PhoneDemand d = problem.demand();
    for (int i = 0; i < a.length; i++) {
      a[i] = erlangA(rule, d.arrivalRate(i), i);
    }
    return a;
  }

  private static String betaNote(double beta, boolean floor) {
    if (Double.isNaN(beta)) {
      return "Requirement per interval: Erlang A's (the square-root rule's did not fit the seats).";
    }
    return String.format(Locale.ROOT, "Requirement per interval: simulated load %s %.3f × √load%s.", beta < 0 ? "−" : "+",
        Math.abs(beta), floor ? ", at least Erlang A's for the interval floor" : "");
  }

  private String shiftText(int i) {
    Candidate c = problem.candidates().get(i);
    return String.format(Locale.ROOT, "%s %s %02d:%02d %dh%s", scenario.staff().get(c.group()).name(), c.day().key(),
        c.startMinute() / 60, c.startMinute() % 60, c.lengthMinutes() / 60, c.lengthMinutes() % 60 == 0 ? "" : (c.lengthMinutes() % 60) + "m");
  }

  private RosterSolution solutionOf(int[] counts, RosterSolution solved) {
    double cost = 0;
    for (int i = 0; i < counts.length; i++) {
      cost += counts[i] * problem.candidates().get(i).cost();
    }
    // The solver's status of its last solve; shifts taken away after it are in the notes.
    return new RosterSolution(counts, cost, solved.optimal(), solved.wallTimeSeconds(), solved.relativeGap());
  }

  /**
   * A roster tried: for β, or (beta NaN) the Erlang A roster. {@code solution} is null when the
   * seats cannot hold the requirement of this β.
   */
  private record Trial(double[] requirement, RosterSolution solution, RosterEvaluation evaluation, boolean meets, double beta) {
    double[] required() {
      return requirement;
    }
  }

  private Trial trial(double beta, double[] load, double[] floor) {
    double[] required = new double[load.length];
    for (int i = 0; i < required.length; i++) {
      required[i] = load[i] <= 0 ? 0 : Math.max(floor[i], Math.max(0, load[i] + beta * Math.sqrt(load[i])));
    }
    String what = String.format(Locale.ROOT, "β = %.3f", beta);
    RosterSolution s;
    try {
      s = solveStep("roster for " + what, required);
    } catch (UnstaffableException seatsTooFew) {
      return new Trial(required, null, null, false, beta);
    }
    RosterEvaluation e = evaluate(what, problem.roster(s.counts()), settings.seed(), settings.searchReplications());
    return new Trial(required, s, e, meetsWithMargin(e), beta);
  }

  /**
   * Meets the period targets on the search's seed with a margin: the share must exceed the
   * confidence by {@link #MARGIN_Z} standard errors of the difference between this estimate and an
   * independent check of {@link #INDEPENDENT_CHECK} periods, so that such a check of the returned
   * roster passes with probability about 0.95 even though the search kept the cheapest roster that
   * passed on its own seed.
   */
  private boolean meetsWithMargin(RosterEvaluation e) {
    double c = staffing.confidence();
    double margin = c >= 1 ? 0 : MARGIN_Z * Math.sqrt(c * (1 - c) * (1.0 / e.replications() + 1.0 / INDEPENDENT_CHECK));
    return e.shareMeetingTargets() >= Math.min(1, c + margin) - 1e-12 && e.worstFloorInterval(staffing) < 0;
  }

  // ---- the comparison -----------------------------------------------------------------------

  /** Today's roster with every shift's nurses scaled by the smallest factor that meets the targets. */
  private Roster scaledToday() {
    Roster today = problem.today();
    double lo = 0.5;
    double hi = 1;
    while (!meetsWithMargin(evaluate("today's roster × " + hi, today.scaled(hi), settings.seed(), settings.searchReplications()))) {
      lo = hi;
      hi *= 1.5;
      if (hi > 20) {
        notes.add("Today's roster scaled up 20 times still misses the targets: its hours do not cover the line.");
        return today.scaled(hi);
      }
    }
    for (int step = 0; step < 5; step++) {
      double mid = (lo + hi) / 2;
      if (meetsWithMargin(evaluate("today's roster × " + String.format(Locale.ROOT, "%.3f", mid), today.scaled(mid),
          settings.seed(), settings.searchReplications()))) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    notes.add(String.format(Locale.ROOT, "Today's roster meets the targets scaled by %.3f (each shift's nurses to the nearest whole nurse).", hi));
    return today.scaled(hi);
  }

  private RosterResult result(String key, String label, Roster roster) {
    RosterEvaluation check = evaluate("fresh-seed check of " + label, roster, settings.checkSeed(), settings.checkReplications());
    return new RosterResult(key, label, roster, check, roster.nurseHours(), roster.cost(staffing.cost()));
  }

  private RosterSolution solveStep(String what, double[] required) {
    settings.progress().report("solving the " + what, simulations, planned);
    return problem.solve(required);
  }

  private RosterEvaluation evaluate(String what, Roster roster, long seed, int replications) {
    settings.progress().report("simulating " + what, simulations, planned);
    simulations++;
    RosterEvaluation e = RosterEvaluation.of(scenario, roster, seed, replications, settings.threads());
    events += e.events();
    callAttempts += e.callAttempts();
    chats += e.chats();
    return e;
  }

  /** Erlang C's requirement of interval {@code i} at {@code rate} calls a second; a limit reached names the interval. */
  private int erlangC(ErlangStaffing by, double rate, int i) {
    try {
      return by.erlangC(rate, problem.demand().handleSeconds());
    } catch (ErlangLimitException e) {
      throw limitIn(i, rate, "Erlang C", e);
    }
  }

  /** Erlang A's requirement of interval {@code i} at {@code rate} calls a second; a limit reached names the interval. */
  private int erlangA(ErlangStaffing by, double rate, int i) {
    PhoneDemand d = problem.demand();
    try {
      return by.erlangA(rate, d.handleSeconds(), d.patienceSeconds());
    } catch (ErlangLimitException e) {
      throw limitIn(i, rate, "Erlang A", e);
    }
  }

  private RequirementLimitException limitIn(int i, double rate, String formula, ErlangLimitException e) {
    return new RequirementLimitException(problem.intervalLabel(i), rate * 3600, rate * problem.demand().handleSeconds(), formula, e);
  }

  private static double[] asDouble(int[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }
}
