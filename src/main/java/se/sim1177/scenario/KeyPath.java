package se.sim1177.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario key path as {@code --set} and {@code --vary} name it ({@code staff.groups[0].shifts[1].nurses}),
 * reduced to the steps it walks: a key name, or a list item by its number with leading zeros
 * dropped. Two paths written differently that walk the same steps ({@code groups[0]} and
 * {@code groups[00]}) are equal, and a path {@link #overlaps} another that walks into it
 * ({@code simulation} and {@code simulation.seed}): setting both sets the inner key twice.
 *
 * <p>It is lenient: a part that is not a key name with {@code [i]} items is kept as written, for
 * {@link ScenarioOverrides} to refuse when the path is applied.
 *
 * @param steps the steps in order: a key name as written, or {@code [i]} with {@code i} in plain digits
 */
public record KeyPath(List<String> steps) {
  private static final Pattern PART = Pattern.compile("([^\\[\\]]+)((?:\\[[0-9]+\\])*)");
  private static final Pattern ITEM = Pattern.compile("\\[([0-9]+)\\]");

  public KeyPath {
    steps = List.copyOf(steps);
  }

  /** The steps of {@code path} as typed (without the {@code =value}). */
  public static KeyPath parse(String path) {
    List<String> steps = new ArrayList<>();
    for (String part : path.split("\\.", -1)) {
      Matcher m = PART.matcher(part);
      if (!m.matches()) {
        steps.add(part);
        continue;
      }
      steps.add(m.group(1));
      Matcher item = ITEM.matcher(m.group(2));
      while (item.find()) {
        String digits = item.group(1).replaceFirst("^0+(?=.)", "");
        steps.add("[" + digits + "]");
      }
    }
    return new KeyPath(steps);
  }

  /** Whether this path and {@code other} are the same key, or one is a section or list that holds the other. */
  public boolean overlaps(KeyPath other) {
    int n = Math.min(steps.size(), other.steps.size());
    return steps.subList(0, n).equals(other.steps.subList(0, n));
  }
}
