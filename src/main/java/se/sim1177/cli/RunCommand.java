package se.sim1177.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.RunJob;
import se.sim1177.app.Threads;
import se.sim1177.app.RunOptions;

/** {@code sim1177 run}. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Simulate a scenario and report whether it meets its targets.",
        "Prints every metric's mean and 95%% CI (shares in %%, waits in minutes), each",
        "target's verdict and the probability that a simulated month meets it.",
        "Writes report.html (the run as one page to open or print), summary.json,",
        "intervals.csv, daily.csv, replications.csv, groups.csv, history.csv (the",
        "first replication as a telephony export), week.png, scenario.yaml and",
        "run.json into the results folder."})
final class RunCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = {"Scenario file (YAML).", "Default: the bundled Värmland-sized 2019 scenario."})
  private Path scenario;

  @Mixin
  private ScenarioRunOptions experiment = new ScenarioRunOptions();

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() throws Exception {
    RunOptions options = new RunOptions(scenario, experiment.replications, experiment.seed, Threads.orAllCores(experiment.threads), experiment.out, experiment.overwrite, experiment.maxCallers,
        overrides.sets, main.commandLine(), experiment.shard());
    RunJob.run(options, main.out, main.err);
    return Main.OK;
  }
}
