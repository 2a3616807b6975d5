package se.sim1177.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.engine.StreamFamily;
import se.sim1177.experiment.ReplicationSimulator;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.Replication;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;

/** {@code sim1177 bench}: how fast the engine simulates a scenario, beside the SSJ reference and the floor. */
public final class BenchJob {
  private BenchJob() {}

  /** Measures {@code scenario} as {@code options} say, printing progress and the report to {@code out}. */
  public static BenchReport run(Scenario scenario, BenchOptions options, PrintStream out) {
    Scenario s = scenario;
    if (options.days() != null) {
      RunControl r = s.simulation();
      s = s.withSimulation(new RunControl(options.days(), r.warmupDays(), r.startWeekday(), r.replications(), r.seed()));
    }
    CallCentreModel model = new CallCentreModel(s);
    long seed = s.simulation().seed();
    Benchmark bench = new Benchmark(model, seed, options.warmupSeconds(), options.measureSeconds(), options.rounds());
    boolean withReference = options.reference() && SsjReferenceModel.supports(s);
    if (options.reference() && !withReference) {
      out.println("the SSJ reference model covers the phone line only: no reference or floor for this scenario");
    }
    double pending = bench.meanPendingEvents();
    int floorPending = (int) Math.round(pending);
    ReplicationSimulator reference = SsjReferenceModel::simulate;
    out.println("warming up ...");
    bench.warmUp(ReplicationSimulator.ENGINE, 1);
    if (withReference) {
      bench.warmUp(reference, 1);
      bench.warmUpFloor(floorPending);
    }
    // The one-thread measurements take turns, round by round, so that whatever the machine or the
    // JVM does meanwhile (frequency, garbage collection, other load) falls on all of them alike.
    List<Throughput> single = new ArrayList<>();
    List<Throughput> references = new ArrayList<>();
    List<Throughput> floors = new ArrayList<>();
    for (int r = 0; r < bench.rounds(); r++) {
      out.printf(Locale.ROOT, "round %d of %d ...%n", r + 1, bench.rounds());
      single.add(bench.round("engine", ReplicationSimulator.ENGINE, 1));
      if (withReference) {
        references.add(bench.round("SSJ reference model", reference, 1));
        floors.add(bench.floorRound(floorPending));
      }
    }
    out.println("measuring the engine on " + options.threads() + (options.threads() == 1 ? " thread ..." : " threads ..."));
    bench.warmUp(ReplicationSimulator.ENGINE, options.threads());
    List<Throughput> parallel = new ArrayList<>();
    for (int r = 0; r < bench.rounds(); r++) {
      parallel.add(bench.round("engine", ReplicationSimulator.ENGINE, options.threads()));
    }
    StreamFamily streams = new StreamFamily(seed);
    long bytes = Benchmark.bytesAllocatedBy(() -> new Replication(model, streams, 0).run());
    return new BenchReport(s.name(), s.simulation().totalDays(), pending, Benchmark.median(single), Benchmark.median(parallel),
        withReference ? Benchmark.median(references) : null, withReference ? Benchmark.median(floors) : null,
        bytes, Benchmark.peakHeapBytes(), Benchmark.peakResidentBytes());
  }
}
