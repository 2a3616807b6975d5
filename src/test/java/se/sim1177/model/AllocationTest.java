package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.bench.Benchmark;
import se.sim1177.engine.StreamFamily;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * The event loop allocates nothing per event: what a replication allocates grows with its horizon
 * only by the per-day tallies (a few hundred bytes a day), never with the number of calls. Counted
 * in bytes by the JVM, not timed.
 */
class AllocationTest {
  /** Per simulated day: 29 daily tallies (232 bytes) and the day's busyness factor (8 bytes), with slack. */
  private static final double BYTES_PER_DAY = 400;

  private static long bytesFor(Scenario base, int days) {
    RunControl r = base.simulation();
    CallCentreModel model = new CallCentreModel(base.withSimulation(new RunControl(days, 1, r.startWeekday(), 2, r.seed())));
    StreamFamily streams = new StreamFamily(r.seed());
    new Replication(model, streams, 0).run(); // warm up class loading and the JIT
    return Benchmark.bytesAllocatedBy(() -> new Replication(model, streams, 1).run());
  }

  @Test
  void allocationDoesNotGrowWithCalls() throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios/04-large-region.yaml"), List.of());
    long shortRun = bytesFor(s, 7);
    long longRun = bytesFor(s, 56);
    assumeTrue(shortRun >= 0, "this JVM cannot count allocated bytes");
    double extraCalls = 49 * 15_000.0;
    double allowed = 49 * BYTES_PER_DAY;
    assertTrue(longRun - shortRun <= allowed, String.format(java.util.Locale.ROOT,
        "49 more days (~%.0f more calls) allocated %d more bytes; allowed %.0f (%.4f bytes per call)",
        extraCalls, longRun - shortRun, allowed, (longRun - shortRun) / extraCalls));
  }
}
