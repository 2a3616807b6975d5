package se.sim1177.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A roster that cannot exist is refused with a message naming the slot that explains it. */
class InfeasibleRosterTest {
  private static final int UNLIMITED = CoverageProblem.UNLIMITED_SEATS;

  private static InfeasibleRosterException refusal(CoverageProblem problem) {
    return assertThrows(InfeasibleRosterException.class, () -> RosterSolver.solve(problem, SolverSettings.DEFAULT));
  }

  @Test
  void aSlotThatNoShiftCoversIsNamed() {
    CoverageProblem problem = CoverageProblem.of(new double[] {1, 1, 5.3, 0},
        List.of(new CandidateShift(0, 0, 2, 1.0, 2.0)), new int[] {UNLIMITED});
    InfeasibleRosterException e = refusal(problem);
    assertEquals(2, e.slot());
    assertEquals("slot 2 needs 5.3 nurses on duty but no candidate shift covers it", e.getMessage());
    assertEquals("Monday 01:00 needs 5.3 nurses on duty but no candidate shift covers it",
        e.describe(t -> "Monday 0" + t / 2 + ":" + (t % 2 == 0 ? "00" : "30")));
  }

  @Test
  void everySlotThatCannotBeCoveredIsNamedWithRunsOfTheSameReasonTogether() {
    // Slots 1, 2 and 3 need 4 and slot 5 needs 6: no shift covers 1..5, only slot 0 is covered.
    CoverageProblem problem = CoverageProblem.of(new double[] {1, 4, 4, 4, 0, 6},
        List.of(new CandidateShift(0, 0, 1, 1.0, 1.0)), new int[] {UNLIMITED});
    InfeasibleRosterException e = refusal(problem);
    assertEquals(List.of(1, 2, 3, 5), e.slots());
    assertEquals(1, e.slot(), "the first");
    assertEquals("slot 1 to slot 3 (3 slots) needs 4 nurses on duty but no candidate shift covers it;"
        + " slot 5 needs 6 nurses on duty but no candidate shift covers it", e.getMessage());
  }

  @Test
  void aSlotBeyondTheSeatsOfTheGroupsThatCoverItIsNamed() {
    // Group 0 (2 seats, coverage 0.85) and group 1 (3 seats, 0.9) cover slot 1: at most 4.4.
    CoverageProblem problem = CoverageProblem.of(new double[] {1, 5.3, 1},
        List.of(new CandidateShift(0, 0, 3, 0.85, 3.0), new CandidateShift(1, 1, 1, 0.9, 1.0)),
        new int[] {2, 3});
    InfeasibleRosterException e = refusal(problem);
    assertEquals(1, e.slot());
    assertEquals("slot 1 needs 5.3 nurses on duty but the seats of the groups whose shifts cover it allow at most 4.4",
        e.getMessage());
  }

  @Test
  void nursesAreSaidInDecimalsWhateverTheSolversUnits() {
    // Four seats of 0.88/1.2 = 11/15 of a nurse: 44/15 = 2.9333… in units of 1/15.
    CoverageProblem problem = CoverageProblem.of(new double[] {3.05},
        List.of(new CandidateShift(0, 0, 1, 0.88 / 1.2, 1.0)), new int[] {4});
    assertEquals("slot 0 needs 3.05 nurses on duty but the seats of the groups whose shifts cover it allow at most 2.9333",
        refusal(problem).getMessage());
  }

  @Test
  void fixedCoverageIsDeductedAndSaid() {
    CoverageProblem problem = new CoverageProblem(2, new double[] {3, 0}, new double[] {1.7, 0},
        List.of(new CandidateShift(0, 1, 1, 1.0, 1.0)), new int[] {UNLIMITED}, new int[][] {{2, 0}}, new int[2]);
    assertEquals("slot 0 needs 1.3 nurses on duty more than fixed shifts provide (requirement 3, fixed coverage 1.7)"
        + " but no candidate shift covers it", refusal(problem).getMessage());
  }

  @Test
  void fixedShiftsBeyondTheSeatsAreNamed() {
    CoverageProblem problem = new CoverageProblem(2, new double[] {0, 0}, new double[] {0, 0},
        List.of(), new int[] {3}, new int[][] {{0, 4}}, new int[2]);
    InfeasibleRosterException e = refusal(problem);
    assertEquals(1, e.slot());
    assertEquals("slot 1: group 0 already has 4 nurses scheduled by fixed shifts, more than its 3 seats", e.getMessage());
  }

  @Test
  void aMinimumThatNoShiftCanMeetIsNamed() {
    CoverageProblem problem = new CoverageProblem(3, new double[] {0, 0, 0}, new double[3],
        List.of(new CandidateShift(0, 0, 3, 1.0, 3.0)), new int[] {1}, new int[][] {{0, 0, 0}}, new int[] {0, 0, 2});
    InfeasibleRosterException e = refusal(problem);
    assertEquals(2, e.slot());
    assertEquals("slot 2 needs at least 2 nurses scheduled but the seats of the groups whose shifts cover it leave room for 1 more",
        e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(SolverSettings.Engine.class)
  void slotsCompetingForTheSameSeatsAreProvedInfeasibleByTheSolver(SolverSettings.Engine engine) {
    // One seat. Slot 0 needs the 0-1 shift and slot 2 the 1-2 shift; both then sit in slot 1.
    CoverageProblem problem = CoverageProblem.of(new double[] {1, 0, 1},
        List.of(new CandidateShift(0, 0, 2, 1.0, 2.0), new CandidateShift(0, 1, 2, 1.0, 2.0)), new int[] {1});
    InfeasibleRosterException e = assertThrows(InfeasibleRosterException.class,
        () -> RosterSolver.solve(problem, SolverSettings.DEFAULT.withEngine(engine)));
    assertEquals(InfeasibleRosterException.NO_SLOT, e.slot());
    assertEquals(e.getMessage(), e.describe(t -> "never called"));
  }
}
