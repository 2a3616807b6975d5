package se.sim1177.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of every command that runs an experiment: replications, seed, threads, output
 * folder. {@link ScenarioRunOptions} adds the bound on callers for the commands that run the
 * scenarios as written.
 */
class ExperimentOptions {
  @Option(names = "--replications", paramLabel = "N", description = "Replications: sets simulation.replications, over any --set of it.")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Seed: sets simulation.seed, over any --set of it.")
  Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
  Integer threads;

  /** The help of {@code --out}, shared with the commands that write a results folder without running an experiment. */
  static final String OUT_HELP = "Results folder (default: a new folder under results/). Refused if it exists and is not empty.";
  static final String OVERWRITE_HELP = "Let --out replace an earlier sim1177 results folder: only one whose every file sim1177 wrote"
      + " and nobody changed since (its run.json lists them with their hashes).";

  @Option(names = "--out", paramLabel = "DIR", description = OUT_HELP)
  Path out;

  @Option(names = "--overwrite", description = OVERWRITE_HELP)
  boolean overwrite;
}
