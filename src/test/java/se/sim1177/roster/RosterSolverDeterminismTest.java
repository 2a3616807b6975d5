package se.sim1177.roster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same problem, seed and worker count give the same roster, also among equal-cost optima. */
class RosterSolverDeterminismTest {
  private static final int REPEATS = 5;

  /**
   * Four slots needing one nurse each; two pairs of shifts cover them at the same cost: {0-1, 2-3}
   * and {1-2, 3-0 (wrapping)}. Both rosters cost 4.
   */
  private static CoverageProblem tie() {
    return CoverageProblem.of(new double[] {1, 1, 1, 1}, List.of(
        new CandidateShift(0, 0, 2, 1.0, 2.0),
        new CandidateShift(0, 2, 2, 1.0, 2.0),
        new CandidateShift(0, 1, 2, 1.0, 2.0),
        new CandidateShift(0, 3, 2, 1.0, 2.0)),
        new int[] {CoverageProblem.UNLIMITED_SEATS});
  }

  @ParameterizedTest
  @EnumSource(SolverSettings.Engine.class)
  void anEqualCostTieIsBrokenTheSameWayEveryTime(SolverSettings.Engine engine) {
    SolverSettings settings = SolverSettings.DEFAULT.withEngine(engine);
    RosterSolution first = RosterSolver.solve(tie(), settings);
    assertEquals(4.0, first.totalCost(), 1e-12);
    int[] counts = first.counts();
    assertTrue(List.of("[1, 1, 0, 0]", "[0, 0, 1, 1]").contains(java.util.Arrays.toString(counts)),
        "one of the two optimal rosters: " + java.util.Arrays.toString(counts));
    for (int i = 0; i < REPEATS; i++) {
      assertArrayEquals(counts, RosterSolver.solve(tie(), settings).counts(), "repeat " + i);
    }
  }

  @Test
  void twoInterleavedWorkersGiveTheSameRosterEveryTime() {
    SolverSettings twoWorkers = new SolverSettings(120, 7, 2);
    CoverageProblem week = RealisticWeek.problem();
    RosterSolution first = RosterSolver.solve(week, twoWorkers);
    RosterSolution second = RosterSolver.solve(week, twoWorkers);
    assertTrue(first.optimal(), first.toString());
    assertArrayEquals(first.counts(), second.counts());
  }

  @Test
  void seedsMayPickDifferentOptimaButNeverADifferentCost() {
    CoverageProblem week = RealisticWeek.problem();
    double cost = RosterSolver.solve(week, new SolverSettings(120, 1, 1)).totalCost();
    for (int seed = 2; seed <= 3; seed++) {
      RosterSolution other = RosterSolver.solve(week, new SolverSettings(120, seed, 1));
      assertTrue(other.optimal(), other.toString());
      assertEquals(cost, other.totalCost(), 1e-9, "seed " + seed);
    }
  }
}
