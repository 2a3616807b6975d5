package se.sim1177.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.sim1177.app.ErlangJob;
import se.sim1177.app.ErlangOptions;

/** {@code sim1177 erlang}: Erlang C or Erlang A figures for one interval, for a range of staffing. */
@Command(name = "erlang", mixinStandardHelpOptions = true,
    description = {"Erlang C or, with --patience, Erlang A figures for one interval.",
        "Erlang C: no caller abandons. Erlang A: callers have exponential patience.",
        "The interval is stationary: constant arrival rate and staffing.",
        "Prints one row per staffing level."})
final class ErlangCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Spec
  private CommandSpec spec;

  @Option(names = "--calls-per-hour", required = true, paramLabel = "N", description = "Offered calls per hour.")
  private double callsPerHour;

  @Option(names = "--aht", required = true, paramLabel = "DURATION", converter = DurationConverter.class,
      description = {"Mean handling time, talk plus after-call work,", "like 8m."})
  private double handleSeconds;

  @Option(names = "--patience", paramLabel = "DURATION", converter = DurationConverter.class,
      description = {"Mean caller patience (exponential): gives Erlang A.", "Without it: Erlang C."})
  private Double patienceSeconds;

  @Option(names = "--nurses", paramLabel = "N", description = {"A staffing level like 12, or a range like 10..16.", "Default: a range around the load."})
  private String nurses;

  @Option(names = "--within", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5m",
      description = "Service-level threshold (default: ${DEFAULT-VALUE}).")
  private double withinSeconds;

  @Override
  public Integer call() throws Exception {
    Map<String, String> asTyped = new HashMap<>();
    for (String option : List.of("--calls-per-hour", "--aht", "--patience", "--within")) {
      List<String> typed = spec.findOption(option).stringValues();
      if (!typed.isEmpty()) {
        asTyped.put(option, typed.get(typed.size() - 1));
      }
    }
    ErlangJob.run(new ErlangOptions(callsPerHour, handleSeconds, patienceSeconds, nurses, withinSeconds, asTyped), main.out);
    return Main.OK;
  }
}
