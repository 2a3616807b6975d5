package se.sim1177.anchors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.sim1177.TestScenarios;
import se.sim1177.TestSeeds;
import se.sim1177.analytic.ErlangA;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.Power;
import se.sim1177.model.CallCentreModel;

/**
 * A published anchor: one Erlang A (M/M/c+M) point computed by an independent open implementation
 * and quoted in this project's issue 9 (section 5): 100 calls per 30 minutes, 3-minute handling,
 * 5-minute mean patience, 14 agents, service-level threshold 20 s. Its figures: P(wait) 0.14526,
 * P(abandon) 0.013984, occupancy 0.704297, ASA 0.069919 min (the mean time in queue of every
 * caller, abandoners up to their abandonment: {@link ErlangA.Figures#meanWaitAllSeconds}) and
 * service level 0.916792 (callers answered within 20 s over all callers). (The implementation's
 * own publication was not located when this test was written; the figures are the issue's.)
 *
 * <p>{@link ErlangA} must reproduce each to its published digits: within half a unit of the last
 * digit, the rounding error and nothing more.
 *
 * <p>The simulator must agree with the same figures within its 99.9 % confidence interval, with
 * the power of {@code ErlangAgreementTest}: a 2 % error in the mean wait and 0.5 percentage points
 * in the answer rate found with probability 0.8, (t<sub>0.9995</sub> + z<sub>0.8</sub>) · SE ≤ δ.
 * A pilot (this test at 40 replications × 14 days) gave SE 0.0357 s for the mean wait over all
 * calls (4.18 s), so σ<sub>1</sub> = 0.0357 × √560 = 0.845 s for one day; (4.17 × 0.845 /
 * (0.02 × 4.195))² = 1,764 days, far more than the answer rate, service level and occupancy need
 * at 0.5 points; taken 1.25 times, 158 replications × 14 days, which cleared the requirement by
 * only 2 % (0.0819 s against 0.0839 s), so 200 × 14; that cleared it by 7 % (0.0783 s), too little
 * for fresh seeds ({@link TestSeeds}: the achieved SE is itself an estimate), so 200 × (0.0783 /
 * (0.87 × 0.0839))² = 230 × 14, for a detectable error at most 0.87 of the required.
 */
@Tag(TestSeeds.TAG)
class ErlangAPublishedPointTest {
  private static final double ARRIVALS_PER_SECOND = 100.0 / 1800;
  private static final double HANDLE_SECONDS = 180;
  private static final int AGENTS = 14;
  private static final double PATIENCE_SECONDS = 300;
  private static final double WITHIN_SECONDS = 20;
  private static final double CONFIDENCE = 0.999;
  private static final int REPLICATIONS = 230;
  private static final int DAYS = 14;
  private static final long SEED = TestSeeds.seed("ErlangAPublishedPointTest", 14);

  /** Half a unit of the last published digit of {@code published}, given as text. */
  private static void assertToPublishedDigits(String published, double computed, String what) {
    int decimals = published.length() - published.indexOf('.') - 1;
    double halfUnit = 0.5 * Math.pow(10, -decimals);
    assertEquals(Double.parseDouble(published), computed, halfUnit, what);
  }

  @Test
  void erlangAFormulasReproduceThePublishedDigits() {
    ErlangA.Figures a = new ErlangA(ARRIVALS_PER_SECOND, HANDLE_SECONDS, AGENTS, PATIENCE_SECONDS).figures(WITHIN_SECONDS);
    assertToPublishedDigits("0.14526", a.probabilityOfWaiting(), "P(wait)");
    assertToPublishedDigits("0.013984", a.abandonRate(), "P(abandon)");
    assertToPublishedDigits("0.704297", a.occupancy(), "occupancy");
    assertToPublishedDigits("0.069919", a.meanWaitAllSeconds() / 60, "ASA in minutes");
    assertToPublishedDigits("0.916792", a.serviceLevel(), "service level within 20 s");
  }

  @Test
  void theSimulatorAgreesWithThePublishedPoint() {
    CallCentreModel model = new CallCentreModel(TestScenarios.stationary(ARRIVALS_PER_SECOND * 3600, HANDLE_SECONDS,
        AGENTS, PATIENCE_SECONDS, WITHIN_SECONDS, DAYS, REPLICATIONS, SEED));
    ExperimentResult r = ExperimentRunner.run(model, SEED, REPLICATIONS, 2, null);
    double asa = 0.069919 * 60;
    Power.assertAgrees(r, Metrics.MEAN_WAIT_ALL, asa, CONFIDENCE, 0.02 * asa);
    Power.assertAgrees(r, Metrics.ANSWER_RATE, 1 - 0.013984, CONFIDENCE, 0.005);
    Power.assertAgrees(r, Metrics.ABANDON_RATE, 0.013984, CONFIDENCE, 0.005);
    Power.assertAgrees(r, Metrics.SERVICE_LEVEL, 0.916792, CONFIDENCE, 0.005);
    Power.assertAgrees(r, Metrics.OCCUPANCY, 0.704297, CONFIDENCE, 0.005);
  }
}
