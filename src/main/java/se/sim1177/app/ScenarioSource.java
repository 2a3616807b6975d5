package se.sim1177.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
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

  public static ScenarioSource file(Path path) throws ScenarioException {
    try {
      byte[] bytes = java.nio.file.Files.readAllBytes(path);
      String text = decodeUtf8(bytes, path.toString());
      return new ScenarioSource(path.toString(), text, path.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
    } catch (java.nio.file.NoSuchFileException e) {
      throw problem(path.toString(), "no such file");
    } catch (IOException e) {
      throw problem(path.toString(), "could not be read: " + e.getMessage());
    }
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

  /** The scenario with {@code --set} overrides and then a sweep variant's {@code --vary} values. */
  public Scenario read(List<String> overrides, List<String> variations) throws ScenarioException {
    return ScenarioReader.parse(text, name, defaultScenarioName, overrides, variations);
  }

  /** {@code bytes} as UTF-8 text; refused, naming the line of the first byte that is not UTF-8, when they are not. */
  static String decodeUtf8(byte[] bytes, String source) throws ScenarioException {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      String shown = String.format(java.util.Locale.ROOT, "0x%02X", bytes[at] & 0xff);
      throw new ScenarioException(List.of(new ScenarioProblem(new YamlNode.Location(source, line), "",
          "is not UTF-8 text (byte " + shown + " at byte offset " + at + "); save the file as UTF-8")));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static ScenarioException problem(String source, String message) {
    return new ScenarioException(List.of(new ScenarioProblem(new YamlNode.Location(source, 0), "", message)));
  }
}
