package se.sim1177.scenario;

import java.util.List;
import se.sim1177.scenario.YamlNode.ListNode;
import se.sim1177.scenario.YamlNode.Location;
import se.sim1177.scenario.YamlNode.MapNode;
import se.sim1177.scenario.YamlNode.Scalar;

/**
 * Applies {@code --set key.path=value} overrides to a scenario tree before it is read, so an
 * overridden value is validated exactly like one written in the file. Paths use dots for sections
 * and {@code [i]} for list items ({@code staff.groups[0].shifts[1].nurses=8}); the value is YAML,
 * so lists and sections can be given inline ({@code arrivals.weekday_factors=[1,1,1,1,1,1,1]}).
 */
public final class ScenarioOverrides {
  /** Longest {@code --set} or {@code --vary} override read ({@code key.path=value}); longer values belong in the scenario file. */
  public static final int MAX_CHARS = 10_000;
  /** Longest override shown in full in a message. */
  private static final int SHOWN_CHARS = 200;

  private ScenarioOverrides() {}

  /** Applies {@code overrides}, naming the command-line option they came from ({@code --set}, {@code --vary}) in messages. */
  static void apply(MapNode root, List<String> overrides, String option, List<ScenarioProblem> problems) {
    for (String override : overrides) {
      Location at = new Location(option + " " + shorten(override), 0);
      if (override.length() > MAX_CHARS) {
        problems.add(new ScenarioProblem(at, "", "is " + override.length() + " characters long; " + option
            + " takes at most " + MAX_CHARS + " (write longer values in the scenario file)"));
        continue;
      }
      int eq = override.indexOf('=');
      if (eq <= 0) {
        problems.add(new ScenarioProblem(at, "", "must be key.path=value, like callers.patience.mean=12m"));
        continue;
      }
      String path = override.substring(0, eq).trim();
      YamlNode value = YamlTreeReader.parseValue(override.substring(eq + 1), at, path, problems);
      if (value != null) {
        set(root, path, value, at, problems);
      }
    }
  }

  /**
   * Applies options that stand for one scenario key ({@code --seed 7}), each named in messages as
   * typed. An empty value is refused rather than taken to remove the key as with {@code --set}:
   * an option given with nothing is a mistake, not a request for the default.
   */
  static void applyOptions(MapNode root, List<OptionOverride> options, List<ScenarioProblem> problems) {
    for (OptionOverride option : options) {
      Location at = new Location(option.option() + " " + shorten(option.value()), 0);
      if (option.value().isBlank()) {
        problems.add(new ScenarioProblem(at, option.keyPath(), "needs a value"));
        continue;
      }
      YamlNode value = YamlTreeReader.parseValue(option.value(), at, option.keyPath(), problems);
      if (value != null) {
        set(root, option.keyPath(), value, at, problems);
      }
    }
  }

  private static void set(MapNode root, String path, YamlNode value, Location at, List<ScenarioProblem> problems) {
    String[] parts = path.split("\\.", -1);
    YamlNode current = root;
    StringBuilder walked = new StringBuilder();
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
      String indexes = part.substring(name.length());
      if (name.isEmpty() || !indexes.matches("(\\[[0-9]+\\])*")) {
        problems.add(new ScenarioProblem(at, path, "is not a key path: " + quoteOrEmpty(part)
            + " is not a key name; use names joined by dots, with [i] for list items (like staff.groups[0].name)"));
        return;
      }
      if (!(current instanceof MapNode map)) {
        problems.add(new ScenarioProblem(at, path, walked + " is " + describe(current) + ", not a section, so it has no key '"
            + name + "' to set"));
        return;
      }
      walked.append(walked.length() == 0 ? "" : ".").append(name);
      boolean last = p == parts.length - 1 && indexes.isEmpty();
      if (last) {
        map.entries().put(name, value);
        return;
      }
      YamlNode next = map.get(name);
      if (next == null) {
        if (!indexes.isEmpty()) {
          problems.add(new ScenarioProblem(at, path, walked + " is not in the scenario, so it has no items"));
          return;
        }
        next = new MapNode(at);
        map.entries().put(name, next);
      }
      current = next;
      String rest = indexes;
      while (!rest.isEmpty()) {
        int close = rest.indexOf(']');
        String digits = rest.substring(1, close);
        rest = rest.substring(close + 1);
        if (!(current instanceof ListNode list)) {
          problems.add(new ScenarioProblem(at, path, walked + " is " + describe(current) + ", not a list, so it has no item ["
              + digits + "]"));
          return;
        }
        // More digits than an int holds is past the end of any list a scenario can have.
        int index = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        int size = list.items().size();
        if (index >= size) {
          problems.add(new ScenarioProblem(at, path, walked + "[" + digits + "] does not exist: the list has " + size
              + (size == 1 ? " item, [0]" : size == 0 ? " items" : " items, [0] to [" + (size - 1) + "]")));
          return;
        }
        walked.append('[').append(index).append(']');
        if (rest.isEmpty() && p == parts.length - 1) {
          list.items().set(index, value);
          return;
        }
        current = list.items().get(index);
      }
    }
  }

  /** The override (or an option's value) as typed, or its start and its length when it is too long to repeat in a message. */
  public static String shorten(String override) {
    return override.length() <= SHOWN_CHARS ? override
        : override.substring(0, SHOWN_CHARS / 2) + "... (" + override.length() + " characters)";
  }

  private static String describe(YamlNode node) {
    if (node instanceof Scalar s) {
      return s.isNull() ? "empty" : "a value (" + s.text() + ")";
    }
    return node instanceof ListNode ? "a list" : "a section";
  }

  private static String quoteOrEmpty(String part) {
    return part.isEmpty() ? "an empty part" : "\"" + part + "\"";
  }
}
