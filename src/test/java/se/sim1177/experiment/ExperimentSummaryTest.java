package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * What a sweep keeps of a variant gives the very figures of its full result, so {@code sweep.csv},
 * its charts and its report are the same as when the sweep kept every result whole.
 */
class ExperimentSummaryTest {
  @Test
  void theSummaryGivesTheResultsOwnFigures() throws Exception {
    Scenario scenario = ScenarioReader.read(Path.of("scenarios", "05-varmland-direkt.yaml"),
        List.of("simulation.days=2", "simulation.warmup_days=0"));
    ExperimentResult result = ExperimentRunner.run(new CallCentreModel(scenario), 3, 5, 2, null);
    ExperimentSummary summary = ExperimentSummary.of(result);
    for (Metric m : Metrics.SUMMARY) {
      assertEquals(result.metric(m.key()), summary.metric(m.key()), m.key());
    }
    assertEquals(result.targets(), summary.targets());
    assertEquals(result.scenario().targets(), summary.scenarioTargets());
    assertEquals(result.risk().targets(), summary.risk().targets());
    assertEquals(result.risk().all(), summary.risk().all());
    assertEquals(result.risk().periods(), summary.risk().periods());
    assertEquals(result.risk().periodDays(), summary.risk().periodDays());
    assertEquals(List.of(result.seed(), (long) result.replications(), (long) result.threads(), result.events(),
        result.callAttempts(), result.chats(), (long) result.calendar().measuredDays()),
        List.of(summary.seed(), (long) summary.replications(), (long) summary.threads(), summary.events(),
            summary.callAttempts(), summary.chats(), (long) summary.measuredDays()));
    assertEquals(result.wallSeconds(), summary.wallSeconds());
    assertThrows(IllegalArgumentException.class, () -> summary.metric("no_such_metric"));
  }
}
