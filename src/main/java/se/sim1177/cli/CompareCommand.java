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
import se.sim1177.app.CompareJob;
import se.sim1177.app.CompareOptions;
import se.sim1177.app.UsageException;
import se.sim1177.scenario.ScenarioException;

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

  @Option(names = "--replications", paramLabel = "N", description = "Replications for every scenario (default: the base's).")
  private Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Seed for every scenario (default: the base's).")
  private Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
  private Integer threads;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/compare-<base>-<timestamp>).")
  private Path out;

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    List<String> line = new ArrayList<>(List.of("sim1177"));
    line.addAll(List.of(main.arguments));
    try {
      CompareJob.run(new CompareOptions(scenarios, replications, seed, t, out, overrides.sets, line), main.out, main.err);
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
