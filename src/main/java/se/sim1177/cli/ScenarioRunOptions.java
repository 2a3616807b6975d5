package se.sim1177.cli;

import picocli.CommandLine.Option;

/**
 * {@link ExperimentOptions} and {@code --max-callers}, for {@code run}, {@code sweep} and
 * {@code compare}: they run the scenarios as written, so a bound on one replication's callers
 * means something there. {@code staff} simulates rosters of its own choosing and has no such
 * option (its help does not list it).
 */
final class ScenarioRunOptions extends ExperimentOptions {
  @Option(names = "--max-callers", paramLabel = "N",
      description = "Stop as overloaded when more callers than this are in the line at once in a replication"
          + " (default: derived from the heap, about 60%% of it at 320 bytes a caller).")
  Long maxCallers;
}
