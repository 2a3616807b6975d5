package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The χ² power helper against closed forms: no alternative gives the level, and one degree of freedom is a two-sided z-test. */
class ChiSquarePowerTest {
  @Test
  void withoutAnAlternativeThePowerIsTheLevel() {
    for (int df : new int[] {1, 7, 665}) {
      assertEquals(0.001, ChiSquarePower.powerAt(df, 0, 0.001), 1e-9, "df " + df);
      assertEquals(0.05, ChiSquarePower.powerAt(df, 0, 0.05), 1e-9, "df " + df);
    }
  }

  @Test
  void oneDegreeOfFreedomIsTheSquareOfAShiftedNormal() {
    // χ²₁(λ) = (Z + √λ)², so P(χ²₁(λ) > z²) = Φ(√λ − z) + Φ(−√λ − z), z the two-sided normal quantile.
    NormalDistribution n = new NormalDistribution();
    for (double alpha : new double[] {0.05, 0.001}) {
      double z = n.inverseCumulativeProbability(1 - alpha / 2);
      for (double lambda : new double[] {1, 9, 30, 200}) {
        double exact = n.cumulativeProbability(Math.sqrt(lambda) - z) + n.cumulativeProbability(-Math.sqrt(lambda) - z);
        assertEquals(exact, ChiSquarePower.powerAt(1, lambda, alpha), 1e-9, "λ " + lambda + ", α " + alpha);
      }
    }
  }

  @Test
  void theNoncentralityIsPearsonsStatisticOfTheAlternative() {
    assertEquals(2.0 * 2 / 10 + 2.0 * 2 / 20, ChiSquarePower.noncentrality(new double[] {10, 20}, new double[] {12, 18}), 1e-12);
  }
}
