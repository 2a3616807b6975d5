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
import se.sim1177.app.SweepJob;
import se.sim1177.app.SweepOptions;
import se.sim1177.app.UsageException;
import se.sim1177.scenario.ScenarioException;

/** {@code sim1177 sweep}. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Run every combination of the varied scenario keys with common random numbers (the same callers in",
        "every variant). Writes sweep.csv (a row per variant: the varied keys, then each summary metric with its",
        "95%% CI) and a chart per main metric against the first varied key."})
final class SweepCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (YAML). Default: the bundled Värmland-sized 2019 scenario.")
  private Path scenario;

  @Option(names = "--vary", required = true, paramLabel = "KEY=V1,V2,...",
      description = {"A scenario key and the values to try, e.g. --vary chat.adoption=0,0.05,0.1,0.2,0.3 (repeatable;",
          "every combination is run). Values are YAML: --vary 'arrivals.weekday_factors=[1,1,1,1,1,1,1],[...]'"})
  private List<String> varies = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "N", description = "Replications per variant (overrides simulation.replications).")
  private Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Seed for every variant (overrides simulation.seed).")
  private Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
  private Integer threads;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/sweep-<scenario>-<timestamp>).")
  private Path out;

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    List<String> line = new ArrayList<>(List.of("sim1177"));
    line.addAll(List.of(main.arguments));
    SweepOptions options = new SweepOptions(scenario, varies, replications, seed, t, out, overrides.sets, line);
    try {
      SweepJob.run(options, main.out, main.err);
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
}
