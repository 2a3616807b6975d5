package se.sim1177.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code sim1177 run} is asked to do, independent of how it was asked (command line or
 * test).
 *
 * @param scenario scenario file, or null for the bundled default
 * @param replications overrides {@code simulation.replications} when not null
 * @param seed overrides {@code simulation.seed} when not null
 * @param threads worker threads
 * @param out results folder, or null for {@code results/<scenario>-<timestamp>}
 * @param overwrite whether {@code out} may replace an earlier sim1177 results folder
 * @param maxCallers most callers in the line at once before the run stops as overloaded; null derives it from the heap
 * @param overrides {@code key.path=value} settings applied to the scenario
 * @param commandLine the arguments as typed, recorded in {@code run.json}
 * @param shard the shard of the replications to run ({@code --shard I/N}), or null for all of them
 */
public record RunOptions(Path scenario, Integer replications, Long seed, int threads, Path out, boolean overwrite,
    Long maxCallers, List<String> overrides, List<String> commandLine, Shard shard) {
  public RunOptions {
    overrides = List.copyOf(overrides);
    commandLine = List.copyOf(commandLine);
  }

  /** Options that never overwrite an existing folder. */
  public RunOptions(Path scenario, Integer replications, Long seed, int threads, Path out, List<String> overrides,
      List<String> commandLine) {
    this(scenario, replications, seed, threads, out, false, null, overrides, commandLine, null);
  }

  ResultsTarget results() {
    return new ResultsTarget(out, overwrite);
  }
}
