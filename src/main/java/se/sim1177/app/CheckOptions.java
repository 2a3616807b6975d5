package se.sim1177.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code sim1177 check} is asked to do.
 *
 * @param scenario scenario file
 * @param overrides {@code key.path=value} settings applied to the scenario
 */
public record CheckOptions(Path scenario, List<String> overrides) {
  public CheckOptions {
    overrides = List.copyOf(overrides);
  }
}
