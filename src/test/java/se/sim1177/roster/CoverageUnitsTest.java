package se.sim1177.roster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Coverage is counted exactly in whole units where the numbers allow, conservatively where not. */
class CoverageUnitsTest {
  private static final int UNLIMITED = CoverageProblem.UNLIMITED_SEATS;
  /** Scenario 08's satellites: absence 0.09, factor 1.05 on 540 s of talk, 120 s after-call work. */
  private static final double SATELLITES = 0.91 * 660 / (540 * 1.05 + 120);

  @Test
  void aCoverageIsTheFractionItsDoubleStandsFor() {
    assertEquals(Optional.of(new Fraction(11, 15)), Fraction.near(0.88 / 1.2, 1 << 22));
    assertEquals(Optional.of(new Fraction(22, 25)), Fraction.near(0.88, 1 << 22));
    assertEquals(Optional.of(new Fraction(1001, 1145)), Fraction.near(SATELLITES, 1 << 22));
    assertEquals(Optional.of(new Fraction(1, 1)), Fraction.near(1.0, 1 << 22));
    assertEquals(Optional.of(new Fraction(31, 26)), Fraction.near(0.93 / 0.78, 1 << 22), "above 1 too");
    assertEquals(Optional.empty(), Fraction.near(Math.sqrt(0.5), 1 << 22), "no fraction with a small denominator");
    assertEquals(Optional.empty(), Fraction.near(0.88 / 1.2, 10), "11/15 needs a denominator of 15");
  }

  @Test
  void exactUnitsAreTheLeastCommonDenominator() {
    CoverageProblem problem = CoverageProblem.of(new double[] {2.2, 0.88 / 1.2 * 3},
        List.of(new CandidateShift(0, 0, 2, 0.88 / 1.2, 1), new CandidateShift(0, 0, 2, 0.88, 1)), new int[] {UNLIMITED});
    CoverageUnits units = CoverageUnits.of(problem);
    assertTrue(units.exact());
    assertEquals(75, units.perNurse(), "lcm(15, 25)");
    assertArrayEquals(new long[] {55, 66}, units.perShift());
    // 2.2 and 3 × 0.7333333333333334 are both 165/75 within the 10⁻⁹ nurse of the oracle.
    assertArrayEquals(new long[] {165, 165}, units.residualRequirement());
  }

  @Test
  void fixedCoverageIsDeductedExactly() {
    CoverageProblem problem = new CoverageProblem(1, new double[] {2.2}, new double[] {0.88 / 1.2 * 1.5},
        List.of(new CandidateShift(0, 0, 1, 0.88 / 1.2, 1)), new int[] {UNLIMITED}, new int[][] {{2}}, new int[1]);
    // 2.2 − 1.1 = 1.1 nurses = 16.5 units of 1/15: 17 units, so two nurses of 11 units.
    assertEquals(17, CoverageUnits.of(problem).residualRequirement()[0]);
  }

  @Test
  void aCoverageWithNoSmallFractionIsRoundedConservatively() {
    CoverageProblem problem = CoverageProblem.of(new double[] {1.5},
        List.of(new CandidateShift(0, 0, 1, Math.sqrt(0.5), 1)), new int[] {UNLIMITED});
    CoverageUnits units = CoverageUnits.of(problem);
    assertFalse(units.exact());
    assertEquals(CoverageUnits.CONSERVATIVE_UNITS, units.perNurse());
    assertArrayEquals(new long[] {7071}, units.perShift(), "0.70710678 rounded down");
    assertArrayEquals(new long[] {15_000}, units.residualRequirement());
    RosterSolution solution = RosterSolver.solve(problem, SolverSettings.DEFAULT);
    assertFalse(solution.exactCoverage());
    assertEquals(3, solution.count(0));
  }

  @Test
  void rowsTooLargeForExactUnitsFallBackToFewerConservativeOnes() {
    // Units of 1/11,450 (scenario 08) hold up to 366 nurses in a slot; 1,000 need coarser units.
    List<CandidateShift> shifts = List.of(new CandidateShift(0, 0, 1, 0.88, 1), new CandidateShift(0, 0, 1, SATELLITES, 1),
        new CandidateShift(0, 0, 1, 0.94, 1));
    assertTrue(CoverageUnits.of(CoverageProblem.of(new double[] {366}, shifts, new int[] {UNLIMITED})).exact());
    CoverageUnits units = CoverageUnits.of(CoverageProblem.of(new double[] {1000}, shifts, new int[] {UNLIMITED}));
    assertFalse(units.exact());
    assertEquals(1000, units.perNurse(), "10,000 units per nurse would make a row of 10⁷, above 2²²");
    assertArrayEquals(new long[] {880, 874, 940}, units.perShift());
  }
}
