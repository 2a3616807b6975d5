package se.sim1177.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.CompareJob;
import se.sim1177.app.Threads;
import se.sim1177.app.CompareOptions;

/** {@code sim1177 compare}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    customSynopsis = {"sim1177 compare [-hV] [--overwrite] [--max-callers=N] [--out=DIR]",
        "                       [--replications=N] [--seed=S] [--threads=T]",
        "                       [--set=KEY=VALUE]... BASE ALT [ALT...]"},
    description = {"Compare a base scenario with alternatives, paired per replication.",
        "Every scenario sees the same callers (common random numbers).",
        "Prints, per metric, each scenario's mean and the difference to the base",
        "with a paired 95%% CI (* where it excludes 0), better or worse, and a",
        "bottom line per alternative.",
        "Writes report.html (verdicts and differences side by side), compare.csv and",
        "compare.png (answer rate and mean wait per hour of the week, base against",
        "alternatives) into the results folder."})
final class CompareCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Spec
  private CommandSpec spec;

  // Counted in call(), so that one file gets a plain message rather than picocli's arity error.
  @Parameters(arity = "0..*", paramLabel = "BASE ALT [ALT...]", hideParamSyntax = true,
      description = "The base scenario (BASE), then one or more alternatives (ALT).")
  private List<Path> scenarios = new ArrayList<>();

  @Mixin
  private ScenarioRunOptions experiment = new ScenarioRunOptions();

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() throws Exception {
    if (scenarios.size() < 2) {
      // A usage error like picocli's own: one line, and where to read more.
      throw new ParameterException(spec.commandLine(), "compare needs a base scenario and at least one alternative: got "
          + (scenarios.isEmpty() ? "no scenario file" : "1 scenario file"));
    }
    CompareOptions options = new CompareOptions(scenarios, experiment.replications, experiment.seed, Threads.orAllCores(experiment.threads),
        experiment.out, experiment.overwrite, experiment.maxCallers, overrides.sets, main.commandLine(), experiment.shard());
    CompareJob.run(options, main.out, main.err);
    return Main.OK;
  }
}
