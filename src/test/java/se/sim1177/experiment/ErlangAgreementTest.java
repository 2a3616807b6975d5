package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.sim1177.TestScenarios;
import se.sim1177.TestSeeds;
import se.sim1177.analytic.ErlangA;
import se.sim1177.analytic.ErlangC;
import se.sim1177.model.CallCentreModel;

/**
 * The simulator against the exact formulas: M/M/c against Erlang C and M/M/c+M against Erlang A,
 * at several loads, one with 30+ nurses. Each simulated mean must lie within its own 99.9 %
 * confidence interval of the formula's value (about thirty comparisons are made here: at 95 % one
 * of them would fail by chance more often than not).
 *
 * <p><b>Power.</b> The mean wait of answered calls (and, with abandonment, of all calls) must be
 * caught when it is 2 % off, and the answer rate and the service level when they are 0.5
 * percentage points off, each with probability at least 0.8 at the 0.1 % level: by {@link Power},
 * (t<sub>0.9995</sub> + z<sub>0.8</sub>) · SE ≤ δ, with t<sub>0.9995</sub> ≈ 3.33 at a few hundred
 * replications, so t + z ≈ 4.17. The SE of a replication mean of D measured days is
 * σ<sub>1</sub> / √D, σ<sub>1</sub> the standard deviation of one day's figure (measured once: a
 * pilot of 40 replications × 14 days, seed 99; the service level's from a pilot at the sizes
 * below, seed 99), so replications × days ≥ ((t + z) · σ<sub>1</sub> / δ)². The pilot's
 * σ<sub>1</sub> and the days it asks for (the largest of the metrics), taken 1.25 times against the
 * pilot's own sampling error:
 *
 * <pre>
 * case                 σ1 wait (s)  mean wait  σ1 answer rate  σ1 service level  days needed  replications × days
 * M/M/7   40/h 480 s      58 (*)      117.9         –              0.0748           10,500        520 × 28 (†)
 * M/M/11  80/h 420 s      66.2        126.9         –              0.0912           11,838        529 × 28
 * M/M/36 240/h 480 s      26.5         46.9         –              0.065 (‡)         13,903        621 × 28  (validation)
 * M/M/5+M  30/h, 1200 s   20.4 (**)    77.6       0.0164           0.0539            3,012        280 × 14 (†)
 * M/M/8+M  60/h,  600 s   12.0         73.3       0.0192           0.0454            1,841        164 × 14 (†)
 * M/M/30+M 240/h, 300 s    4.36        32.5       0.0137           0.0232              784         71 × 14
 * M/M/32+M 300/h, 900 s   12.5         95.7       0.0125           0.0516            2,452        196 × 14 (†)
 * </pre>
 *
 * (*) The pilot said 48.9 for M/M/7, which asked for 339 × 28; that run achieved σ<sub>1</sub> ≈ 58
 * (an SD from 40 replications of a skewed figure is itself ±11 % or more) and failed its own power
 * check, so the case is sized from 58.
 * (**) Sized from 18.5 (the pilot's σ<sub>1</sub> of the mean wait of all calls, 84.3 s) this case
 * ran 196 × 14; after the change of generator (xoshiro256++) that run achieved σ<sub>1</sub> ≈ 20.4
 * for the mean wait of answered calls (77.6 s) and failed its own power check (detectable 1.62 s,
 * required 1.55 s), so the case is sized from that: (4.17 × 20.4 / 1.55)² = 3,012 days.
 * The service level asked for more only in M/M/8+M (105 → 132 replications) and M/M/32+M (66 →
 * 176: at 66 a 0.5-point error was caught at 3–4 of 20 seeds).
 * (‡) Measured at that size (seed 1177): detectable 0.0021, required 0.005.
 * (†) The achieved SE is itself an estimate (its relative SD is about √((κ − 1) / 4n), 5 to 8 %
 * here), so a case whose achieved detectable error at seed 1177 came within 15 % of the required
 * one would fail its power check on a fresh seed ({@link TestSeeds}) every few runs; such cases
 * are raised until it is at most 0.87 of the required: M/M/7 470 → 520 (wait, 2.16 of 2.36 s),
 * M/M/5+M 216 → 280 (wait of answered calls, 1.53 of 1.55 s), M/M/8+M 132 → 164 (service level,
 * 0.00485 of 0.005), M/M/32+M 176 → 196 (service level, 0.00459 of 0.005).
 *
 * Each case then asserts that its achieved SE meets (t + z) · SE ≤ δ ({@link Power#assertAgrees}),
 * so it fails when it becomes too weak. Without abandonment every attempt is answered, so the mean
 * wait of all calls is the mean wait of answered calls, sum for sum: that is asserted exactly per
 * replication rather than tested twice against the same formula. The other figures (occupancy,
 * queue length, abandonment) are checked at the same 99.9 % level with no power claim. The M/M/36
 * case, a minute of simulation on two cores, runs in the validation profile ({@code mvn -B verify
 * -P validation}). Seeds: {@link TestSeeds} (fixed unless {@code -Dsim1177.test.seed} is given).
 */
