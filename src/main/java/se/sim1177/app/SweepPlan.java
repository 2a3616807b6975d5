package se.sim1177.app;

import java.util.ArrayList;
import java.util.List;

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

  /** Reads the {@code --vary} options; refuses malformed ones with a message naming the option. */
  public static SweepPlan parse(List<String> varies) throws UsageException {
    if (varies.isEmpty()) {
      throw new UsageException("sweep needs at least one --vary key=value1,value2,...");
    }
    List<String> keys = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    long combinations = 1;
    for (String vary : varies) {
      int eq = vary.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--vary " + vary + ": must be key.path=value1,value2,..., like --vary chat.adoption=0,0.1,0.2");
      }
      String key = vary.substring(0, eq).trim();
      if (keys.contains(key)) {
        throw new UsageException("--vary " + vary + ": " + key + " is already varied; give all its values in one --vary");
      }
      List<String> list = splitTopLevel(vary.substring(eq + 1));
      if (list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
        throw new UsageException("--vary " + vary + ": every value must be non-empty");
      }
      keys.add(key);
      values.add(list);
      combinations *= list.size();
      if (combinations > MAX_VARIANTS) {
        throw new UsageException("--vary: " + combinations + "+ combinations; a sweep may have at most " + MAX_VARIANTS);
      }
    }
    return new SweepPlan(keys, values);
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
