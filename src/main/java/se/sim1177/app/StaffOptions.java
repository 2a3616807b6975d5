package se.sim1177.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code sim1177 staff} is asked to do.
 *
 * @param scenario scenario file with a {@code staffing:} section
 * @param method overrides {@code staffing.method} when not null
 * @param replications overrides {@code simulation.replications} when not null
 * @param seed overrides {@code simulation.seed} when not null
 * @param threads simulation threads
 * @param timeLimitSeconds the solver's time limit for one roster
 * @param timeLimitAsTyped {@code --time-limit} as typed, for messages; null when it was not given
 * @param out results folder, or null for {@code results/<scenario>-staffing-<timestamp>}
 * @param overwrite whether {@code out} may replace an earlier sim1177 results folder
 * @param overrides {@code key.path=value} settings applied to the scenario
 * @param commandLine the arguments as typed, recorded in {@code run.json}
 */
public record StaffOptions(Path scenario, String method, Integer replications, Long seed, int threads, double timeLimitSeconds,
    String timeLimitAsTyped, Path out, boolean overwrite, List<String> overrides, List<String> commandLine) {
  public static final double DEFAULT_TIME_LIMIT_SECONDS = 60;
  /** The default {@code --time-limit} as the help shows it. */
  public static final String DEFAULT_TIME_LIMIT = "60s";

  public StaffOptions {
    overrides = List.copyOf(overrides);
    commandLine = List.copyOf(commandLine);
  }

  /** {@code --time-limit}'s value as typed, or the default as the help shows it. */
  String timeLimitShown() {
    return timeLimitAsTyped != null ? timeLimitAsTyped : DEFAULT_TIME_LIMIT + ", the default";
  }

  ResultsTarget results() {
    return new ResultsTarget(out, overwrite);
  }
}
