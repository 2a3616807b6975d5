package se.sim1177.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code sim1177 calibrate} is asked to do.
 *
 * @param scenario the scenario to calibrate (as {@code import} writes it, or any)
 * @param observed the observed figures ({@code observed.yaml})
 * @param fit the keys to fit as written ({@code callers.patience.mean}, {@code key=low..high}); empty
 *     for the default: the patience mean, the redial probability where the scenario has redials, and
 *     the calls per day when the observed figures count offered calls but no unique callers
 * @param period the observed period to reproduce, or null for the file's {@code calibrate_on}
 */
public record CalibrateOptions(Path scenario, Path observed, List<String> fit, String period, Integer replications, Long seed,
    int threads, Path out, boolean overwrite, List<String> overrides, List<String> commandLine) {
  public CalibrateOptions {
    fit = List.copyOf(fit);
    overrides = List.copyOf(overrides);
    commandLine = List.copyOf(commandLine);
  }

  ResultsTarget results() {
    return new ResultsTarget(out, overwrite);
  }
}
