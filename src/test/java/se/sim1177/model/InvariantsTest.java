package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.sim1177.TestSeeds;
import se.sim1177.engine.StreamFamily;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * Accounting identities that hold exactly in every replication, whatever the random numbers: on
 * the bundled Värmland scenario with redials, balking, absence and busy days, plus a closing queue.
 */
class InvariantsTest {
  private static final int REPLICATIONS = 3;
  private static final List<String> CLOSING_QUEUE = List.of("queue.max_waiting=8", "queue.max_predicted_wait=40m");

  private static Scenario varmland(int warmupDays, List<String> overrides) throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios/02-varmland-2019.yaml"), overrides);
    RunControl r = s.simulation();
    return s.withSimulation(new RunControl(14, warmupDays, r.startWeekday(), REPLICATIONS, TestSeeds.seed("InvariantsTest", r.seed())));
  }

  private static ReplicationResult replicate(Scenario s, int replication) {
    return new Replication(new CallCentreModel(s), new StreamFamily(s.simulation().seed()), replication).run();
  }

  @Test
  void everyAttemptEndsInExactlyOneOutcome() throws Exception {
    Scenario s = varmland(2, CLOSING_QUEUE);
    for (int rep = 0; rep < REPLICATIONS; rep++) {
      ReplicationResult r = replicate(s, rep);
      for (int day = 0; day < r.days(); day++) {
        double offered = r.day(day, Tally.OFFERED);
        double outcomes = r.day(day, Tally.ANSWERED) + r.day(day, Tally.ABANDONED) + r.day(day, Tally.BALKED)
            + r.day(day, Tally.BLOCKED) + r.day(day, Tally.STILL_WAITING);
        assertEquals(offered, outcomes, 0.0, "replication " + rep + ", day " + day);
      }
      for (int cell = 0; cell < 7 * r.intervalsPerDay(); cell++) {
        double offered = r.cell(cell, Tally.OFFERED);
        double outcomes = r.cell(cell, Tally.ANSWERED) + r.cell(cell, Tally.ABANDONED) + r.cell(cell, Tally.BALKED)
            + r.cell(cell, Tally.BLOCKED) + r.cell(cell, Tally.STILL_WAITING);
        assertEquals(offered, outcomes, 0.0, "replication " + rep + ", cell " + cell);
      }
      assertTrue(r.total(Tally.BLOCKED) > 0, "the closing queue should block some calls");
      assertTrue(r.total(Tally.BALKED) > 0, "some callers should balk");
      assertTrue(r.total(Tally.OFFERED) > r.total(Tally.FIRST_ATTEMPTS), "some callers should redial");
      assertTrue(r.total(Tally.UNIQUE_ANSWERED) <= r.total(Tally.FIRST_ATTEMPTS));
    }
  }

  @Test
  void littlesLawHoldsExactly() throws Exception {
    // With no warm-up, every second a measured caller spends in the queue is inside the measured
    // period or in the drain after it, so the time integral of the queue length over the period,
    // plus that of the measured callers still waiting during the drain, equals the sum of the waits.
    Scenario s = varmland(0, CLOSING_QUEUE);
    for (int rep = 0; rep < REPLICATIONS; rep++) {
      ReplicationResult r = replicate(s, rep);
      double queueIntegral = r.total(Tally.QUEUE_TIME) + r.drain().queueSeconds();
      double waits = r.total(Tally.WAIT_ALL);
      assertEquals(waits, queueIntegral, 1e-9 * waits, "replication " + rep);
      assertTrue(waits > 0);
    }
  }

  @Test
  void nurseTimeIsTheRosterWhenNobodyIsAbsent() throws Exception {
    // Without warm-up too: the night shift that began the evening before the run is on duty at 00:00.
    for (int warmup : new int[] {0, 1}) {
      Scenario s = varmland(warmup, List.of("staff.groups[0].absence=0"));
      ReplicationResult r = replicate(s, 0);
      double scheduled = scheduledNurseSeconds(s);
      double onDuty = r.total(Tally.NURSE_TIME) - r.total(Tally.OVERTIME);
      assertEquals(scheduled, onDuty, 1e-6 * scheduled, "nurse time outside overtime, warm-up " + warmup);
      assertTrue(r.total(Tally.OVERTIME) > 0, "nurses finishing calls past their shift");
      assertTrue(r.total(Tally.BUSY_TIME) <= r.total(Tally.NURSE_TIME));
    }
  }

  @Tag(TestSeeds.TAG)
  @Test
  void absenceRemovesItsShareOfNurseTime() throws Exception {
    double absence = 0.25;
    Scenario s = varmland(1, List.of("staff.groups[0].absence=" + absence));
    int n = 20;
    double present = 0;
    for (int rep = 0; rep < n; rep++) {
      ReplicationResult r = replicate(s, rep);
      present += r.total(Tally.NURSE_TIME) - r.total(Tally.OVERTIME);
    }
    // Each nurse-shift i of length w_i is present independently with probability 1 - absence, so
    // the present share has variance absence (1 - absence) Σ w_i² / (Σ w_i)² over all n replications.
    double[] weights = nurseShiftSeconds(s);
    double sum = 0;
    double sumSq = 0;
    for (double w : weights) {
      sum += w;
      sumSq += w * w;
    }
    double standardError = Math.sqrt(absence * (1 - absence) * sumSq / (sum * sum) / n);
    assertEquals(1 - absence, present / (sum * n), 4 * standardError, "present share (4 standard errors)");
  }

  /** Nurse-seconds the roster schedules inside the measured days. */
  private static double scheduledNurseSeconds(Scenario s) {
    double total = 0;
    for (double w : nurseShiftSeconds(s)) {
      total += w;
    }
    return total;
  }

  /** Each scheduled nurse-shift's seconds inside the measured days, computed from the scenario alone. */
  private static double[] nurseShiftSeconds(Scenario s) {
    return RosteredTime.nurseShiftSeconds(s, s.staff());
  }
}
