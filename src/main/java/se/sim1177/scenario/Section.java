package se.sim1177.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import se.sim1177.scenario.YamlNode.ListNode;
import se.sim1177.scenario.YamlNode.Location;
import se.sim1177.scenario.YamlNode.MapNode;
import se.sim1177.scenario.YamlNode.Scalar;

/**
 * One mapping of a scenario file being read: typed accessors that record a located problem for
 * every missing or malformed value (and return a harmless default so reading can go on and find
 * the next problem), and a final check for keys nobody asked for.
 */
final class Section {
  private final MapNode node;
  private final String path;
  private final List<ScenarioProblem> problems;
  private final Location at;
  private final Set<String> known = new LinkedHashSet<>();

  Section(MapNode node, String path, List<ScenarioProblem> problems) {
    this(node, path, problems, node.location());
  }

  /** A section whose problems as a whole are reported {@code at} (the line of the key that opens it). */
  private Section(MapNode node, String path, List<ScenarioProblem> problems, Location at) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.at = at;
  }

  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  boolean has(String key) {
    known.add(key);
    YamlNode v = node.get(key);
    return v != null && !(v instanceof Scalar s && s.isNull());
  }

  /** Declares keys this section allows without reading them here. */
  void allow(String... keys) {
    known.addAll(List.of(keys));
  }

  /** Number of problems so far; compare before and after reading to see whether a part was clean. */
  int problemCount() {
    return problems.size();
  }

  void problem(String key, String message) {
    problems.add(new ScenarioProblem(key == null ? at : where(key), key == null ? path : pathOf(key), message));
  }

  /** Whether {@code key}'s value was given on the command line ({@code --set} or {@code --vary}), not in the file. */
  boolean fromCommandLine(String key) {
    YamlNode value = node.get(key);
    return value != null && value.location().source().startsWith("--");
  }

  /**
   * Where a problem with {@code key} is reported: the line of the key, unless its value came from
   * elsewhere (a {@code --set} override replacing the file's value), then where the value came from.
   */
  private Location where(String key) {
    YamlNode value = node.get(key);
    Location keyAt = node.keyLocation(key);
    if (keyAt != null && (value == null || value.location().source().equals(keyAt.source()))) {
      return keyAt;
    }
    return value != null ? value.location() : at;
  }

  private Scalar scalar(String key, String expected) {
    YamlNode v = node.get(key);
    known.add(key);
    if (v == null || (v instanceof Scalar s && s.isNull())) {
      return null;
    }
    if (v instanceof Scalar s) {
      return s;
    }
    problem(key, "must be " + expected + ", not a " + (v instanceof ListNode ? "list" : "section"));
    return null;
  }

  void requireKey(String key, String expected) {
    if (has(key)) {
      return;
    }
    if (node.get(key) != null) {
      // Written but empty (key: with nothing after it, ~, or --set key=): blame that line or option.
      problem(key, "is empty, but it is required (" + expected + ")");
    } else {
      problem(null, "missing required key '" + key + "' (" + expected + ")");
    }
  }

  /** True when {@code key} is written with nothing after it ({@code key:}, {@code ~} or {@code null}). */
  boolean writtenEmpty(String key) {
    return node.get(key) instanceof Scalar s && s.isNull();
  }

  /** A finite number, {@code fallback} when absent. */
  double number(String key, double fallback) {
    Scalar s = scalar(key, "a number");
    if (s == null) {
      return fallback;
    }
    double v = parseNumber(s.text());
    if (Double.isNaN(v)) {
      problem(key, quote(s.text()) + " is not a number");
      return fallback;
    }
    return v;
  }

  double requiredNumber(String key) {
    requireKey(key, "a number");
    return number(key, 0);
  }

  /** A whole number, {@code fallback} when absent. */
  long integer(String key, long fallback) {
    Scalar s = scalar(key, "a whole number");
    if (s == null) {
      return fallback;
    }
    try {
      return Long.parseLong(s.text().trim().replace("_", ""));
    } catch (NumberFormatException e) {
      problem(key, quote(s.text()) + " is not a whole number");
      return fallback;
    }
  }

  int smallInteger(String key, int fallback) {
    long v = integer(key, fallback);
    if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
      problem(key, v + " is too large");
      return fallback;
    }
    return (int) v;
  }

  /** A duration in seconds, {@code fallback} when absent. */
  double duration(String key, double fallback) {
    Scalar s = scalar(key, Durations.ALLOWED);
    if (s == null) {
      return fallback;
    }
    double v = Durations.parseSeconds(s.text());
    if (Double.isNaN(v)) {
      String hint = Double.isNaN(parseNumber(s.text())) ? "" : " (the unit is missing)";
      problem(key, quote(s.text()) + " is not a duration" + hint + "; write " + Durations.ALLOWED);
      return fallback;
    }
    return v;
  }

  double requiredDuration(String key) {
    requireKey(key, Durations.ALLOWED);
    return duration(key, 1);
  }

  String text(String key, String fallback) {
    Scalar s = scalar(key, "a text value");
    return s == null ? fallback : s.text();
  }

  /** A time of day in minutes, {@code fallback} when absent. */
  int timeOfDay(String key, int fallback) {
    Scalar s = scalar(key, "a time of day " + TimeOfDay.ALLOWED);
    if (s == null) {
      return fallback;
    }
    int minutes = TimeOfDay.parseMinutes(s.text());
    if (minutes < 0) {
      problem(key, quote(s.text()) + " is not a time of day (" + TimeOfDay.ALLOWED + ")");
      return fallback;
    }
    return minutes;
  }

  /** A value from a fixed vocabulary, with a did-you-mean when it is close to one. */
  String choice(String key, String fallback, List<String> allowed) {
    Scalar s = scalar(key, "one of " + String.join(", ", allowed));
    if (s == null) {
      return fallback;
    }
    String v = s.text().trim().toLowerCase(Locale.ROOT);
    if (allowed.contains(v)) {
      return v;
    }
    problem(key, quote(s.text()) + " is not allowed" + didYouMean(v, allowed) + "; use one of " + String.join(", ", allowed));
    return fallback;
  }

  /** A list of words ({@code [phone, chat]}) or a single word, or an empty list when absent. */
  List<String> words(String key) {
    known.add(key);
    YamlNode v = node.get(key);
    List<String> out = new ArrayList<>();
    if (v == null || (v instanceof Scalar s && s.isNull())) {
      return out;
    }
    if (v instanceof Scalar s) {
      out.add(s.text());
    } else if (v instanceof ListNode l) {
      for (int i = 0; i < l.items().size(); i++) {
        if (l.items().get(i) instanceof Scalar s && !s.isNull()) {
          out.add(s.text());
        } else {
          problems.add(new ScenarioProblem(l.items().get(i).location(), pathOf(key) + "[" + i + "]", "must be a single word"));
        }
      }
    } else {
      problem(key, "must be a word or a list of words in brackets");
    }
    return out;
  }

  /** A list of numbers, or null when absent. */
  List<Double> numbers(String key) {
    return list(key, "a list of numbers", (text) -> parseNumber(text), "is not a number");
  }

  /** A list of durations in seconds, or null when absent. */
  List<Double> durations(String key) {
    return list(key, "a list of durations", Durations::parseSeconds, "is not a duration; write " + Durations.ALLOWED);
  }

  private List<Double> list(String key, String expected, java.util.function.ToDoubleFunction<String> parse, String complaint) {
    known.add(key);
    YamlNode v = node.get(key);
    if (v == null || (v instanceof Scalar s && s.isNull())) {
      return null;
    }
    if (!(v instanceof ListNode l)) {
      problem(key, "must be " + expected + " in brackets, like [1, 2, 3]");
      return null;
    }
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      YamlNode item = l.items().get(i);
      double d = item instanceof Scalar s && !s.isNull() ? parse.applyAsDouble(s.text()) : Double.NaN;
      if (Double.isNaN(d)) {
        String shown = item instanceof Scalar s ? quote(s.text()) : "a nested list or section";
        problems.add(new ScenarioProblem(item.location(), pathOf(key) + "[" + i + "]", shown + " " + complaint));
        d = 0;
      }
      out.add(d);
    }
    return out;
  }

  /** A nested section, or null when absent (or not a section, which is reported). */
  Section section(String key) {
    known.add(key);
    YamlNode v = node.get(key);
    if (v == null || (v instanceof Scalar s && s.isNull())) {
      return null;
    }
    if (v instanceof MapNode m) {
      return new Section(m, pathOf(key), problems, where(key));
    }
    problem(key, "must be a section of keys (key: value lines, or {key: value, ...})");
    return null;
  }

  Section requiredSection(String key, String expected) {
    requireKey(key, expected);
    return section(key);
  }

  /** Whether {@code key} holds a nested section (rather than a value or a list). */
  boolean holdsSection(String key) {
    known.add(key);
    return node.get(key) instanceof MapNode;
  }

  /** The keys written in this section, in file order, each then counted as known. */
  List<String> writtenKeys() {
    List<String> keys = new ArrayList<>(node.entries().keySet());
    known.addAll(keys);
    return keys;
  }

  /** A list of sections, or null when absent (or malformed, which is reported). */
  List<Section> sections(String key) {
    known.add(key);
    YamlNode v = node.get(key);
    if (v == null || (v instanceof Scalar s && s.isNull())) {
      return null;
    }
    if (!(v instanceof ListNode l)) {
      problem(key, "must be a list of sections (lines starting with '- ')");
      return null;
    }
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      YamlNode item = l.items().get(i);
      String itemPath = pathOf(key) + "[" + i + "]";
      if (item instanceof MapNode m) {
        out.add(new Section(m, itemPath, problems));
      } else {
        problems.add(new ScenarioProblem(item.location(), itemPath, "must be a section of keys, like {name: ..., ...}"));
      }
    }
    return out;
  }

  /** Reports every key present but never asked for, with a did-you-mean. */
  void rejectUnknownKeys() {
    for (String key : node.entries().keySet()) {
      if (!known.contains(key)) {
        problem(key, "unknown key" + didYouMean(key, known) + "; allowed here: " + String.join(", ", known));
      }
    }
  }

  /**
   * Builds a record, turning the range problems its constructor reports into located problems.
   * Returns null when the constructor refused.
   */
  <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidFieldsException e) {
      for (FieldProblem p : e.problems()) {
        String written = shown(p.key());
        problems.add(new ScenarioProblem(locate(p.key()).location(), pathOf(p.key()),
            (written == null ? p.value() : written) + " " + p.complaint()));
      }
      return null;
    }
  }

  /**
   * The value at a relative key path as the user wrote it ({@code "10m"} quoted, a plain number as
   * is), or null when nothing single was written there; so messages never show a duration in seconds.
   */
  String shown(String relativePath) {
    return exact(relativePath) instanceof Scalar s && !s.isNull() ? show(s.text()) : null;
  }

  /** How messages show a value as written: numbers as they are, anything else in quotes. */
  static String show(String text) {
    return Double.isNaN(parseNumber(text)) ? quote(text) : text.trim();
  }

  /** The node a relative key path leads to as written, or null when some step of it is missing. */
  YamlNode written(String relativePath) {
    return exact(relativePath);
  }

  /** The node a relative key path leads to, or null when some step of it is missing. */
  private YamlNode exact(String relativePath) {
    return walk(relativePath, false);
  }

  /** The node a relative key path ({@code a.b[2].c}) leads to, or the nearest existing ancestor. */
  YamlNode locate(String relativePath) {
    return walk(relativePath, true);
  }

  private YamlNode walk(String relativePath, boolean nearest) {
    YamlNode current = node;
    for (String part : relativePath.split("\\.")) {
      String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
      if (!(current instanceof MapNode m) || m.get(name) == null) {
        return nearest ? current : null;
      }
      current = m.get(name);
      String rest = part.substring(name.length());
      while (rest.startsWith("[")) {
        int close = rest.indexOf(']');
        int index = Integer.parseInt(rest.substring(1, close));
        if (!(current instanceof ListNode l) || index >= l.items().size()) {
          return nearest ? current : null;
        }
        current = l.items().get(index);
        rest = rest.substring(close + 1);
      }
    }
    return current;
  }

  static String quote(String text) {
    return "\"" + text + "\"";
  }

  static double parseNumber(String text) {
    String t = text.trim().replace("_", "");
    if (t.isEmpty() || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
      return Double.NaN;
    }
    double v = Double.parseDouble(t);
    return Double.isFinite(v) ? v : Double.NaN; // 1e999 is not a number a scenario can mean
  }

  static String didYouMean(String word, java.util.Collection<String> candidates) {
    return candidates.stream()
        .filter(c -> editDistance(word.toLowerCase(Locale.ROOT), c) <= Math.max(2, c.length() / 3))
        .min(Comparator.comparingInt(c -> editDistance(word.toLowerCase(Locale.ROOT), c)))
        .map(c -> " (did you mean '" + c + "'?)")
        .orElse("");
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
