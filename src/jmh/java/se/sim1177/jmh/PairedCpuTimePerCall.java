package se.sim1177.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * CPU time per call of two implementations or two builds, measured in one JVM on one thread in
 * alternating one-second slices, and compared slice pair by slice pair. The machine this project is
 * measured on has neighbours that slow whole stretches of seconds by up to a third (see
 * docs/performance.md, "The machine's two speeds"): two runs one after the other can differ by more
 * than the change they compare. Slices taken in turn, A B B A, see the same stretches, so the ratio
 * of the two slices of a pair measures the code, not the host.
 *
 * <pre>
 * java -cp target/benchmarks.jar se.sim1177.jmh.PairedCpuTimePerCall SCENARIO DAYS WARMUP_S PAIRS IMPL@JAR IMPL@JAR
 * </pre>
 *
 * IMPL is {@code sim1177} (the engine on SCENARIO), {@code hand} or {@code ssj} (the hand-tuned and
 * SSJ-tutorial-style call centres of {@code se.sim1177.reference}, which ignore SCENARIO but for its
 * seed). Each JAR (a {@code target/benchmarks.jar} of a build, kept aside) is loaded by a class
 * loader of its own, so two builds of the same classes run side by side, each compiled by the JIT
 * on its own profile; only the public API both builds share is used (the scenario reader, the model,
 * {@code Replication}), by reflection, once per replication. It prints each side's median slice,
 * and B's cost over A's: the median of the pairs' ratios with a distribution-free 95 % confidence
 * interval (order statistics of the binomial), and how many pairs B was faster in.
 */
