package se.sim1177.app;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.scenario.ScenarioText;

/**
 * A scenario's text with {@code --set KEY=VALUE} overrides written into the lines that hold those
 * keys, and the overrides it could not write there (a key the file leaves to its default, one
 * written as a list or a map, or a value that is not a plain number, duration, time or word: a
 * value with spaces, quotes or a colon could change the line's meaning if written in as it is).
 *
 * @param text the scenario's text with every writable override in place
 * @param notWritten the overrides as given that the text does not hold
 */
record WrittenSets(String text, List<String> notWritten) {
  WrittenSets {
    notWritten = List.copyOf(notWritten);
  }

  /** A value written in as it stands: a number, a duration, a time of day, a word. */
  private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[\\p{L}\\p{N}_.+-]+|[0-9]{1,2}:[0-9]{2}");

  static WrittenSets apply(String text, List<String> overrides) {
    String edited = text;
    List<String> notWritten = new ArrayList<>();
    for (String override : overrides) {
      int eq = override.indexOf('=');
      String value = eq <= 0 ? "" : override.substring(eq + 1).strip();
      String next = eq <= 0 || !PLAIN.matcher(value).matches() ? null
          : ScenarioText.replace(edited, override.substring(0, eq).strip(), value);
      if (next == null) {
        notWritten.add(override);
      } else {
        edited = next;
      }
    }
    return new WrittenSets(edited, notWritten);
  }
}
