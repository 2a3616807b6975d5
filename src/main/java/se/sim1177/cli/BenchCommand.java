package se.sim1177.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.BenchmarkJob;
import se.sim1177.bench.BenchOptions;
import se.sim1177.bench.BenchReport;

/** {@code sim1177 bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure how fast the engine simulates a scenario.",
        "Prints calls/s, events/s, ns per event and per call and replications/s on one",
        "thread and on several, beside a bare-loop floor, and peak memory.",
        "The comparison with the idiomatic SSJ model of the same line is a JMH",
        "benchmark, not part of bench:",
        "  " + BenchReport.JMH_BUILD + " &&",
        "  " + BenchReport.JMH_SSJ_RUN,
        "Default scenario: the bundled large region (15,000 calls a day)."})
final class BenchCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  private Path scenario;

  @Option(names = "--days", paramLabel = "D", description = {"Measured days per replication: sets", "simulation.days, over any --set of it."})
  private Integer days;

  @Option(names = "--threads", paramLabel = "T", description = {"Threads for the parallel measurement", "(default: all cores)."})
  private Integer threads;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "3", description = "Untimed warm-up before each measurement (default: ${DEFAULT-VALUE}).")
  private double warmup;

  @Option(names = "--seconds", paramLabel = "SECONDS", defaultValue = "5", description = "Length of each timed round (default: ${DEFAULT-VALUE}).")
  private double seconds;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds; the median is reported (default: ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--no-reference", description = {"Skip the bare-loop floor (the SSJ reference", "model is measured by JMH only)."})
  private boolean noReference;

  @Option(names = "--scaling", paramLabel = "DIR", description = {"Run the scaling study instead: cost per call",
      "against calls per day, horizon and replications.", "Writes scaling.csv and charts into DIR."})
  private Path scaling;

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() throws Exception {
    BenchOptions options = new BenchOptions(scenario, days, threads, warmup, seconds, rounds, !noReference, scaling, overrides.sets);
    BenchmarkJob.run(options, main.out, main.err);
    return Main.OK;
  }
}
