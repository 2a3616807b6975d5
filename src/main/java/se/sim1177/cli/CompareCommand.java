package se.sim1177.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.CompareJob;
import se.sim1177.app.CompareOptions;

/** {@code sim1177 compare}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Run a base scenario and alternatives with common random numbers and print, per metric, each",
        "scenario's mean and the difference to the base with a paired 95%% CI (* where it excludes 0). Writes",
        "compare.csv and compare.png (answer rate and mean wait per hour of the week, base against alternatives)."})
final class CompareCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "The base scenario, then one or more alternatives.")
  private List<Path> scenarios = new ArrayList<>();

  @Mixin
  private ExperimentOptions experiment = new ExperimentOptions();

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() {
    CompareOptions options = new CompareOptions(scenarios, experiment.replications, experiment.seed, experiment.threads(),
        experiment.out, experiment.overwrite, experiment.maxCallers, overrides.sets, main.commandLine());
    return main.run(() -> CompareJob.run(options, main.out, main.err));
  }
}
