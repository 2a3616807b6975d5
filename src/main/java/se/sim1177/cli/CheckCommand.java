package se.sim1177.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.CheckJob;
import se.sim1177.app.CheckOptions;

/** {@code sim1177 check}: validate a scenario without running it. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Validate a scenario file and print what it describes; runs nothing.")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  private Path scenario;

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() throws Exception {
    CheckJob.run(new CheckOptions(scenario, overrides.sets), main.out);
    return Main.OK;
  }
}
