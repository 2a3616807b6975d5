package se.sim1177.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The day-to-day tie-break's local search: from a cheapest roster, moves one nurse at a time from
 * a shift to another of exactly the same integer cost, whenever the roster stays feasible and its
 * change over the next-day pairs falls, until no such move is left. The cost never moves, so the
 * result is still a cheapest roster. {@link DayToDayTieBreak} keeps it where the solver, within its
 * budget, found no smaller change.
 *
 * <p>Why: on a week of quarter-hours CP-SAT, started from the cheapest roster, barely lowers the
 * change within its budget (41 to 40 on {@code RealisticWeek}; these moves reach 11), where the
 * symptom the tie-break is for ("Monday's day shift got 2 nurses and Tuesday's 3, at the same
 * cost") is one such move away. Deterministic: pairs and shifts are scanned in index order.
 */
final class EqualCostSwaps {
  private final ScaledProblem p;
  private final long[] x;
  /** Per slot: coverage units above the residual requirement (at least 0 in a feasible roster). */
  private final long[] coverageSlack;
  /** Per slot: chat coverage units above the residual chat requirement. */
  private final long[] chatSlack;
  /** Per slot: nurses on the line above the residual minimum. */
  private final long[] minimumSlack;
  /** Per group and slot: the group's candidates' nurses on the line above its own minimum. */
  private final long[][] groupMinimumSlack;
  /** Per group and slot: seats held by this roster's shifts. */
  private final long[][] seatsHeld;
  /** Per shift: the pairs it is in. */
  private final List<List<NextDayPair>> pairsOf;
  /** Per shift: the other shifts of exactly the same integer cost. */
  private final List<int[]> sameCost;

  private EqualCostSwaps(ScaledProblem p, long[] cheapest) {
    this.p = p;
    this.x = cheapest.clone();
    coverageSlack = new long[p.slots];
    chatSlack = new long[p.slots];
    minimumSlack = new long[p.slots];
    groupMinimumSlack = new long[p.freeSeats.length][p.slots];
    seatsHeld = new long[p.freeSeats.length][p.slots];
    for (int t = 0; t < p.slots; t++) {
      coverageSlack[t] = -p.residualRequirement[t];
      chatSlack[t] = -p.residualChatRequirement[t];
      minimumSlack[t] = -p.residualMinimum[t];
      for (int g = 0; g < groupMinimumSlack.length; g++) {
        groupMinimumSlack[g][t] = -p.groupMinimum[g][t];
      }
      for (int s : p.covering[t]) {
        coverageSlack[t] += p.coverage[s] * x[s];
        chatSlack[t] += p.chatCoverage[s] * x[s];
        minimumSlack[t] += x[s];
        groupMinimumSlack[p.group(s)][t] += x[s];
      }
      for (int s : p.occupying[t]) {
        seatsHeld[p.group(s)][t] += x[s];
      }
    }
    pairsOf = new ArrayList<>();
    for (int s = 0; s < p.shiftCount; s++) {
      pairsOf.add(new ArrayList<>());
    }
    for (NextDayPair pair : p.problem.sameShiftNextDay()) {
      pairsOf.get(pair.shift()).add(pair);
      pairsOf.get(pair.nextDay()).add(pair);
    }
    Map<Long, List<Integer>> byCost = new HashMap<>();
    for (int s = 0; s < p.shiftCount; s++) {
      byCost.computeIfAbsent(p.cost[s], c -> new ArrayList<>()).add(s);
    }
    sameCost = new ArrayList<>();
    for (int s = 0; s < p.shiftCount; s++) {
      sameCost.add(byCost.get(p.cost[s]).stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** A cheapest roster whose change is no larger than {@code cheapest}'s. */
  static long[] improve(ScaledProblem p, long[] cheapest) {
    EqualCostSwaps swaps = new EqualCostSwaps(p, cheapest);
    boolean moved = true;
    while (moved) {
      // Each move lowers the change by at least one, so the passes end.
      moved = swaps.onePass();
    }
    return swaps.x;
  }

  /** Tries, for every unequal pair, to even it with one move; true when any move was made. */
  private boolean onePass() {
    boolean moved = false;
    for (NextDayPair pair : p.problem.sameShiftNextDay()) {
      int low = x[pair.shift()] < x[pair.nextDay()] ? pair.shift() : pair.nextDay();
      int high = low == pair.shift() ? pair.nextDay() : pair.shift();
      if (x[low] == x[high]) {
        continue;
      }
      moved |= tryMoves(low, true) || tryMoves(high, false);
    }
    return moved;
  }

  /** One nurse onto {@code s} from a shift of its cost ({@code up}), or from {@code s} onto one; true if made. */
  private boolean tryMoves(int s, boolean up) {
    for (int other : sameCost.get(s)) {
      int from = up ? other : s;
      int to = up ? s : other;
      if (from != to && x[from] > 0 && x[to] < p.upperBound[to] && changeGain(from, to) < 0 && feasible(from, to)) {
        move(from, to);
        return true;
      }
    }
    return false;
  }

  /** How the change over the pairs moves when one nurse goes from {@code from} to {@code to}. */
  private long changeGain(int from, int to) {
    long before = change(from, to);
    x[from]--;
    x[to]++;
    long after = change(from, to);
    x[from]++;
    x[to]--;
    return after - before;
  }

  private long change(int a, int b) {
    long sum = 0;
    for (NextDayPair pair : pairsOf.get(a)) {
      sum += Math.abs(x[pair.shift()] - x[pair.nextDay()]);
    }
    for (NextDayPair pair : pairsOf.get(b)) {
      if (pair.shift() != a && pair.nextDay() != a) {
        sum += Math.abs(x[pair.shift()] - x[pair.nextDay()]);
      }
    }
    return sum;
  }

  /** Whether every slot keeps its cover and minimums, and every group its seats, after the move. */
  private boolean feasible(int from, int to) {
    CandidateShift f = p.problem.shifts().get(from);
    CandidateShift t = p.problem.shifts().get(to);
    for (int k = 0; k < f.lengthSlots(); k++) {
      if (f.onBreak(k)) {
        continue;
      }
      int slot = p.slotOf(from, k);
      boolean toCovers = t.covers(slot, p.slots);
      long cover = coverageSlack[slot] - p.coverage[from] + (toCovers ? p.coverage[to] : 0);
      long chat = chatSlack[slot] - p.chatCoverage[from] + (toCovers ? p.chatCoverage[to] : 0);
      long minimum = minimumSlack[slot] - 1 + (toCovers ? 1 : 0);
      long groupMinimum = groupMinimumSlack[f.group()][slot] - 1 + (toCovers && t.group() == f.group() ? 1 : 0);
      if (cover < 0 || chat < 0 || minimum < 0 || groupMinimum < 0) {
        return false;
      }
    }
    for (int k = 0; k < t.lengthSlots(); k++) {
      int slot = p.slotOf(to, k);
      long free = p.freeSeats[t.group()][slot];
      boolean sameSeat = f.group() == t.group() && f.occupies(slot, p.slots);
      if (free != ScaledProblem.UNLIMITED && seatsHeld[t.group()][slot] + (sameSeat ? 0 : 1) > free) {
        return false;
      }
    }
    return true;
  }

  private void move(int from, int to) {
    update(from, -1);
    update(to, 1);
  }

  private void update(int s, long delta) {
    x[s] += delta;
    CandidateShift shift = p.problem.shifts().get(s);
    for (int k = 0; k < shift.lengthSlots(); k++) {
      int slot = p.slotOf(s, k);
      seatsHeld[shift.group()][slot] += delta;
      if (!shift.onBreak(k)) {
        coverageSlack[slot] += delta * p.coverage[s];
        chatSlack[slot] += delta * p.chatCoverage[s];
        minimumSlack[slot] += delta;
        groupMinimumSlack[shift.group()][slot] += delta;
      }
    }
  }
}
