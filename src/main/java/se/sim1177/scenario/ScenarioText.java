package se.sim1177.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario file's text edited value by value, comments and layout kept: how {@code calibrate}
 * writes the values it fitted into the user's own file. A value is found by its key path (as in
 * {@code --set}) and replaced on the line it is written on.
 */
public final class ScenarioText {
  private ScenarioText() {}

  /**
   * A value as written in a scenario file.
   *
   * @param line the line it is on, counting from 1
   * @param text the value exactly as written
   */
  public record WrittenValue(int line, String text) {}

  /**
   * {@code text} as a YAML tree whose nodes know their lines: for the other YAML files sim1177 reads
   * ({@code observed.yaml}), with the same syntax checks and messages as a scenario's.
   */
  public static YamlNode tree(String text, String source) throws ScenarioException {
    List<ScenarioProblem> problems = new ArrayList<>();
    YamlNode root = new YamlTreeReader(source, problems).read(text);
    if (!problems.isEmpty() || root == null) {
      throw new ScenarioException(problems.isEmpty() ? List.of(new ScenarioProblem(new YamlNode.Location(source, 1), "",
          "the file is empty")) : problems);
    }
    return root;
  }

  /** The value at {@code keyPath} ({@code callers.patience.mean}); null when the file does not write one there. */
  public static WrittenValue find(String text, String keyPath) {
    List<ScenarioProblem> problems = new ArrayList<>();
    YamlNode node = new YamlTreeReader("scenario", problems).read(text);
    for (String step : KeyPath.parse(keyPath).steps()) {
      if (node instanceof YamlNode.MapNode map && !step.startsWith("[")) {
        node = map.get(step);
      } else if (node instanceof YamlNode.ListNode list && step.startsWith("[")) {
        int i;
        try {
          i = Integer.parseInt(step.substring(1, step.length() - 1));
        } catch (NumberFormatException e) {
          return null;
        }
        node = i < list.items().size() ? list.items().get(i) : null;
      } else {
        return null;
      }
    }
    return node instanceof YamlNode.Scalar s && !s.isNull() ? new WrittenValue(s.location().line(), s.text()) : null;
  }

  /**
   * {@code text} with the value at {@code keyPath} replaced by {@code value}; null when the value is
   * not written on one line as {@code key: value} (then the caller says what to set instead).
   */
  public static String replace(String text, String keyPath, String value) {
    WrittenValue written = find(text, keyPath);
    if (written == null) {
      return null;
    }
    List<String> steps = KeyPath.parse(keyPath).steps();
    String key = steps.get(steps.size() - 1);
    String[] lines = text.split("\n", -1);
    int i = written.line() - 1;
    if (i < 0 || i >= lines.length) {
      return null;
    }
    Matcher m = Pattern.compile("(\\b" + Pattern.quote(key) + "\\s*:\\s*)[\"']?" + Pattern.quote(written.text()) + "[\"']?(?=\\s*[,}#\\r]|\\s*$)")
        .matcher(lines[i]);
    if (!m.find()) {
      return null;
    }
    lines[i] = lines[i].substring(0, m.start()) + m.group(1) + value + lines[i].substring(m.end());
    return String.join("\n", lines);
  }
}
