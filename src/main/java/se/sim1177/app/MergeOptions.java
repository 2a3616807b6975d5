package se.sim1177.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code sim1177 merge} is asked to do.
 *
 * @param shards the shard folders (or folders holding them), in any order
 * @param threads threads for writing the results
 * @param out results folder, or null for {@code results/<scenario>-<timestamp>}
 * @param overwrite whether {@code out} may replace an earlier sim1177 results folder
 * @param commandLine the arguments as typed
 */
public record MergeOptions(List<Path> shards, int threads, Path out, boolean overwrite, List<String> commandLine) {
  public MergeOptions {
    shards = List.copyOf(shards);
    commandLine = List.copyOf(commandLine);
  }

  ResultsTarget results() {
    return new ResultsTarget(out, overwrite);
  }
}
