package se.sim1177.roster;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Finds, before the solver runs, the common reasons a roster cannot exist, each confined to one
 * slot: nothing covers a slot that needs nurses, fixed shifts already use more than a group's
 * seats, or the seats of the groups that can cover a slot hold too few nurses for it. A message
 * that names the slot tells the planner what to change; the solver's own proof would not.
 *
 * <p>It checks the scaled problem, the one the solver sees, so that anything it lets through is
 * infeasible only across slots.
 */
final class InfeasibilityCheck {
  /** Decimals of a nurse in messages: a ten-thousandth, finer than any requirement is known. */
  static final int DECIMALS = 4;

  private InfeasibilityCheck() {}

  /** Throws naming every slot that cannot be covered on its own (not only the first), if any. */
  static void throwIfSlotInfeasible(ScaledProblem p) {
    java.util.List<Integer> slots = new java.util.ArrayList<>();
    java.util.List<String> details = new java.util.ArrayList<>();
    for (int t = 0; t < p.slots; t++) {
      try {
        checkSeatsNotOverbooked(p, t);
        checkCoverage(p, t);
        checkChat(p, t);
        checkMinimum(p, t);
        checkGroupMinimum(p, t);
      } catch (InfeasibleRosterException e) {
        slots.add(t);
        details.add(e.detail());
      }
    }
    if (!slots.isEmpty()) {
      throw new InfeasibleRosterException(slots, details);
    }
  }

  private static void checkSeatsNotOverbooked(ScaledProblem p, int t) {
    for (int g = 0; g < p.freeSeats.length; g++) {
      if (p.freeSeats[g][t] < 0) {
        throw new InfeasibleRosterException(t, ": group " + g + " already has "
            + p.problem.fixedSeatsUsed(g, t) + " nurses scheduled by fixed shifts, more than its "
            + p.problem.seats(g) + " seats");
      }
    }
  }

  private static void checkCoverage(ScaledProblem p, int t) {
    long needed = p.residualRequirement[t];
    if (needed == 0) {
      return;
    }
    double fixed = p.problem.fixedCoverage(t);
    String net = nurses(decimal(p.problem.requirement(t)).subtract(decimal(fixed)), RoundingMode.UP);
    String need = fixed > 0
        ? " needs " + net + " nurses on duty more than fixed shifts provide (requirement "
            + plain(p.problem.requirement(t)) + ", fixed coverage " + plain(fixed) + ")"
        : " needs " + net + " nurses on duty";
    long most = mostBySeats(p, t, p.coverage);
    if (most < 0) {
      throw new InfeasibleRosterException(t, need + " but no candidate shift covers it");
    }
    if (most < needed) {
      throw new InfeasibleRosterException(t, need
          + " but the seats of the groups whose shifts cover it allow at most "
          + nurses(BigDecimal.valueOf(most).divide(BigDecimal.valueOf(p.unitsPerNurse), DECIMALS, RoundingMode.DOWN),
              RoundingMode.DOWN));
    }
  }

  private static void checkChat(ScaledProblem p, int t) {
    long needed = p.residualChatRequirement[t];
    if (needed == 0) {
      return;
    }
    String need = " needs " + nurses(BigDecimal.valueOf(needed).divide(BigDecimal.valueOf(p.chatUnitsPerNurse), DECIMALS,
        RoundingMode.UP), RoundingMode.UP) + " nurses on the chat" + (p.problem.fixedChatCoverage(t) > 0
        ? " more than fixed shifts provide (requirement " + plain(p.problem.chatRequirement(t)) + ", fixed coverage "
            + plain(p.problem.fixedChatCoverage(t)) + ")" : "");
    long most = mostBySeats(p, t, p.chatCoverage);
    if (most < 0) {
      throw new InfeasibleRosterException(t, need + " but no candidate shift of a group that answers the chat covers it");
    }
    if (most < needed) {
      throw new InfeasibleRosterException(t, need
          + " but the seats of the chat groups whose shifts cover it allow at most " + nurses(BigDecimal.valueOf(most).divide(
              BigDecimal.valueOf(p.chatUnitsPerNurse), DECIMALS, RoundingMode.DOWN), RoundingMode.DOWN));
    }
  }

