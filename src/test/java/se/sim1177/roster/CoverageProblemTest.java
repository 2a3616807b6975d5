package se.sim1177.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Programming errors in a problem are refused where they are made, with the field named. */
class CoverageProblemTest {
  private static final List<CandidateShift> ONE_SHIFT = List.of(new CandidateShift(0, 0, 2, 1.0, 1.0));

  private static String refusal(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  @Test
  void shiftsRefuseImpossibleValues() {
    assertEquals("a shift must cover the phone or the chat: both coverages are 0", refusal(() -> new CandidateShift(0, 0, 1, 0, 1)));
    assertEquals("coverage: -0.5 is not a finite number of at least 0", refusal(() -> new CandidateShift(0, 0, 1, -0.5, 1)));
    assertEquals("chatCoverage: NaN is not a finite number of at least 0",
        refusal(() -> new CandidateShift(0, 0, 1, 1, 1, 0, 0, Double.NaN)));
    assertEquals("break: 1 slots from slot 0 is not strictly inside a shift of 3 slots",
        refusal(() -> new CandidateShift(0, 0, 3, 1, 1, 0, 1)));
    assertEquals("cost: -1.0 is not a finite number of at least 0", refusal(() -> new CandidateShift(0, 0, 1, 1, -1)));
    assertEquals("lengthSlots: 0 is not at least 1", refusal(() -> new CandidateShift(0, 0, 0, 1, 1)));
  }

  @Test
  void aShiftWrapsPastTheEndOfTheWeek() {
    CandidateShift sundayNight = new CandidateShift(0, 5, 3, 1.0, 1.0);
    assertTrue(sundayNight.covers(5, 6));
    assertTrue(sundayNight.covers(0, 6));
    assertTrue(sundayNight.covers(1, 6));
    assertFalse(sundayNight.covers(2, 6));
    assertFalse(sundayNight.covers(4, 6));
  }

  @Test
  void problemsRefuseInconsistentSizes() {
    assertEquals("requirement[1]: -1.0 is not a finite number of at least 0",
        refusal(() -> CoverageProblem.of(new double[] {1, -1}, ONE_SHIFT, new int[] {1})));
    assertEquals("shifts[0].group: 0 is not a group (seats has 0)",
        refusal(() -> CoverageProblem.of(new double[] {1, 1}, ONE_SHIFT, new int[0])));
    assertEquals("shifts[0].lengthSlots: 2 is longer than the 1-slot week",
        refusal(() -> CoverageProblem.of(new double[] {1}, ONE_SHIFT, new int[] {1})));
    assertEquals("fixedCoverage: 1 values for 2 slots", refusal(() -> new CoverageProblem(2, new double[2],
        new double[1], ONE_SHIFT, new int[] {1}, new int[1][2], new int[2])));
  }

  @Test
  void nextDayPairsMustBeTheSameShift() {
    CoverageProblem problem = CoverageProblem.of(new double[] {1, 1, 1, 1},
        List.of(new CandidateShift(0, 0, 2, 1.0, 1.0), new CandidateShift(0, 2, 2, 1.0, 1.5), new CandidateShift(0, 2, 3, 1.0, 1.0)),
        new int[] {1});
    assertEquals(1, problem.withSameShiftNextDay(List.of(new NextDayPair(0, 1))).sameShiftNextDay().size(),
        "another start and cost, the same shift");
    assertTrue(refusal(() -> problem.withSameShiftNextDay(List.of(new NextDayPair(0, 2))))
        .startsWith("sameShiftNextDay[0]: "), "another length");
    assertEquals("sameShiftNextDay[0]: 3 is not a shift (there are 3)",
        refusal(() -> problem.withSameShiftNextDay(List.of(new NextDayPair(0, 3)))));
  }

  @Test
  void aProblemCannotBeChangedThroughItsArrays() {
    double[] requirement = {1, 2};
    CoverageProblem problem = CoverageProblem.of(requirement, ONE_SHIFT, new int[] {1});
    requirement[0] = 9;
    problem.requirement()[1] = 9;
    assertEquals(1.0, problem.requirement(0));
    assertEquals(2.0, problem.requirement(1));
  }
}