public final class PairedCpuTimePerCall {
  private PairedCpuTimePerCall() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: PairedCpuTimePerCall SCENARIO DAYS WARMUP_S PAIRS IMPL@JAR IMPL@JAR");
      System.exit(2);
    }
    Path scenario = Path.of(args[0]);
    int days = Integer.parseInt(args[1]);
    double warmupSeconds = Double.parseDouble(args[2]);
    int pairs = Integer.parseInt(args[3]);
    if (pairs < 6) {
      System.err.println("PAIRS must be 6 or more: with fewer, no interval of the pairs holds the median with 95 % confidence");
      System.exit(2);
    }
    Side a = side(args[4], scenario, days);
    Side b = side(args[5], scenario, days);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // Warm-up in turns as well, so that the JIT compiles both while the other also runs.
    for (int i = 0; i < Math.ceil(warmupSeconds); i++) {
      slice(a, threads);
      slice(b, threads);
    }
    double[] costA = new double[pairs];
    double[] costB = new double[pairs];
    double[] ratio = new double[pairs];
    for (int p = 0; p < pairs; p++) {
      // A B, then B A: a drift within a pair favours neither side on the whole.
      if (p % 2 == 0) {
        costA[p] = slice(a, threads);
        costB[p] = slice(b, threads);
      } else {
        costB[p] = slice(b, threads);
        costA[p] = slice(a, threads);
      }
      ratio[p] = costB[p] / costA[p];
    }
    int faster = 0;
    for (double r : ratio) {
      faster += r < 1 ? 1 : 0;
    }
    double[] sortedRatio = ratio.clone();
    Arrays.sort(sortedRatio);
    int[] ci = medianInterval(pairs);
    System.out.printf(Locale.ROOT, "A %s: median %.1f ns/call, fastest %.1f%n", a.label, median(costA), min(costA));
    System.out.printf(Locale.ROOT, "B %s: median %.1f ns/call, fastest %.1f%n", b.label, median(costB), min(costB));
    System.out.printf(Locale.ROOT, "B / A: median of %d paired slices %.4f, 95 %% CI [%.4f, %.4f]; B faster in %d of %d pairs%n",
        pairs, median(ratio), sortedRatio[ci[0]], sortedRatio[ci[1]], faster, pairs);
  }

  /** One second of CPU (at least one replication) of {@code side}: CPU nanoseconds per call. */
  private static double slice(Side side, ThreadMXBean threads) {
    long start = threads.getCurrentThreadCpuTime();
    long calls = 0;
    while (threads.getCurrentThreadCpuTime() - start < 1e9) {
      calls += side.replication.getAsLong();
    }
    return (double) (threads.getCurrentThreadCpuTime() - start) / calls;
  }

  /**
   * The order statistics (0-based) that bound the median of {@code n} values with at least 95 %
   * confidence: the widest symmetric pair inside whose binomial(n, 1/2) tails hold at most 2.5 % each.
   */
  static int[] medianInterval(int n) {
    double[] cumulative = new double[n + 1];
    double p = Math.pow(0.5, n);
    double sum = 0;
    for (int k = 0; k <= n; k++) {
      sum += p;
      cumulative[k] = sum;
      p = p * (n - k) / (k + 1);
    }
    int lower = 0;
    while (lower + 1 < n && cumulative[lower] <= 0.025) {
      lower++;
    }
    // P(at most lower - 1 of n below the median) <= 2.5 %: from the lower-th smallest (1-based)
    // to the lower-th largest.
    int lo = Math.max(0, lower - 1);
    return new int[] {lo, n - 1 - lo};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private record Side(String label, LongSupplier replication) {}

  /** IMPL@JAR: the implementation's replications, from the jar's own classes. */
  private static Side side(String spec, Path scenario, int days) throws Exception {
    int at = spec.indexOf('@');
    if (at < 0) {
      throw new IllegalArgumentException("IMPL@JAR, not " + spec);
    }
    String impl = spec.substring(0, at);
    Path jar = Path.of(spec.substring(at + 1));
    ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> reader = Class.forName("se.sim1177.scenario.ScenarioReader", true, loader);
    Object read = reader.getMethod("read", Path.class, List.class).invoke(null, scenario, List.of("simulation.days=" + days));
    Object simulation = read.getClass().getMethod("simulation").invoke(read);
    long seed = (long) simulation.getClass().getMethod("seed").invoke(simulation);
    int[] replication = {0};
    LongSupplier run = switch (impl) {
      case "sim1177" -> {
        Class<?> modelClass = Class.forName("se.sim1177.model.CallCentreModel", true, loader);
        Object model = constructor(modelClass, read.getClass()).newInstance(read);
        Class<?> streamsClass = Class.forName("se.sim1177.engine.StreamFamily", true, loader);
        Object streams = streamsClass.getConstructor(long.class).newInstance(seed);
        Class<?> replicationClass = Class.forName("se.sim1177.model.Replication", true, loader);
        Constructor<?> make = replicationClass.getConstructor(modelClass, streamsClass, int.class);
        Method runIt = replicationClass.getMethod("run");
        int offered = Class.forName("se.sim1177.model.Tally", true, loader).getField("OFFERED").getInt(null);
        Method total = Class.forName("se.sim1177.model.ReplicationResult", true, loader).getMethod("total", int.class);
        yield () -> {
          try {
            Object result = runIt.invoke(make.newInstance(model, streams, replication[0]++ % 64));
            return ((Number) total.invoke(result, offered)).longValue();
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        };
      }
      case "hand", "ssj" -> {
        String name = impl.equals("hand") ? "HandTunedCallCentre" : "SsjTutorialCallCentre";
        Method simulate = Class.forName("se.sim1177.reference." + name, true, loader)
            .getMethod("simulate", long.class, int.class, int.class);
        yield () -> {
          try {
            Object totals = simulate.invoke(null, seed, replication[0]++ % 64, days);
            return (long) totals.getClass().getMethod("offered").invoke(totals);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        };
      }
      default -> throw new IllegalArgumentException("IMPL is sim1177, hand or ssj, not " + impl);
    };
    return new Side(impl + "@" + jar.getFileName(), run);
  }

  /** The public one-argument constructor of {@code type} that takes a {@code argument}. */
  private static Constructor<?> constructor(Class<?> type, Class<?> argument) {
    for (Constructor<?> c : type.getConstructors()) {
      if (c.getParameterCount() == 1 && c.getParameterTypes()[0].isAssignableFrom(argument)) {
        return c;
      }
    }
    throw new IllegalArgumentException(type + " has no public constructor taking " + argument);
  }
}
