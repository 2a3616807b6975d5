package se.sim1177.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.scenario.KeyPath;
import se.sim1177.scenario.ScenarioOverrides;

/**
 * The variants of a sweep: every combination of the values given with {@code --vary key=v1,v2,...},
 * the first key varying slowest. Values are YAML, so a value may itself be a list or a section; the
 * commas that separate values are the ones outside brackets and braces.
 */
public record SweepPlan(List<String> keys, List<List<String>> valuesPerKey) {
  /** Most variants a sweep may have. */
  public static final int MAX_VARIANTS = 10_000;

  public SweepPlan {
    keys = List.copyOf(keys);
    valuesPerKey = valuesPerKey.stream().map(List::copyOf).toList();
  }

  /**
   * Reads the {@code --vary} options; refuses malformed ones with a message naming the option:
   * one longer than {@link ScenarioOverrides#MAX_CHARS}, one without values, and two whose keys
   * overlap (the same key written twice, or a section and a key inside it), which would make
   * variants that differ in name only.
   */
  public static SweepPlan parse(List<String> varies) throws UsageException {
    if (varies.isEmpty()) {
      throw new UsageException("sweep needs at least one --vary key=value1,value2,...");
    }
    List<String> keys = new ArrayList<>();
    List<KeyPath> paths = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    long combinations = 1;
    for (String vary : varies) {
      String shown = "--vary " + ScenarioOverrides.shorten(vary);
      if (vary.length() > ScenarioOverrides.MAX_CHARS) {
        throw new UsageException(String.format(Locale.ROOT, "%s: is %d characters long; --vary takes at most %d"
            + " (run a sweep of that many values as several sweeps, or write long values in the scenario file)",
            shown, vary.length(), ScenarioOverrides.MAX_CHARS));
      }
      int eq = vary.indexOf('=');
      if (eq <= 0) {
        throw new UsageException(shown + ": must be key.path=value1,value2,..., like --vary chat.adoption=0,0.1,0.2");
      }
      String key = vary.substring(0, eq).trim();
      KeyPath path = KeyPath.parse(key);
      for (int k = 0; k < keys.size(); k++) {
        String overlap = overlap(key, path, keys.get(k), paths.get(k), varies.get(k));
        if (overlap != null) {
          throw new UsageException(shown + ": " + overlap);
        }
      }
      List<String> list = splitTopLevel(vary.substring(eq + 1));
      if (list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
        throw new UsageException(shown + ": every value must be non-empty");
      }
      keys.add(key);
      paths.add(path);
      values.add(list);
      combinations *= list.size();
      if (combinations > MAX_VARIANTS) {
        throw new UsageException("--vary: " + combinations + "+ combinations; a sweep may have at most " + MAX_VARIANTS);
      }
    }
    return new SweepPlan(keys, values);
  }

  /**
   * Why {@code key} may not be varied beside {@code earlierKey} (given in {@code earlierVary}), or
   * null when they are apart. Every variant sets both, the later over the earlier, so the values of
   * one would be overwritten by the other and variants named differently would be the same.
   */
  private static String overlap(String key, KeyPath path, String earlierKey, KeyPath earlierPath, String earlierVary) {
    if (key.equals(earlierKey)) {
      return key + " is already varied; give all its values in one --vary";
    }
    if (!path.overlaps(earlierPath)) {
      return null;
    }
    String earlier = "--vary " + ScenarioOverrides.shorten(earlierVary);
    if (path.equals(earlierPath)) {
      return key + " is the key " + earlierKey + " written another way, which " + earlier + " already varies; give all its"
          + " values in one --vary";
    }
    boolean inside = path.steps().size() > earlierPath.steps().size();
    String inner = inside ? key : earlierKey;
    String outer = inside ? earlierKey : key;
    return "overlaps " + earlier + ": " + inner + " is inside " + outer + ", so every variant would set " + inner + " twice"
        + " and one value would overwrite the other, making variants that differ in name only; vary " + inner
        + " or " + outer + ", not both";
  }

  /** Every variant as its list of {@code key=value} assignments, in sweep order. */
  public List<List<String>> variants() {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of());
    for (int k = 0; k < keys.size(); k++) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : out) {
        for (String v : valuesPerKey.get(k)) {
          List<String> variant = new ArrayList<>(prefix);
          variant.add(keys.get(k) + "=" + v);
          next.add(variant);
        }
      }
      out = next;
    }
    return out;
  }

  /** The value of key {@code k} in variant {@code variant}. */
  public String valueOf(List<String> variant, int k) {
    String assignment = variant.get(k);
    return assignment.substring(assignment.indexOf('=') + 1);
  }

  static List<String> splitTopLevel(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(text.substring(start, i).trim());
        start = i + 1;
      }
    }
    out.add(text.substring(start).trim());
    return out;
  }
}
