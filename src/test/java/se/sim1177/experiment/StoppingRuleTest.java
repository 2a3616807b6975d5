package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * An experiment a {@link StoppingRule} may stop: the rule sees the replications in the order asked,
 * whatever thread ran them; a rule that never decides leaves the result bit for bit the plain
 * run's, in any order; a rule that decides leaves exactly the replications it saw, each as the
 * plain run simulated it, on any thread count.
 */
class StoppingRuleTest {
  private static final int REPLICATIONS = 9;
  private static final int[] ORDER = {7, 2, 8, 0, 5, 1, 6, 3, 4};

  private static CallCentreModel model() throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios", "02-varmland-2019.yaml"), List.of());
    RunControl r = s.simulation();
    return new CallCentreModel(s.withSimulation(new RunControl(7, 1, r.startWeekday(), REPLICATIONS, r.seed())));
  }

  @Test
  void aRuleThatNeverDecidesChangesNothingInAnyOrder() throws Exception {
    CallCentreModel model = model();
    ExperimentResult plain = ExperimentRunner.run(model, 11, REPLICATIONS, 2, null);
    for (int threads : new int[] {1, 3}) {
      ExperimentResult ordered = ExperimentRunner.runUntil(model, 11, REPLICATIONS, threads, ORDER, (r, summary) -> false);
      assertEquals(REPLICATIONS, ordered.replications());
      for (int r = 0; r < REPLICATIONS; r++) {
        assertArrayEquals(plain.replicationSummary(r), ordered.replicationSummary(r), "replication " + r + ", " + threads + " threads");
      }
      assertEquals(plain.summary(), ordered.summary(), threads + " threads");
      for (int cell = 0; cell < 7 * model.intervalsPerDay(); cell++) {
        for (int m = 0; m < Metrics.INTERVAL.size(); m++) {
          assertEquals(plain.interval(cell, m), ordered.interval(cell, m), "cell " + cell + ", metric " + m);
        }
      }
      assertEquals(plain.events(), ordered.events());
    }
  }

  @Test
  void aRuleThatDecidesKeepsWhatItSawInReplicationOrder() throws Exception {
    CallCentreModel model = model();
    ExperimentResult plain = ExperimentRunner.run(model, 11, REPLICATIONS, 2, null);
    int decideAfter = 4;
    List<ExperimentResult> stopped = new ArrayList<>();
    for (int threads : new int[] {1, 2, 3}) {
      List<Integer> seen = new ArrayList<>();
      ExperimentResult r = ExperimentRunner.runUntil(model, 11, REPLICATIONS, threads, ORDER, (rep, summary) -> {
        seen.add(rep);
        assertArrayEquals(plain.replicationSummary(rep), summary, "replication " + rep + " as the rule sees it");
        return seen.size() >= decideAfter;
      });
      assertEquals(List.of(7, 2, 8, 0), seen, "the rule sees the order's first replications, in that order, " + threads + " threads");
      // What it saw, 0, 2, 7, 8, in replication order.
      int[] kept = {0, 2, 7, 8};
      assertEquals(kept.length, r.replications());
      for (int i = 0; i < kept.length; i++) {
        assertArrayEquals(plain.replicationSummary(kept[i]), r.replicationSummary(i), "kept replication " + kept[i]);
      }
      stopped.add(r);
    }
    for (ExperimentResult r : stopped.subList(1, stopped.size())) {
      assertEquals(stopped.get(0).summary(), r.summary(), "the same figures on any thread count");
      assertEquals(stopped.get(0).events(), r.events(), "the same work counted on any thread count");
    }
  }

  @Test
  void anExperimentStoppedAtOnceStillHoldsTwoReplications() throws Exception {
    ExperimentResult r = ExperimentRunner.runUntil(model(), 11, REPLICATIONS, 2, ORDER, (rep, summary) -> true);
    assertEquals(2, r.replications(), "an experiment's least");
  }

  @Test
  void anOrderMustHoldEveryReplicationOnce() throws Exception {
    CallCentreModel model = model();
    assertThrows(IllegalArgumentException.class,
        () -> ExperimentRunner.runUntil(model, 11, 3, 1, new int[] {0, 1, 1}, (r, s) -> false));
    assertThrows(IllegalArgumentException.class,
        () -> ExperimentRunner.runUntil(model, 11, 3, 1, new int[] {0, 1}, (r, s) -> false));
  }
}
