package se.sim1177.cli;

import picocli.CommandLine.Option;
import se.sim1177.app.Shard;
import se.sim1177.app.UsageException;

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

  @Option(names = "--shard", paramLabel = "I/N", description = "Run only shard I of N (0 <= I < N) of the work (the replications;"
      + " for sweep and compare, the variants × replications) into a shard folder; sim1177 merge makes the results of all N"
      + " (Slurm: --shard $SLURM_ARRAY_TASK_ID/N).")
  String shard;

  /** {@code --shard} as read, or null for all the work. */
  Shard shard() throws UsageException {
    return shard == null ? null : Shard.parse(shard);
  }
}
