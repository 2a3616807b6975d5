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
import se.sim1177.app.ErlangTargets;

/** {@code sim1177 erlang}: Erlang C or Erlang A figures for one interval, for a range of staffing. */
@Command(name = "erlang", mixinStandardHelpOptions = true,
    description = {"Erlang C or, with --patience, Erlang A figures for one interval.",
        "Erlang C: no caller abandons. Erlang A: callers have exponential patience.",
        "The interval is stationary: constant arrival rate and staffing.",
        "Prints one row per staffing level.",
        "With a target (--target-service-level, --target-answer-rate, --target-mean-wait,",
        "--max-occupancy) each row says whether it meets them all, and a last line gives",
        "the fewest nurses on the phone that do (searched up to 10,000, beyond the rows",
        "shown if need be) and, with --shrinkage, the positions to schedule."})
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

  @Option(names = "--target-service-level", paramLabel = "SHARE", converter = ShareConverter.class,
      description = {"Target: at least this share of all callers answered", "within --within, like 80%% or 0.8."})
  private Double targetServiceLevel;

  @Option(names = "--target-answer-rate", paramLabel = "SHARE", converter = ShareConverter.class,
      description = {"Target: at least this share of callers answered,", "like 85%% (Erlang A: 1 - P(abandon);", "Erlang C answers everyone)."})
  private Double targetAnswerRate;

  @Option(names = "--target-mean-wait", paramLabel = "DURATION", converter = DurationConverter.class,
      description = {"Target: mean wait of answered callers at most this,", "like 2m (the mean_wait_answered_s column)."})
  private Double targetMeanWaitSeconds;

  @Option(names = "--max-occupancy", paramLabel = "SHARE", converter = ShareConverter.class,
      description = {"Target: nurses busy on calls at most this share", "of their time, like 85%%."})
  private Double maxOccupancy;

  @Option(names = "--shrinkage", paramLabel = "SHARE", converter = ShareConverter.class,
      description = {"Share of paid time not on the phone (absence,", "breaks, training), like 30%%. Scheduled positions",
          "= ceil(nurses on the phone / (1 - shrinkage)).", "Needs a target."})
  private Double shrinkage;

  @Override
  public Integer call() throws Exception {
    Map<String, String> asTyped = new HashMap<>();
    for (String option : List.of("--calls-per-hour", "--aht", "--patience", "--within", "--target-service-level",
        "--target-answer-rate", "--target-mean-wait", "--max-occupancy", "--shrinkage")) {
      List<String> typed = spec.findOption(option).stringValues();
      if (!typed.isEmpty()) {
        asTyped.put(option, typed.get(typed.size() - 1));
      }
    }
    ErlangJob.run(new ErlangOptions(callsPerHour, handleSeconds, patienceSeconds, nurses, withinSeconds,
        new ErlangTargets(targetServiceLevel, targetAnswerRate, targetMeanWaitSeconds, maxOccupancy, shrinkage), asTyped), main.out);
    return Main.OK;
  }
}
