package se.sim1177.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.engine.StreamFamily;
import se.sim1177.experiment.ReplicationSimulator;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.Replication;
import se.sim1177.scenario.Scenario;

/**
 * {@code sim1177 bench}: how fast the engine simulates a scenario, beside the bare-loop floor. The
 * comparison with the SSJ reference model is a JMH benchmark ({@link BenchReport#SSJ_COMPARISON}),
 * so that SSJ stays out of the runtime jar.
 */
public final class BenchJob {
  private BenchJob() {}

  /**
   * Measures {@code s} as {@code options} say, the parallel measurement on {@code threads}
   * threads (the checked {@code --threads}), printing progress to {@code out}. {@code s} is read
   * with {@code --days} applied already, like any other scenario key.
   */
  public static BenchReport run(Scenario s, BenchOptions options, int threads, PrintStream out) {
    CallCentreModel model = new CallCentreModel(s);
    long seed = s.simulation().seed();
    Benchmark bench = new Benchmark(model, seed, options.warmupSeconds(), options.measureSeconds(), options.rounds());
    double pending = bench.meanPendingEvents();
    int floorPending = (int) Math.round(pending);
    boolean withParallel = threads > 1;
    // The same warm-up for every measurement, the parallel one included, before any is timed.
    out.println("warming up ...");
    bench.warmUp(ReplicationSimulator.ENGINE, 1);
    if (withParallel) {
      bench.warmUp(ReplicationSimulator.ENGINE, threads);
    }
    if (options.floor()) {
      bench.warmUpFloor(floorPending);
    }
    // Every measurement takes its turn in every round, the one-thread and the parallel engine
    // rounds back to back (in alternating order), so that whatever the machine or the JVM does
    // meanwhile (frequency, garbage collection, other load) falls on all of them alike; the
    // speed-up is the median of each round's parallel ÷ one-thread ratio (BenchReport).
    List<Throughput> single = new ArrayList<>();
    List<Throughput> parallel = new ArrayList<>();
    List<Throughput> floors = new ArrayList<>();
    for (int r = 0; r < bench.rounds(); r++) {
      out.printf(Locale.ROOT, "round %d of %d ...%n", r + 1, bench.rounds());
      Throughput one;
      Throughput many = null;
      if (withParallel && r % 2 == 1) {
        many = bench.round("engine", ReplicationSimulator.ENGINE, threads);
        one = bench.round("engine", ReplicationSimulator.ENGINE, 1);
      } else {
        one = bench.round("engine", ReplicationSimulator.ENGINE, 1);
        if (withParallel) {
          many = bench.round("engine", ReplicationSimulator.ENGINE, threads);
        }
      }
      single.add(one);
      if (many != null) {
        parallel.add(many);
      }
      if (options.floor()) {
        floors.add(bench.floorRound(floorPending));
      }
    }
    StreamFamily streams = new StreamFamily(seed);
    long bytes = Benchmark.bytesAllocatedBy(() -> new Replication(model, streams, 0).run());
    return new BenchReport(s.name(), s.simulation().totalDays(), pending, single, parallel, Runtime.getRuntime().availableProcessors(),
        options.floor() ? Benchmark.median(floors) : null,
        bytes, Benchmark.peakHeapBytes(), Benchmark.peakResidentBytes());
  }
}
