package se.sim1177.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code sim1177 compare} is asked to do.
 *
 * @param scenarios the base scenario first, then one or more alternatives
 * @param replications replications for every scenario (default: the base scenario's)
 * @param seed seed for every scenario (default: the base scenario's)
 * @param shard the shard of the scenarios × replications to run ({@code --shard I/N}), or null for all
 */
public record CompareOptions(List<Path> scenarios, Integer replications, Long seed, int threads, Path out,
    boolean overwrite, Long maxCallers, List<String> overrides, List<String> commandLine, Shard shard) {
  public CompareOptions {
    scenarios = List.copyOf(scenarios);
    overrides = List.copyOf(overrides);
    commandLine = List.copyOf(commandLine);
  }

  /** Options that never overwrite an existing folder. */
  public CompareOptions(List<Path> scenarios, Integer replications, Long seed, int threads, Path out,
      List<String> overrides, List<String> commandLine) {
    this(scenarios, replications, seed, threads, out, false, null, overrides, commandLine, null);
  }

  ResultsTarget results() {
    return new ResultsTarget(out, overwrite);
  }
}
