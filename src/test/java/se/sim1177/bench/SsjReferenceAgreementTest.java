package se.sim1177.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * The engine and the idiomatic SSJ model are two implementations of one model: every summary
 * metric must agree within the 99.9 % confidence interval of their difference, taken as if the two
 * samples were independent. They draw from the same streams, so their difference is in fact much
 * smaller than that; a modelling difference between them still shows up as a gross disagreement.
 */
class SsjReferenceAgreementTest {
  private static final int REPLICATIONS = 20;
  private static final double Z_95 = 1.96;
  private static final double Z_999 = 3.29;

  private static void assertAgree(String file, List<String> overrides) throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios", file), overrides);
    RunControl r = s.simulation();
    s = s.withSimulation(new RunControl(14, 2, r.startWeekday(), REPLICATIONS, r.seed()));
    CallCentreModel model = new CallCentreModel(s);
    ExperimentResult engine = ExperimentRunner.run(model, r.seed(), REPLICATIONS, 2, null);
    ExperimentResult ssj = ExperimentRunner.run(model, r.seed(), REPLICATIONS, 2, null, SsjReferenceModel::simulate);
    int compared = 0;
    for (Metric m : Metrics.SUMMARY) {
      MetricSummary a = engine.metric(m.key());
      MetricSummary b = ssj.metric(m.key());
      if (Double.isNaN(a.mean()) && Double.isNaN(b.mean())) {
        continue;
      }
      // The 95 % half-widths are about 1.96 standard errors (t with 19 degrees of freedom: 2.09).
      double se = Math.hypot(a.halfWidth(), b.halfWidth()) / Z_95;
      double tolerance = Math.max(Z_999 * se, 1e-9 * Math.abs(a.mean()));
      assertEquals(a.mean(), b.mean(), tolerance, file + " " + m.key() + ": engine " + a.mean() + ", SSJ reference " + b.mean());
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
