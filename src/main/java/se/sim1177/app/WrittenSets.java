package se.sim1177.app;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.scenario.ScenarioText;

/**
 * A scenario's text with {@code --set KEY=VALUE} overrides written into the lines that hold those
 * keys, and the overrides it could not write there (a key the file leaves to its default, or one
 * written as a list or a map).
 *
 * @param text the scenario's text with every writable override in place
 * @param notWritten the overrides as given that the text does not hold
 */
record WrittenSets(String text, List<String> notWritten) {
  WrittenSets {
    notWritten = List.copyOf(notWritten);
  }

  static WrittenSets apply(String text, List<String> overrides) {
    String edited = text;
    List<String> notWritten = new ArrayList<>();
    for (String override : overrides) {
      int eq = override.indexOf('=');
      String next = eq <= 0 ? null : ScenarioText.replace(edited, override.substring(0, eq).strip(), override.substring(eq + 1).strip());
      if (next == null) {
        notWritten.add(override);
      } else {
        edited = next;
      }
    }
    return new WrittenSets(edited, notWritten);
  }
}
