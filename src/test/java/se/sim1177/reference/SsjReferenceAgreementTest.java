package se.sim1177.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.sim1177.TestSeeds;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PairedDifference;
import se.sim1177.experiment.RatioParts;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * The engine and the idiomatic SSJ model are two implementations of one model and draw from the
 * same streams, so they see the same callers: replication by replication their results differ
 * only where the two sets of numerics (SSJ's distributions against the engine's) part ways. Every
 * summary metric's mean paired difference must be within the 99.9 % t-interval of those paired
 * differences; a modelling difference between the two shows up at once.
 */
@Tag(TestSeeds.TAG)
class SsjReferenceAgreementTest {
  private static final int REPLICATIONS = 20;
  private static final TDistribution T = new TDistribution(null, REPLICATIONS - 1);
  /** Widens a 95 % t half-width to 99.9 %. */
  private static final double TO_999 = T.inverseCumulativeProbability(0.9995) / T.inverseCumulativeProbability(0.975);

  private static void assertAgree(String file, List<String> overrides) throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios", file), overrides);
    RunControl r = s.simulation();
    long seed = TestSeeds.seed("SsjReferenceAgreementTest " + file, r.seed());
    s = s.withSimulation(new RunControl(14, 2, r.startWeekday(), REPLICATIONS, seed));
    CallCentreModel model = new CallCentreModel(s);
    ExperimentResult engine = ExperimentRunner.run(model, seed, REPLICATIONS, 2, null);
    ExperimentResult ssj = ExperimentRunner.run(model, seed, REPLICATIONS, 2, null, SsjReferenceModel::simulate);
    int compared = 0;
    for (Metric m : Metrics.SUMMARY) {
      RatioParts a = engine.replicationParts(m.key());
      RatioParts b = ssj.replicationParts(m.key());
      MetricSummary d = PairedDifference.of(a, b);
      if (d.n() < 2) {
        continue; // undefined for this scenario (a chat metric, or nothing to divide)
      }
      double halfWidth = d.halfWidth() * TO_999;
      double tolerance = Math.max(halfWidth, 1e-9 * Math.abs(engine.metric(m.key()).mean()));
      assertEquals(0.0, d.mean(), tolerance, file + " " + m.key() + ": engine " + engine.metric(m.key()).mean()
          + ", SSJ reference " + ssj.metric(m.key()).mean() + ", paired difference " + d);
      compared++;
    }
    assertTrue(compared >= 15, "compared " + compared + " metrics");
  }

  @Test
  void agreeOnTheVarmlandScenario() throws Exception {
    assertAgree("02-varmland-2019.yaml", List.of());
  }

  @Test
  void agreeWithAClosingQueueAndOtherDistributions() throws Exception {
    assertAgree("03-varmland-staffed.yaml", List.of("queue.max_waiting=6", "queue.max_predicted_wait=20m",
        "handling.talk_time={distribution: gamma, mean: 9m, cv: 0.7}",
        "callers.patience={distribution: weibull, mean: 60m, cv: 0.8}",
        "callers.redial.delay={distribution: uniform, min: 5m, max: 25m}"));
  }
}
