package se.sim1177.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.SweepJob;
import se.sim1177.app.Threads;
import se.sim1177.app.SweepOptions;

/** {@code sim1177 sweep}. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Run a scenario for every combination of the varied keys.",
        "Every variant sees the same callers (common random numbers).",
        "Writes report.html (the targets and main figures by variant), sweep.csv (a",
        "row per variant: the varied keys, then each summary metric with its 95%% CI)",
        "and a chart per main metric against the first varied key."})
final class SweepCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = {"Scenario file (YAML).", "Default: the bundled Värmland-sized 2019 scenario."})
  private Path scenario;

  @Option(names = "--vary", required = true, paramLabel = "KEY=V1,V2,...",
      description = {"A scenario key and the values to try, like",
          "--vary chat.adoption=0,0.05,0.1,0.2,0.3",
          "Repeatable: every combination is run.",
          "Values are YAML, so a list goes in brackets:",
          "--vary 'arrivals.weekday_factors=[...],[...]'"})
  private List<String> varies = new ArrayList<>();

  @Mixin
  private ScenarioRunOptions experiment = new ScenarioRunOptions();

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() throws Exception {
    SweepOptions options = new SweepOptions(scenario, varies, experiment.replications, experiment.seed, Threads.orAllCores(experiment.threads),
        experiment.out, experiment.overwrite, experiment.maxCallers, overrides.sets, main.commandLine(), experiment.shard());
    SweepJob.run(options, main.out, main.err);
    return Main.OK;
  }
}
