package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/** Same scenario and seed, same bits, whatever the thread count; one seed, same callers. */
class ReproducibilityTest {
  private static final int REPLICATIONS = 7;

  private static Scenario read(String file) throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios", file), List.of());
    RunControl r = s.simulation();
    return s.withSimulation(new RunControl(14, 2, r.startWeekday(), REPLICATIONS, r.seed()));
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
    CallCentreModel model = new CallCentreModel(read("02-varmland-2019.yaml"));
    ExperimentResult one = ExperimentRunner.run(model, 5, REPLICATIONS, 1, null);
    ExperimentResult three = ExperimentRunner.run(model, 5, REPLICATIONS, 3, null);
    for (int r = 0; r < REPLICATIONS; r++) {
      assertArrayEquals(one.replicationSummary(r), three.replicationSummary(r), "replication " + r);
    }
    assertEquals(one.summary(), three.summary());
    for (int cell = 0; cell < 7 * model.intervalsPerDay(); cell++) {
      for (int m = 0; m < Metrics.INTERVAL.size(); m++) {
        assertEquals(one.interval(cell, m), three.interval(cell, m), "cell " + cell + ", metric " + m);
      }
    }
    assertEquals(one.events(), three.events());
  }

  @Test
  void aDifferentSeedGivesDifferentResults() throws Exception {
    CallCentreModel model = new CallCentreModel(read("02-varmland-2019.yaml"));
    double[] a = ExperimentRunner.run(model, 5, REPLICATIONS, 2, null).replicationSummary(0);
    double[] b = ExperimentRunner.run(model, 6, REPLICATIONS, 2, null).replicationSummary(0);
    assertFalse(Arrays.equals(a, b));
  }

  @Test
  void twoRostersRunWithOneSeedSeeTheSameCallers() throws Exception {
    // First attempts depend only on demand and the arrival stream, never on staffing: with common
    // random numbers the two scenarios must count exactly the same callers, replication by
    // replication, while their answer rates differ.
    ExperimentResult before = ExperimentRunner.run(new CallCentreModel(read("02-varmland-2019.yaml")), 9, REPLICATIONS, 2, null);
    ExperimentResult after = ExperimentRunner.run(new CallCentreModel(read("03-varmland-staffed.yaml")), 9, REPLICATIONS, 2, null);
    int callers = Metrics.SUMMARY.indexOf(Metrics.UNIQUE_CALLERS_PER_DAY);
    int answerRate = Metrics.SUMMARY.indexOf(Metrics.ANSWER_RATE);
    for (int r = 0; r < REPLICATIONS; r++) {
      assertEquals(before.replicationSummary(r)[callers], after.replicationSummary(r)[callers], 0.0, "replication " + r);
      assertFalse(before.replicationSummary(r)[answerRate] == after.replicationSummary(r)[answerRate]);
    }
  }
}
