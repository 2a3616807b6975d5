package se.sim1177.report.format;

import java.util.List;

/**
 * What is needed to reproduce a run besides its results: the program version, the command line,
 * the scenario as written and the overrides applied to it.
 *
 * @param scenarioSource where the scenario came from (a path, or {@code bundled:NAME})
 * @param scenarioText the scenario file's text exactly as read
 * @param startedAt ISO-8601 time the run started (for the record only; never in a result figure)
 * @param shards the shards merged into these results ({@code sim1177 merge}), empty for a run on one machine
 */
public record RunInfo(String version, List<String> commandLine, String scenarioSource, String scenarioText,
    List<String> overrides, String startedAt, List<ShardOrigin> shards) {
  public RunInfo {
    commandLine = List.copyOf(commandLine);
    overrides = List.copyOf(overrides);
    shards = List.copyOf(shards);
  }

  /** The record of a run on one machine. */
  public RunInfo(String version, List<String> commandLine, String scenarioSource, String scenarioText, List<String> overrides,
      String startedAt) {
    this(version, commandLine, scenarioSource, scenarioText, overrides, startedAt, List.of());
  }

  /**
   * A shard merged into the results, as {@code run.json} lists it: its folder, number, command
   * line, start, threads, time and machine.
   */
  public record ShardOrigin(String folder, int index, int count, List<String> commandLine, String startedAt, int threads,
      double wallSeconds, String java, String os) {
    public ShardOrigin {
      commandLine = List.copyOf(commandLine);
    }
  }
}
