package se.sim1177.app;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.scenario.OptionOverride;

/**
 * The command-line options that stand for a scenario key, turned into overrides of that key. They
 * then take the same path as {@code --set}: one place applies them, the scenario's records check
 * them, and a bad value gets the message {@code --set} would get, naming the option as typed.
 */
final class ScenarioKeyOptions {
  private ScenarioKeyOptions() {}

  /** {@code --replications} and {@code --seed} of {@code run}, {@code sweep} and {@code compare}; either may be absent (null). */
  static List<OptionOverride> experiment(Integer replications, Long seed) {
    List<OptionOverride> given = new ArrayList<>();
    if (replications != null) {
      given.add(new OptionOverride("--replications", replications.toString(), "simulation.replications"));
    }
    if (seed != null) {
      given.add(new OptionOverride("--seed", seed.toString(), "simulation.seed"));
    }
    return given;
  }

  /** {@code --days} of {@code bench}, or nothing when it is absent (null). */
  static List<OptionOverride> bench(Integer days) {
    return days == null ? List.of() : List.of(new OptionOverride("--days", days.toString(), "simulation.days"));
  }
}
