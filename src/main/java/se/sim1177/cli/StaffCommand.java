package se.sim1177.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.sim1177.app.StaffJob;
import se.sim1177.app.StaffOptions;
import se.sim1177.app.Threads;

/** {@code sim1177 staff}. */
@Command(name = "staff", mixinStandardHelpOptions = true,
    description = {"Find the cheapest roster of shift templates that meets the targets.",
        "Prints today's roster, today's scaled up, the Erlang C, the Erlang A and the",
        "chosen roster side by side, each simulated with a fresh seed.",
        "Writes report.html (the answer in words, the rosters compared, the coverage",
        "chart), requirements.csv, roster.yaml, staffed-scenario.yaml, staffing.json,",
        "coverage.png and run.json into the results folder."})
final class StaffCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML) with a staffing: section.")
  private Path scenario;

  @Option(names = "--method", paramLabel = "M",
      description = "erlang-c, erlang-a or simulation: sets staffing.method, over any --set of it (default: the scenario's, else simulation).")
  private String method;

  @Option(names = "--time-limit", paramLabel = "T", converter = DurationConverter.class,
      description = "The solver's time limit for one roster, like 30s or 2m, at most 1d (default: " + StaffOptions.DEFAULT_TIME_LIMIT + ").")
  private Double timeLimit;

  @Mixin
  private ExperimentOptions experiment = new ExperimentOptions();

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() throws Exception {
    StaffOptions options = new StaffOptions(scenario, method, experiment.replications, experiment.seed,
        Threads.orAllCores(experiment.threads), timeLimit == null ? StaffOptions.DEFAULT_TIME_LIMIT_SECONDS : timeLimit,
        timeLimit == null ? null : spec.findOption("--time-limit").stringValues().get(0),
        experiment.out, experiment.overwrite, overrides.sets, main.commandLine());
    StaffJob.run(options, main.out, main.err);
    return Main.OK;
  }
}
