package se.sim1177.jmh;

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
import se.sim1177.reference.SsjReferenceModel;
import se.sim1177.engine.StreamFamily;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.Replication;
import se.sim1177.model.ReplicationResult;

/**
 * One replication of a bundled scenario per operation, by the engine and by the idiomatic SSJ
 * model of the same line. Besides replications per second, JMH reports the calls and events
 * simulated per second (auxiliary counters), so the two can be compared per call. This is where the
 * engine is compared with SSJ: {@code sim1177 bench} does not carry SSJ, and the reference model
 * lives in {@code src/reference/java}, which only the tests and this profile compile.
 *
 * <pre>mvn -P bench -DskipTests package && java -jar target/benchmarks.jar ReplicationBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(2)
public class ReplicationBenchmark {
  @Param({"04-large-region.yaml", "02-varmland-2019.yaml"})
  public String scenario;

  private CallCentreModel model;
  private StreamFamily streams;
  private int replication;

  /** Calls and events simulated, reported by JMH per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    public long calls;
    public long events;

    @Setup(Level.Iteration)
    public void reset() {
      calls = 0;
      events = 0;
    }
  }

  @Setup
  public void setup() throws Exception {
    var s = ScenarioSource.bundled(scenario).read(List.of());
    model = new CallCentreModel(s);
    streams = new StreamFamily(s.simulation().seed());
  }

  @Benchmark
  public ReplicationResult engine(Counts counts) {
    ReplicationResult r = new Replication(model, streams, replication++).run();
    counts.calls += r.contacts();
    counts.events += r.events();
    return r;
  }

  @Benchmark
  public ReplicationResult ssjReference(Counts counts) {
    ReplicationResult r = SsjReferenceModel.simulate(model, streams, replication++);
    counts.calls += r.contacts();
    counts.events += r.events();
    return r;
  }
}
