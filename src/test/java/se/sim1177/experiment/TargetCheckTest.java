package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Targets are judged on the mean; the verdict says whether the confidence interval agrees. */
class TargetCheckTest {
  private static String verdict(boolean atLeast, double low, double mean, double high) {
    return TargetCheck.of("t", "m", 0.85, atLeast, new MetricSummary(mean, low, high, 10)).verdict();
  }

  @Test
  void verdictsFollowTheConfidenceInterval() {
    assertEquals("met", verdict(true, 0.86, 0.87, 0.88));
    assertEquals("not met", verdict(true, 0.80, 0.82, 0.84));
    assertEquals("uncertain", verdict(true, 0.84, 0.86, 0.88));
    assertEquals("met", verdict(false, 0.80, 0.82, 0.84), "at most");
    assertEquals("not met", verdict(false, 0.86, 0.87, 0.88), "at most");
    assertEquals("not_applicable", verdict(true, Double.NaN, Double.NaN, Double.NaN));
  }

  @Test
  void metJudgesTheMean() {
    assertEquals(true, TargetCheck.of("t", "m", 0.85, true, new MetricSummary(0.86, 0.84, 0.88, 10)).met());
    assertEquals(false, TargetCheck.of("t", "m", 600, false, new MetricSummary(610, 590, 630, 10)).met());
  }
}
