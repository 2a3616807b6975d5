package se.sim1177.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code sim1177 sweep} is asked to do.
 *
 * @param varies the {@code --vary key=v1,v2,...} options, in the order given
 * @param replications overrides every variant's {@code simulation.replications} when not null
 * @param seed overrides every variant's {@code simulation.seed} when not null
 * @param shard the shard of the variants × replications to run ({@code --shard I/N}), or null for all
 */
public record SweepOptions(Path scenario, List<String> varies, Integer replications, Long seed, int threads, Path out,
    boolean overwrite, Long maxCallers, List<String> overrides, List<String> commandLine, Shard shard) {
  public SweepOptions {
    varies = List.copyOf(varies);
    overrides = List.copyOf(overrides);
    commandLine = List.copyOf(commandLine);
  }

  /** Options that never overwrite an existing folder. */
  public SweepOptions(Path scenario, List<String> varies, Integer replications, Long seed, int threads, Path out,
      List<String> overrides, List<String> commandLine) {
    this(scenario, varies, replications, seed, threads, out, false, null, overrides, commandLine, null);
  }

  ResultsTarget results() {
    return new ResultsTarget(out, overwrite);
  }
}
