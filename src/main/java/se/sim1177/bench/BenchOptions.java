package se.sim1177.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code sim1177 bench} measures.
 *
 * @param scenario scenario file, or null for the bundled large-region workload
 * @param days measured days per replication, or null: it stands for {@code simulation.days} and is
 *     applied and checked with the scenario when it is read
 * @param threads threads for the parallel measurement, or null for all cores
 * @param warmupSeconds untimed run before each measurement, for the JIT
 * @param measureSeconds length of each timed round
 * @param rounds timed rounds per measurement; the median is reported
 * @param floor whether to measure the bare-loop floor too ({@code --no-reference} turns it off; the SSJ
 *     reference model is measured by JMH, {@link BenchReport#SSJ_COMPARISON})
 * @param scalingOut when not null, run the scaling study instead and write it into this folder
 * @param overrides {@code key.path=value} settings applied to the scenario
 */
public record BenchOptions(Path scenario, Integer days, Integer threads, double warmupSeconds, double measureSeconds,
    int rounds, boolean floor, Path scalingOut, List<String> overrides) {
  /** Limits of the options: beyond them a measurement runs out of threads or of the user's patience. */
  public static final int MAX_THREADS = 1024;
  public static final int MAX_ROUNDS = 1000;
  public static final int MAX_SECONDS = 3600;

  public BenchOptions {
    overrides = List.copyOf(overrides);
  }
}
