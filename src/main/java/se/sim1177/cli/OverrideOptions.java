package se.sim1177.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --set key.path=value} option every command that reads a scenario accepts. */
final class OverrideOptions {
  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = {"Override a scenario value (repeatable), like", "--set 'staff.groups[0].shifts[0].nurses=14'"})
  List<String> sets = new ArrayList<>();
}
