package se.sim1177.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import se.sim1177.scenario.OptionOverride;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioFile;
import se.sim1177.scenario.ScenarioProblem;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.scenario.YamlNode;

/**
 * A scenario's text and where it came from: a file the user named, or a scenario bundled with the
 * program (the default when no file is given).
 *
 * @param name how messages and {@code run.json} refer to it
 * @param defaultScenarioName the scenario's name when the file has no {@code name:}
 */
public record ScenarioSource(String name, String text, String defaultScenarioName) {
  /** The scenario {@code run} uses when none is given. */
  public static final String DEFAULT_BUNDLED = "02-varmland-2019.yaml";

  /** The scenario file at {@code path}, refused when missing, unreadable or above {@link ScenarioFile#MAX_BYTES}. */
  public static ScenarioSource file(Path path) throws ScenarioException {
    String text = ScenarioFile.readText(path);
    return new ScenarioSource(path.toString(), text, path.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
  }

  public static ScenarioSource bundled(String fileName) throws ScenarioException {
    try (InputStream in = ScenarioSource.class.getResourceAsStream("/scenarios/" + fileName)) {
      if (in == null) {
        throw problem("bundled:" + fileName, "no such bundled scenario");
      }
      return new ScenarioSource("bundled:" + fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8),
          fileName.replaceFirst("\\.ya?ml$", ""));
    } catch (IOException e) {
      throw problem("bundled:" + fileName, "could not be read: " + e.getMessage());
    }
  }

  /** The named file, or the bundled default when {@code path} is null. */
  public static ScenarioSource fileOrDefault(Path path) throws ScenarioException {
    return path == null ? bundled(DEFAULT_BUNDLED) : file(path);
  }

  public Scenario read(List<String> overrides) throws ScenarioException {
    return ScenarioReader.parse(text, name, defaultScenarioName, overrides);
  }

  /** The scenario with {@code --set} overrides and then the options that stand for a scenario key ({@code --seed}). */
  public Scenario read(List<String> overrides, List<OptionOverride> options) throws ScenarioException {
    return read(overrides, options, List.of());
  }

  /**
   * The scenario with {@code --set} overrides, the options that stand for a scenario key, and then
   * a sweep variant's {@code --vary} values ({@link ScenarioReader#parse(String, String, String, List, List, List)}
   * says why in that order).
   */
  public Scenario read(List<String> overrides, List<OptionOverride> options, List<String> variations) throws ScenarioException {
    return ScenarioReader.parse(text, name, defaultScenarioName, overrides, options, variations);
  }

  private static ScenarioException problem(String source, String message) {
    return new ScenarioException(List.of(new ScenarioProblem(new YamlNode.Location(source, 0), "", message)));
  }
}