@Tag(TestSeeds.TAG)
class ErlangAgreementTest {
  private static final double CONFIDENCE = 0.999;
  private static final double WAIT_ERROR = 0.02;
  private static final double ANSWER_RATE_ERROR = 0.005;
  private static final double SERVICE_LEVEL_ERROR = 0.005;
  private static final long SEED = TestSeeds.seed("ErlangAgreementTest", 1177);
  private static final double SERVICE_LEVEL_SECONDS = 120;

  @ParameterizedTest(name = "M/M/{2}: {0} calls/h, {1} s handling, {3} x {4} days")
  @CsvSource({"40, 480, 7, 520, 28", "80, 420, 11, 529, 28"})
  void mmcAgreesWithErlangC(double callsPerHour, double handleSeconds, int nurses, int replications, int days) {
    checkErlangC(callsPerHour, handleSeconds, nurses, replications, days);
  }

  @Tag("validation")
  @ParameterizedTest(name = "M/M/{2}: {0} calls/h, {1} s handling, {3} x {4} days")
  @CsvSource({"240, 480, 36, 621, 28"})
  void mmcAgreesWithErlangCAtThirtySixNurses(double callsPerHour, double handleSeconds, int nurses, int replications, int days) {
    checkErlangC(callsPerHour, handleSeconds, nurses, replications, days);
  }

  private static void checkErlangC(double callsPerHour, double handleSeconds, int nurses, int replications, int days) {
    ExperimentResult r = simulate(callsPerHour, handleSeconds, nurses, TestScenarios.NO_ABANDONMENT, replications, days);
    ErlangC q = new ErlangC(callsPerHour / 3600, handleSeconds, nurses);
    Power.assertAgrees(r, Metrics.MEAN_WAIT_ANSWERED, q.meanWaitSeconds(), CONFIDENCE, WAIT_ERROR * q.meanWaitSeconds());
    assertArrayEquals(r.replicationValues(Metrics.MEAN_WAIT_ANSWERED.key()), r.replicationValues(Metrics.MEAN_WAIT_ALL.key()),
        "without abandonment every attempt is answered: the two mean waits are one figure");
    Power.assertAgrees(r, Metrics.SERVICE_LEVEL, q.serviceLevel(SERVICE_LEVEL_SECONDS), CONFIDENCE, SERVICE_LEVEL_ERROR);
    assertWithinCi(r, Metrics.OCCUPANCY, q.occupancy());
    assertWithinCi(r, Metrics.MEAN_QUEUE_LENGTH, q.meanQueueLength());
  }

  @ParameterizedTest(name = "M/M/{2}+M: {0} calls/h, {1} s handling, {3} s patience, {4} x {5} days")
  @CsvSource({"30, 480, 5, 1200, 280, 14", "60, 480, 8, 600, 164, 14", "240, 480, 30, 300, 71, 14",
      "300, 420, 32, 900, 196, 14"})
  void mmcPlusMAgreesWithErlangA(double callsPerHour, double handleSeconds, int nurses, double patienceSeconds,
      int replications, int days) {
    ExperimentResult r = simulate(callsPerHour, handleSeconds, nurses, patienceSeconds, replications, days);
    ErlangA.Figures a = new ErlangA(callsPerHour / 3600, handleSeconds, nurses, patienceSeconds).figures(SERVICE_LEVEL_SECONDS);
    Power.assertAgrees(r, Metrics.ANSWER_RATE, a.answerRate(), CONFIDENCE, ANSWER_RATE_ERROR);
    Power.assertAgrees(r, Metrics.MEAN_WAIT_ANSWERED, a.meanWaitAnsweredSeconds(), CONFIDENCE,
        WAIT_ERROR * a.meanWaitAnsweredSeconds());
    Power.assertAgrees(r, Metrics.MEAN_WAIT_ALL, a.meanWaitAllSeconds(), CONFIDENCE, WAIT_ERROR * a.meanWaitAllSeconds());
    Power.assertAgrees(r, Metrics.SERVICE_LEVEL, a.serviceLevel(), CONFIDENCE, SERVICE_LEVEL_ERROR);
    assertWithinCi(r, Metrics.ABANDON_RATE, a.abandonRate());
    assertWithinCi(r, Metrics.OCCUPANCY, a.occupancy());
  }

  private static ExperimentResult simulate(double callsPerHour, double handleSeconds, int nurses, double patienceSeconds,
      int replications, int days) {
    CallCentreModel model = new CallCentreModel(TestScenarios.stationary(callsPerHour, handleSeconds, nurses,
        patienceSeconds, SERVICE_LEVEL_SECONDS, days, replications, SEED));
    return ExperimentRunner.run(model, SEED, replications, 2, null);
  }

  /** Asserts that {@code expected} lies in the simulated metric's {@link #CONFIDENCE} t-interval. */
  static void assertWithinCi(ExperimentResult r, Metric metric, double expected) {
    int index = Metrics.SUMMARY.indexOf(metric);
    int n = r.replications();
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = r.replicationSummary(i)[index];
    }
    Power.Estimate estimate = Power.Estimate.of(values);
    double mean = estimate.mean();
    double halfWidth = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2)
        * estimate.standardError();
    assertEquals(expected, mean, halfWidth, () -> String.format(java.util.Locale.ROOT,
        "%s: formula %.6g, simulated %.6g ± %.3g (%.1f %% CI)", metric.key(), expected, mean, halfWidth, 100 * CONFIDENCE));
  }
}
