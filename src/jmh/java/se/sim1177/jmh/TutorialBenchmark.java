package se.sim1177.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.sim1177.app.ScenarioSource;
import se.sim1177.engine.StreamFamily;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.Replication;
import se.sim1177.model.ReplicationResult;
import se.sim1177.model.Tally;
import se.sim1177.reference.HandTunedCallCentre;
import se.sim1177.reference.SsjTutorialCallCentre;
import se.sim1177.reference.TutorialTotals;

/**
 * SSJ's tutorial call centre, one replication of {@code days} days per operation, by sim1177's
 * engine (on {@code scenarios/bench/ssj-tutorial.yaml}, through the same public API as
 * {@code run}), by the same centre written the way SSJ's tutorial writes it, and by the
 * hand-tuned floor. The auxiliary counter {@code calls} gives calls offered per second; 10^9
 * divided by it is the cost of a call in nanoseconds on one thread. The benchmarks cycle through
 * the workload's 50 replications so every operation simulates fresh callers.
 *
 * <p>Run from the repository root (the scenario is read from its path), with at least four forks
 * on a machine whose forks land on different speeds:
 *
 * <pre>mvn -B -P bench -DskipTests package && java -jar target/benchmarks.jar TutorialBenchmark -f 4</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(4)
public class TutorialBenchmark {
  private static final int REPLICATIONS = 50;

  @Param({"scenarios/bench/ssj-tutorial.yaml"})
  public String scenarioFile;

  @Param({"100"})
  public int days;

  private CallCentreModel model;
  private StreamFamily streams;
  private long seed;
  private int replication;

  /** Calls offered, reported by JMH per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    public long calls;

    @Setup(Level.Iteration)
    public void reset() {
      calls = 0;
    }
  }

  @Setup
  public void setup() throws Exception {
    var s = ScenarioSource.file(Path.of(scenarioFile)).read(List.of("simulation.days=" + days));
    model = new CallCentreModel(s);
    seed = s.simulation().seed();
    streams = new StreamFamily(seed);
  }

  private int nextReplication() {
    int r = replication;
    replication = (replication + 1) % REPLICATIONS;
    return r;
  }

  @Benchmark
  public ReplicationResult sim1177(Counts counts) {
    ReplicationResult r = new Replication(model, streams, nextReplication()).run();
    counts.calls += (long) r.total(Tally.OFFERED);
    return r;
  }

  @Benchmark
  public TutorialTotals ssjTutorialStyle(Counts counts) {
    TutorialTotals t = SsjTutorialCallCentre.simulate(seed, nextReplication(), days);
    counts.calls += t.offered();
    return t;
  }

  @Benchmark
  public TutorialTotals handTuned(Counts counts) {
    TutorialTotals t = HandTunedCallCentre.simulate(seed, nextReplication(), days);
    counts.calls += t.offered();
    return t;
  }
}
