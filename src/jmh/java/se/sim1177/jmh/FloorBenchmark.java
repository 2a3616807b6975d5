package se.sim1177.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.sim1177.bench.BareLoop;

/**
 * The bare-loop floor: one event-set removal, one exponential variate and one insertion per
 * event, reported in nanoseconds per event, at the event-set sizes of the two workloads.
 *
 * <pre>mvn -P bench -DskipTests package && java -jar target/benchmarks.jar FloorBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class FloorBenchmark {
  private static final int EVENTS = 1_000_000;

  @Param({"20", "125"})
  public int pending;

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public double bareLoop() {
    return BareLoop.run(EVENTS, pending, 1);
  }
}
