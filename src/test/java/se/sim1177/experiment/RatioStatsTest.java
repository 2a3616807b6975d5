package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Ratio-of-sums estimates with delta-method intervals, and why the mean of ratios is not one. */
class RatioStatsTest {
  @Test
  void aSmallCaseByHand() {
    // x = answered, y = offered in three replications; the second had no calls at all.
    double[] x = {1, 0, 3};
    double[] y = {2, 0, 4};
    RatioStats s = new RatioStats(1);
    for (int r = 0; r < 3; r++) {
      s.add(new double[] {x[r]}, new double[] {y[r]});
    }
    MetricSummary m = s.summary(0);
    double ratio = 4.0 / 6.0;
    // s_xx = 7/3, s_yy = 4, s_xy = 3 (sample co-moments, n − 1 = 2); ȳ = 2.
    double variance = (7.0 / 3 - 2 * ratio * 3 + ratio * ratio * 4) / 3;
    double half = 4.302653 * Math.sqrt(variance) / 2; // t(0.975, 2 degrees of freedom), from a table
    assertEquals(ratio, m.mean(), 1e-15);
    assertEquals(half, m.halfWidth(), 1e-6);
    assertEquals(3, m.n(), "the replication with no calls counts as 0 of 0, not dropped");
  }

  @Test
  void aFigureThatIsNotARatioGetsItsMeanAndTInterval() {
    double[] values = {3, 5, 10, 2};
    MetricSummary m = RatioStats.summarize(values);
    double mean = 5;
    double sd = Math.sqrt((4 + 0 + 25 + 9) / 3.0);
    assertEquals(mean, m.mean(), 0.0);
    assertEquals(3.182446 * sd / 2, m.halfWidth(), 1e-6); // t(0.975, 3), from a table
  }

  @Test
  void noCallsInAnyReplicationIsEmpty() {
    RatioStats s = new RatioStats(1);
    s.add(new double[] {0}, new double[] {0});
    s.add(new double[] {0}, new double[] {0});
    assertTrue(Double.isNaN(s.summary(0).mean()));
  }

  /**
   * A sparse hour whose answer rate falls with its load, like a night hour in a thin roster:
   * offered calls y ~ Poisson(3), each answered with probability max(0, 0.95 − 0.1 y). The
   * planner's figure is E[answered] / E[offered] = Σ P(y) y max(0, 0.95 − 0.1 y) / 3 = 0.5503
   * (summed exactly below). Over 2,000 experiments of 30 replications each, the ratio of sums must
   * average that within 4 standard errors of the average, and its 95 % interval must cover it in
   * 95 % ± 2 % of them (4 binomial standard deviations: 0.49 %). The mean of the replications' own
   * ratios (dropping replications without calls, as before) tends to 0.634, a bias of 0.084: more
   * than 20 of its standard errors (about 0.001), so the test has power to spare.
   */
  @Test
  void theRatioOfSumsIsUnbiasedAndCoversWhereTheMeanOfRatiosIsBiased() {
    SplittableRandom random = new SplittableRandom(1177);
    int experiments = 2000;
    int replications = 30;
    double target = expectedRatio();
    double sumEstimate = 0;
    double sumSqEstimate = 0;
    double sumMeanOfRatios = 0;
    double sumSqMeanOfRatios = 0;
    int covered = 0;
    for (int e = 0; e < experiments; e++) {
      RatioStats s = new RatioStats(1);
      double ratioSum = 0;
      int ratios = 0;
      for (int r = 0; r < replications; r++) {
        int offered = poisson(random, 3);
        double p = Math.max(0, 0.95 - 0.1 * offered);
        int answered = 0;
        for (int c = 0; c < offered; c++) {
          answered += random.nextDouble() < p ? 1 : 0;
        }
        s.add(new double[] {answered}, new double[] {offered});
        if (offered > 0) {
          ratioSum += (double) answered / offered;
          ratios++;
        }
      }
      MetricSummary m = s.summary(0);
      sumEstimate += m.mean();
      sumSqEstimate += m.mean() * m.mean();
      covered += m.ci95Low() <= target && target <= m.ci95High() ? 1 : 0;
      double meanOfRatios = ratioSum / ratios;
      sumMeanOfRatios += meanOfRatios;
      sumSqMeanOfRatios += meanOfRatios * meanOfRatios;
    }
    double average = sumEstimate / experiments;
    double se = Math.sqrt((sumSqEstimate / experiments - average * average) / (experiments - 1));
    double averageOfRatios = sumMeanOfRatios / experiments;
    double seOfRatios = Math.sqrt((sumSqMeanOfRatios / experiments - averageOfRatios * averageOfRatios) / (experiments - 1));
    double coverage = (double) covered / experiments;
    String report = String.format(Locale.ROOT, "ratio of sums %.4f ± %.4f, coverage %.3f; mean of ratios %.4f ± %.4f",
        average, se, coverage, averageOfRatios, seOfRatios);
    assertEquals(target, average, 4 * se, report);
    assertEquals(0.95, coverage, 0.02, report);
    assertTrue(Math.abs(averageOfRatios - target) > 20 * seOfRatios, "the mean of ratios must be caught biased: " + report);
  }

  /** E[answered] / E[offered] for the sparse hour above, by its Poisson series. */
  private static double expectedRatio() {
    double answered = 0;
    double offered = 0;
    double p = Math.exp(-3);
    for (int y = 0; y < 60; y++) {
      answered += p * y * Math.max(0, 0.95 - 0.1 * y);
      offered += p * y;
      p *= 3.0 / (y + 1);
    }
    return answered / offered;
  }

  private static int poisson(SplittableRandom random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }
}
