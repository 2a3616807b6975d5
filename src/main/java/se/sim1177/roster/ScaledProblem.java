package se.sim1177.roster;

import java.util.Arrays;
import java.util.List;

/**
 * A {@link CoverageProblem} in the whole numbers CP-SAT needs, with the covering structure
 * precomputed: which shifts cover each slot, each shift's upper bound, each group's free seats.
 *
 * <p>Coverage is counted in whole units of 1/{@link #unitsPerNurse} of an effective nurse, exactly
 * when the numbers allow and conservatively (any roster feasible here is feasible for the real
 * problem) when they do not: {@link CoverageUnits} says how and when.
 *
 * <p>Costs are multiplied by the largest power of ten that keeps the dearest shift within
 * {@link #MAX_COST_UNITS} and rounded to the nearest unit: a resolution of 10<sup>−8</sup> to
 * 10<sup>−9</sup> of the dearest shift, whatever currency or unit the caller uses, so two rosters
 * are ranked equal only when their costs differ by less than that per scheduled shift (the
 * reported cost is always the exact one). A power of ten, not a scale that maps the dearest shift
 * to a round number, because decimal costs (hours × rates such as 1.2 or 1.5) then stay multiples
 * of a common divisor: CP-SAT divides the objective by it and rounds its lower bound up to that
 * grid, which is what lets it prove optimality on a week of quarter-hours instead of closing the
 * last fraction of a gap at a resolution no cost has.
 */
final class ScaledProblem {
  /** Most integer cost units of one shift. */
  static final double MAX_COST_UNITS = 1e9;
  /** A group's free seats when its seats are unlimited. */
  static final long UNLIMITED = Long.MAX_VALUE;

  final CoverageProblem problem;
  final int slots;
  final int shiftCount;
  /** Coverage units per effective nurse on duty. */
  final long unitsPerNurse;
  /** Whether the units are exact (see {@link CoverageUnits}); when not, coverage was rounded down. */
  final boolean exactCoverage;
  /** Per shift: coverage units per nurse. */
  final long[] coverage;
  /** Chat coverage units per effective chat nurse: the chat rows are counted in units of their own. */
  final long chatUnitsPerNurse;
  /** Per shift: chat coverage units per nurse (0 for a shift that does not answer the chat). */
  final long[] chatCoverage;
  /** Per slot: chat coverage units still needed after fixed chat coverage, at least 0. */
  final long[] residualChatRequirement;
  /** Per group and slot: the group's own floor on its candidates' nurses on the line. */
  final long[][] groupMinimum;
  /** Per shift: integer cost. */
  final long[] cost;
  /** Per slot: coverage units still needed after fixed coverage, at least 0. */
  final long[] residualRequirement;
  /** Per slot: nurses still to be scheduled after fixed shifts, at least 0. */
  final long[] residualMinimum;
  /** Per group and slot: seats left after fixed shifts; {@link #UNLIMITED}, or negative when overbooked. */
  final long[][] freeSeats;
  /** Per slot: the candidate shifts that cover it (on the line, not on a break), in ascending order. */
  final int[][] covering;
  /** Per slot: the candidate shifts whose nurses hold a seat in it (breaks included), in ascending order. */
  final int[][] occupying;
  /** Per shift: the most nurses an optimal roster needs on it (see {@link #upperBound}). */
  final long[] upperBound;

  ScaledProblem(CoverageProblem problem) {
    this.problem = problem;
    this.slots = problem.slots();
    this.shiftCount = problem.shifts().size();
    CoverageUnits units = CoverageUnits.of(problem);
    CoverageUnits chatUnits = CoverageUnits.ofChat(problem);
    this.unitsPerNurse = units.perNurse();
    this.chatUnitsPerNurse = chatUnits.perNurse();
    this.exactCoverage = units.exact() && chatUnits.exact();
    this.coverage = units.perShift();
    this.residualRequirement = units.residualRequirement();
    this.chatCoverage = chatUnits.perShift();
    this.residualChatRequirement = chatUnits.residualRequirement();
    this.cost = new long[shiftCount];
    double maxCost = 0;
    for (CandidateShift shift : problem.shifts()) {
      maxCost = Math.max(maxCost, shift.cost());
    }
    double costScale = decimalCostScale(maxCost);
    for (int s = 0; s < shiftCount; s++) {
      CandidateShift shift = problem.shifts().get(s);
      cost[s] = Math.round(shift.cost() * costScale);
    }
    residualMinimum = new long[slots];
    groupMinimum = new long[problem.groups()][slots];
    for (int t = 0; t < slots; t++) {
      for (int g = 0; g < problem.groups(); g++) {
        groupMinimum[g][t] = problem.groupMinimum(g, t);
      }
      residualMinimum[t] = Math.max(0, problem.minimumScheduled(t) - problem.fixedScheduled(t));
    }
    freeSeats = new long[problem.groups()][slots];
    for (int g = 0; g < problem.groups(); g++) {
      int seats = problem.seats(g);
      for (int t = 0; t < slots; t++) {
        freeSeats[g][t] = seats == CoverageProblem.UNLIMITED_SEATS
            ? UNLIMITED
            : (long) seats - problem.fixedSeatsUsed(g, t);
      }
    }
    covering = shiftsPerSlot(problem, false);
    occupying = shiftsPerSlot(problem, true);
    upperBound = new long[shiftCount];
    for (int s = 0; s < shiftCount; s++) {
      upperBound[s] = Math.min(coverBound(s), seatBound(s));
    }
    raiseFreeShiftsToTheirPartners();
  }

  /** Σ cost × count in integer cost units; overflow is a bug (the upper bounds keep it far below 2<sup>63</sup>). */
  long cost(long[] counts) {
    long sum = 0;
    for (int s = 0; s < counts.length; s++) {
      sum = Math.addExact(sum, Math.multiplyExact(cost[s], counts[s]));
    }
    return sum;
  }

