package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.sim1177.TestScenarios;
import se.sim1177.analytic.ErlangA;
import se.sim1177.analytic.ErlangC;
import se.sim1177.model.CallCentreModel;

/**
 * The simulator against the exact formulas: M/M/c against Erlang C and M/M/c+M against Erlang A,
 * at several loads, one with 30+ nurses. Each simulated mean must lie within its own 99.9 %
 * confidence interval of the formula's value. The interval is wide because about thirty
 * comparisons are made here: at 95 % one of them would fail by chance more often than not.
 */
class ErlangAgreementTest {
  private static final double CONFIDENCE = 0.999;
  private static final int DAYS = 14;
  private static final int REPLICATIONS = 20;
  private static final long SEED = 1177;
  private static final double SERVICE_LEVEL_SECONDS = 120;

  @ParameterizedTest(name = "M/M/{2}: {0} calls/h, {1} s handling")
  @CsvSource({"40, 480, 7", "80, 420, 11", "240, 480, 36"})
  void mmcAgreesWithErlangC(double callsPerHour, double handleSeconds, int nurses) {
    ExperimentResult r = simulate(callsPerHour, handleSeconds, nurses, TestScenarios.NO_ABANDONMENT);
    ErlangC q = new ErlangC(callsPerHour / 3600, handleSeconds, nurses);
    assertWithinCi(r, Metrics.MEAN_WAIT_ANSWERED, q.meanWaitSeconds());
    assertWithinCi(r, Metrics.MEAN_WAIT_ALL, q.meanWaitSeconds());
    assertWithinCi(r, Metrics.SERVICE_LEVEL, q.serviceLevel(SERVICE_LEVEL_SECONDS));
    assertWithinCi(r, Metrics.OCCUPANCY, q.occupancy());
    assertWithinCi(r, Metrics.MEAN_QUEUE_LENGTH, q.meanQueueLength());
  }

  @ParameterizedTest(name = "M/M/{2}+M: {0} calls/h, {1} s handling, {3} s patience")
  @CsvSource({"30, 480, 5, 1200", "60, 480, 8, 600", "240, 480, 30, 300", "300, 420, 32, 900"})
  void mmcPlusMAgreesWithErlangA(double callsPerHour, double handleSeconds, int nurses, double patienceSeconds) {
    ExperimentResult r = simulate(callsPerHour, handleSeconds, nurses, patienceSeconds);
    ErlangA.Figures a = new ErlangA(callsPerHour / 3600, handleSeconds, nurses, patienceSeconds).figures(SERVICE_LEVEL_SECONDS);
    assertWithinCi(r, Metrics.ANSWER_RATE, a.answerRate());
    assertWithinCi(r, Metrics.ABANDON_RATE, a.abandonRate());
    assertWithinCi(r, Metrics.MEAN_WAIT_ALL, a.meanWaitAllSeconds());
    assertWithinCi(r, Metrics.MEAN_WAIT_ANSWERED, a.meanWaitAnsweredSeconds());
    assertWithinCi(r, Metrics.SERVICE_LEVEL, a.serviceLevel());
    assertWithinCi(r, Metrics.OCCUPANCY, a.occupancy());
  }

  private static ExperimentResult simulate(double callsPerHour, double handleSeconds, int nurses, double patienceSeconds) {
    CallCentreModel model = new CallCentreModel(TestScenarios.stationary(callsPerHour, handleSeconds, nurses,
        patienceSeconds, SERVICE_LEVEL_SECONDS, DAYS, REPLICATIONS, SEED));
    return ExperimentRunner.run(model, SEED, REPLICATIONS, 2, null);
  }

  /** Asserts that {@code expected} lies in the simulated metric's {@link #CONFIDENCE} t-interval. */
  static void assertWithinCi(ExperimentResult r, Metric metric, double expected) {
    int index = Metrics.SUMMARY.indexOf(metric);
    int n = r.replications();
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = r.replicationSummary(i)[index];
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / n;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double halfWidth = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2)
        * Math.sqrt(ss / (n - 1) / n);
    assertEquals(expected, mean, halfWidth, () -> String.format(java.util.Locale.ROOT,
        "%s: formula %.6g, simulated %.6g ± %.3g (%.1f %% CI)", metric.key(), expected, mean, halfWidth, 100 * CONFIDENCE));
  }
}
