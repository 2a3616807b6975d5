package se.sim1177.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.RunJob;
import se.sim1177.app.RunOptions;
import se.sim1177.app.UsageException;
import se.sim1177.scenario.ScenarioException;

/** {@code sim1177 run}. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Simulate a scenario and report whether it meets its targets.",
        "Prints metric, mean, 95%% CI, target and met; writes summary.json, intervals.csv, daily.csv,",
        "replications.csv, week.png, scenario.yaml and run.json into the results folder."})
final class RunCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (YAML). Default: the bundled Värmland-sized 2019 scenario.")
  private Path scenario;

  @Option(names = "--replications", paramLabel = "N", description = "Replications (overrides simulation.replications).")
  private Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (overrides simulation.seed).")
  private Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
  private Integer threads;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<scenario>-<timestamp>).")
  private Path out;

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    RunOptions options = new RunOptions(scenario, replications, seed, t, out, overrides.sets, commandLine());
    try {
      RunJob.run(options, main.out, main.err);
      return Main.OK;
    } catch (ScenarioException e) {
      return Problems.report(e, main.err);
    } catch (UsageException e) {
      main.err.println("error: " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (IOException e) {
      main.err.println("error: could not write results: " + e.getMessage());
      return Main.FAILED;
    }
  }

  private List<String> commandLine() {
    List<String> line = new ArrayList<>();
    line.add("sim1177");
    line.addAll(List.of(main.arguments));
    return line;
  }
}