  /**
   * The shifts of group g that cover slot t when its seats there need a row, or null when they
   * do not: unlimited seats, or the shifts' upper bounds cannot exceed the free seats anyway (most
   * slots of a roomy workplace).
   */
  int[] seatRow(int g, int t) {
    long free = freeSeats[g][t];
    if (free == UNLIMITED) {
      return null;
    }
    int n = 0;
    long mostOnDuty = 0;
    for (int s : occupying[t]) {
      if (group(s) == g) {
        n++;
        mostOnDuty += upperBound[s];
      }
    }
    if (mostOnDuty <= free) {
      return null;
    }
    int[] row = new int[n];
    int i = 0;
    for (int s : occupying[t]) {
      if (group(s) == g) {
        row[i++] = s;
      }
    }
    return row;
  }

  /** The slots shift {@code s} covers, in the order it covers them. */
  int slotOf(int s, int k) {
    return (problem.shifts().get(s).firstSlot() + k) % slots;
  }

  int group(int s) {
    return problem.shifts().get(s).group();
  }

  int length(int s) {
    return problem.shifts().get(s).lengthSlots();
  }

  /**
   * The most nurses an optimal roster needs on shift s for the requirements and the minimums:
   * enough for s alone to meet the largest residual requirement (phone or chat) and minimum (all
   * groups' or its own group's) among its slots. A roster with more on s stays feasible when the
   * excess is removed, and costs less, or the same when s is free: so every cheapest roster lies
   * within the bound when s costs something. With {@link #seatBound} the shift's upper bound.
   */
  private long coverBound(int s) {
    long bound = 0;
    int g = group(s);
    CandidateShift shift = problem.shifts().get(s);
    for (int k = 0; k < length(s); k++) {
      if (shift.onBreak(k)) {
        continue;
      }
      int t = slotOf(s, k);
      if (coverage[s] > 0) {
        bound = Math.max(bound, ceilDiv(residualRequirement[t], coverage[s]));
      }
      if (chatCoverage[s] > 0) {
        bound = Math.max(bound, ceilDiv(residualChatRequirement[t], chatCoverage[s]));
      }
      bound = Math.max(bound, Math.max(residualMinimum[t], groupMinimum[g][t]));
    }
    return bound;
  }

  /** The fewest free seats of the shift's group in any slot it holds, and at least 0. */
  private long seatBound(int s) {
    long seatBound = UNLIMITED;
    for (int k = 0; k < length(s); k++) {
      seatBound = Math.min(seatBound, freeSeats[group(s)][slotOf(s, k)]);
    }
    return Math.max(0, seatBound);
  }

  /**
   * A free shift in a chain of {@link CoverageProblem#sameShiftNextDay} pairs may need more
   * nurses than it needs for cover, to match its partners: the tie-break would take x = 5 on a
   * free Tuesday shift beside a forced 5 on Monday's. Capping every member of a chain at the
   * largest bound among them keeps such a roster (capping never widens a difference, and a free
   * shift with at least its own bound already covers its slots alone), so the bound of a free
   * shift in a chain is that largest bound, within its seats.
   */
  private void raiseFreeShiftsToTheirPartners() {
    List<NextDayPair> pairs = problem.sameShiftNextDay();
    if (pairs.isEmpty()) {
      return;
    }
    int[] chain = new int[shiftCount];
    for (int s = 0; s < shiftCount; s++) {
      chain[s] = s;
    }
    for (NextDayPair pair : pairs) {
      chain[root(chain, pair.shift())] = root(chain, pair.nextDay());
    }
    long[] largest = new long[shiftCount];
    for (int s = 0; s < shiftCount; s++) {
      largest[root(chain, s)] = Math.max(largest[root(chain, s)], upperBound[s]);
    }
    for (int s = 0; s < shiftCount; s++) {
      if (cost[s] == 0) {
        upperBound[s] = Math.min(largest[root(chain, s)], seatBound(s));
      }
    }
  }

  private static int root(int[] chain, int s) {
    while (chain[s] != s) {
      chain[s] = chain[chain[s]];
      s = chain[s];
    }
    return s;
  }

  /** Per slot, the shifts on the line there ({@code seated} false) or holding a seat there (true). */
  private static int[][] shiftsPerSlot(CoverageProblem problem, boolean seated) {
    int slots = problem.slots();
    int[] counts = new int[slots];
    for (CandidateShift shift : problem.shifts()) {
      for (int k = 0; k < shift.lengthSlots(); k++) {
        if (seated || !shift.onBreak(k)) {
          counts[(shift.firstSlot() + k) % slots]++;
        }
      }
    }
    int[][] covering = new int[slots][];
    for (int t = 0; t < slots; t++) {
      covering[t] = new int[counts[t]];
    }
    Arrays.fill(counts, 0);
    for (int s = 0; s < problem.shifts().size(); s++) {
      CandidateShift shift = problem.shifts().get(s);
      for (int k = 0; k < shift.lengthSlots(); k++) {
        if (seated || !shift.onBreak(k)) {
          int t = (shift.firstSlot() + k) % slots;
          covering[t][counts[t]++] = s;
        }
      }
    }
    return covering;
  }

  /**
   * The largest power of ten that keeps the dearest shift within {@link #MAX_COST_UNITS} (1 when
   * every shift is free).
   */
  static double decimalCostScale(double maxCost) {
    if (maxCost == 0) {
      return 1;
    }
    double scale = 1;
    while (maxCost * scale > MAX_COST_UNITS) {
      scale /= 10;
    }
    while (maxCost * scale * 10 <= MAX_COST_UNITS) {
      scale *= 10;
    }
    return scale;
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
