package se.sim1177.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.MergeJob;
import se.sim1177.app.MergeOptions;
import se.sim1177.app.Threads;

/** {@code sim1177 merge}. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Merge the shards of a run into its results folder.",
        "Each shard is a folder written by run --shard I/N; given all N, in any",
        "order (or a folder holding them), merge writes the results folder the run",
        "on one machine writes, byte for byte, except run.json's time and machine,",
        "which lists the shards. Shards of another scenario, seed, version, or a",
        "shard missing or given twice are refused, and nothing is written."})
final class MergeCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(arity = "1..*", paramLabel = "SHARD", description = "Shard folders (run --shard I/N --out DIR), or a folder holding them.")
  private List<Path> shards = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = ExperimentOptions.OUT_HELP)
  private Path out;

  @Option(names = "--overwrite", description = ExperimentOptions.OVERWRITE_HELP)
  private boolean overwrite;

  @Option(names = "--threads", paramLabel = "T", description = "Threads for writing the results (default: all cores).")
  private Integer threads;

  @Override
  public Integer call() throws Exception {
    MergeJob.run(new MergeOptions(shards, Threads.orAllCores(threads), out, overwrite, main.commandLine()), main.out, main.err);
    return Main.OK;
  }
}
