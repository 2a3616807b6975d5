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
import se.sim1177.app.CalibrateJob;
import se.sim1177.app.CalibrateOptions;
import se.sim1177.app.Threads;

/** {@code sim1177 calibrate}: fit what nobody observes to the observed figures. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Fit patience and redials to a region's observed figures.",
        "Simulates the scenario with the same callers each time and searches the",
        "fitted keys (BOBYQA) until its answer rate, mean wait and the other observed",
        "figures match observed.yaml's, each weighed by its standard error. Prints",
        "each fitted value with its 95%% interval, each figure against the model's,",
        "whether the keys are identified, and writes calibrated-scenario.yaml,",
        "calibration.json, calibration.png (where the search looked, the fit and",
        "the ridge), report.html (all of it as one page) and run.json into the",
        "results folder."})
final class CalibrateCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML), e.g. the scenario.yaml import wrote.")
  private Path scenario;

  @Option(names = "--observed", required = true, paramLabel = "FILE", description = "The observed figures (observed.yaml).")
  private Path observed;

  @Option(names = "--fit", paramLabel = "KEY[=LOW..HIGH]", split = ",",
      description = {"Keys to fit (default: callers.patience.mean, and", "callers.redial.probability where the scenario redials;",
          "arrivals.calls_per_day too when only offered calls are", "observed), e.g. --fit callers.patience.mean=10m..3h."})
  private List<String> fit = new ArrayList<>();

  @Option(names = "--period", paramLabel = "PERIOD", description = "The observed period to reproduce (default: calibrate_on).")
  private String period;

  @Mixin
  private ExperimentOptions experiment = new ExperimentOptions();

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() throws Exception {
    CalibrateJob.run(new CalibrateOptions(scenario, observed, fit, period, experiment.replications, experiment.seed,
        Threads.orAllCores(experiment.threads), experiment.out, experiment.overwrite, overrides.sets, main.commandLine()), main.out,
        main.err);
    return Main.OK;
  }
}
