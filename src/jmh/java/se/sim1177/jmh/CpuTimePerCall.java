package se.sim1177.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import se.sim1177.engine.StreamFamily;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.Replication;
import se.sim1177.model.Tally;
import se.sim1177.reference.HandTunedCallCentre;
import se.sim1177.reference.SsjTutorialCallCentre;
import se.sim1177.scenario.ScenarioReader;

/**
 * CPU time per call of one implementation on one thread, for a machine shared with other work:
 * JMH measures wall time, which on a loaded machine measures the other work too; the CPU time the
 * measuring thread got ({@link ThreadMXBean#getCurrentThreadCpuTime}) is far less sensitive to it
 * (not immune: caches and cores are still shared). Replications of {@code days} days in turn
 * (0..63, as {@link TutorialBenchmark}) after a warm-up; prints CPU and wall ns per offered call,
 * and the fastest and the median of the measurement's one-second slices.
 *
 * <pre>
 * java -cp target/benchmarks.jar se.sim1177.jmh.CpuTimePerCall IMPL SCENARIO DAYS WARMUP_S MEASURE_S
 * </pre>
 *
 * IMPL: {@code sim1177} (the engine on SCENARIO), {@code ssj} or {@code hand} (the SSJ-tutorial-style
 * and hand-tuned tutorial call centres, which ignore SCENARIO but for its seed).
 * {@code docs/bench/cpu-per-call-interleaved.sh} runs builds and implementations in turn.
 */
public final class CpuTimePerCall {
  private CpuTimePerCall() {}

  public static void main(String[] args) throws Exception {
    String impl = args[0];
    int days = Integer.parseInt(args[2]);
    double warmupSeconds = Double.parseDouble(args[3]);
    double measureSeconds = Double.parseDouble(args[4]);
    var scenario = ScenarioReader.read(Path.of(args[1]), List.of("simulation.days=" + days));
    CallCentreModel model = new CallCentreModel(scenario);
    long seed = scenario.simulation().seed();
    StreamFamily streams = new StreamFamily(seed);
    int[] replication = {0};
    LongSupplier oneReplication = switch (impl) {
      case "sim1177" -> () -> (long) new Replication(model, streams, replication[0]++ % 64).run().total(Tally.OFFERED);
      case "ssj" -> () -> SsjTutorialCallCentre.simulate(seed, replication[0]++ % 64, days).offered();
      case "hand" -> () -> HandTunedCallCentre.simulate(seed, replication[0]++ % 64, days).offered();
      default -> throw new IllegalArgumentException("IMPL is sim1177, ssj or hand, not " + impl);
    };
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    while (threads.getCurrentThreadCpuTime() - start < warmupSeconds * 1e9) {
      oneReplication.getAsLong();
    }
    long calls = 0;
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    // The measurement in slices of a second of CPU each: the machine this runs on is shared, and
    // its neighbours slow a whole stretch of seconds at a time (by up to a third), so the fastest
    // and the median slice say more about the code than the mean of all of them.
    List<Double> slices = new ArrayList<>();
    while (threads.getCurrentThreadCpuTime() - cpu0 < measureSeconds * 1e9) {
      long sliceCpu0 = threads.getCurrentThreadCpuTime();
      long sliceCalls = 0;
      while (threads.getCurrentThreadCpuTime() - sliceCpu0 < 1e9) {
        sliceCalls += oneReplication.getAsLong();
      }
      slices.add((double) (threads.getCurrentThreadCpuTime() - sliceCpu0) / sliceCalls);
      calls += sliceCalls;
    }
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    long wall = System.nanoTime() - wall0;
    Collections.sort(slices);
    System.out.printf(Locale.ROOT, "%s cpu-ns/call %.1f wall-ns/call %.1f cpu-share %.2f calls %d slices %d min %.1f median %.1f%n",
        impl, (double) cpu / calls, (double) wall / calls, (double) cpu / wall, calls, slices.size(),
        slices.isEmpty() ? Double.NaN : slices.get(0), slices.isEmpty() ? Double.NaN : slices.get(slices.size() / 2));
  }
}
