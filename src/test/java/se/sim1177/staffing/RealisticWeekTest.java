package se.sim1177.staffing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The roster step at the size it runs at: a week of half-hours with ~50 shifts a day. */
class RealisticWeekTest {
  /** Generous: the week solves in seconds; this only keeps a regression from hanging the build. */
  private static final SolverSettings SETTINGS = new SolverSettings(120, 1, 1);

  @Test
  void aWeekOfHalfHoursSolvesToProvenOptimalityWithAFeasibleRoster() {
    CoverageProblem problem = RealisticWeek.problem();
    RosterSolution solution = RosterSolver.solve(problem, SETTINGS);
    System.out.printf(Locale.ROOT, "RealisticWeekTest: %d shifts, %d slots, cost %.2f, solver %.2f s, optimal %s%n",
        problem.shifts().size(), problem.slots(), solution.totalCost(), solution.wallTimeSeconds(), solution.optimal());
    assertTrue(solution.optimal(), "status: " + solution);
    assertEquals(0.0, solution.relativeGap(), "an optimal roster has no gap");
    assertEquals(Optional.empty(), RosterCheck.firstViolation(problem, solution.counts()));
  }

  @Test
  void theSameWeekSolvedTwiceGivesTheSameRoster() {
    CoverageProblem problem = RealisticWeek.problem();
    RosterSolution first = RosterSolver.solve(problem, SETTINGS);
    RosterSolution second = RosterSolver.solve(problem, SETTINGS);
    assertArrayEquals(first.counts(), second.counts());
  }
}