  /**
   * The most coverage the seats allow in slot {@code t}, in the units of {@code coverage} (per
   * candidate shift): each group's free seats filled with its best shift there. -1 when no shift
   * with coverage covers the slot; {@link Long#MAX_VALUE} when such a group's seats are unlimited.
   */
  private static long mostBySeats(ScaledProblem p, int t, long[] coverage) {
    long[] best = new long[p.freeSeats.length];
    boolean covered = false;
    for (int s : p.covering[t]) {
      if (coverage[s] > 0) {
        covered = true;
        best[p.group(s)] = Math.max(best[p.group(s)], coverage[s]);
      }
    }
    if (!covered) {
      return -1;
    }
    long most = 0;
    for (int g = 0; g < best.length; g++) {
      if (best[g] == 0) {
        continue;
      }
      if (p.freeSeats[g][t] == ScaledProblem.UNLIMITED) {
        return Long.MAX_VALUE;
      }
      most += p.freeSeats[g][t] * best[g];
    }
    return most;
  }

  private static void checkGroupMinimum(ScaledProblem p, int t) {
    for (int g = 0; g < p.groupMinimum.length; g++) {
      long needed = p.groupMinimum[g][t];
      if (needed == 0) {
        continue;
      }
      boolean covered = false;
      for (int s : p.covering[t]) {
        covered |= p.group(s) == g;
      }
      if (!covered) {
        throw new InfeasibleRosterException(t, " needs at least " + needed + " nurses of group " + g
            + " scheduled but none of its candidate shifts covers it");
      }
      if (p.freeSeats[g][t] != ScaledProblem.UNLIMITED && p.freeSeats[g][t] < needed) {
        throw new InfeasibleRosterException(t, " needs at least " + needed + " nurses of group " + g
            + " scheduled but its seats leave room for " + p.freeSeats[g][t]);
      }
    }
  }

  private static void checkMinimum(ScaledProblem p, int t) {
    long needed = p.residualMinimum[t];
    if (needed == 0) {
      return;
    }
    String need = " needs at least " + p.problem.minimumScheduled(t) + " nurses scheduled"
        + (p.problem.fixedScheduled(t) > 0 ? " (" + p.problem.fixedScheduled(t) + " on fixed shifts)" : "");
    boolean[] groupCovers = new boolean[p.freeSeats.length];
    boolean covered = false;
    for (int s : p.covering[t]) {
      groupCovers[p.group(s)] = true;
      covered = true;
    }
    if (!covered) {
      throw new InfeasibleRosterException(t, need + " but no candidate shift covers it");
    }
    long most = 0;
    for (int g = 0; g < groupCovers.length; g++) {
      if (!groupCovers[g]) {
        continue;
      }
      if (p.freeSeats[g][t] == ScaledProblem.UNLIMITED) {
        return;
      }
      most += p.freeSeats[g][t];
    }
    if (most < needed) {
      throw new InfeasibleRosterException(t, need
          + " but the seats of the groups whose shifts cover it leave room for " + most + " more");
    }
  }

  /**
   * Nurses to at most {@link #DECIMALS} decimals, without trailing zeros: 5.3 → "5.3", 44/15 →
   * "2.9333" rounded down. The solver's units are no decimal fractions of a nurse (1/15 of one
   * when every coverage has that denominator), so they are not what a message shows.
   */
  static String nurses(BigDecimal nurses, RoundingMode rounding) {
    return nurses.setScale(DECIMALS, rounding).stripTrailingZeros().toPlainString();
  }

  /** The decimal a double prints as: 2.2, not its binary value 2.2000000000000001776…. */
  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value);
  }

  private static String plain(double value) {
    return decimal(value).stripTrailingZeros().toPlainString();
  }
}
