package se.sim1177.report.page;

import se.sim1177.scenario.Scenario;

/**
 * What a scenario is, for the "What was run" section of every {@code report.html}: its key inputs
 * in words ({@link ScenarioInputs}), its comments (where a scenario says what is sourced and what
 * is assumed) and the file itself, every line escaped, comments set apart.
 */
final class ScenarioSection {
  private ScenarioSection() {}

  /**
   * Appends the inputs table, the comments and the file.
   *
   * @param copyName the file beside the report that holds the same text ("scenario.yaml")
   */
  static void describe(Html h, Scenario scenario, String scenarioText, String copyName) {
    h.raw("<h3>Key inputs</h3>\n");
    h.table("inputs", ScenarioInputs.rows(scenario), Html.TEXT_ONLY);
    h.raw("<h3>What is sourced and what is assumed</h3>\n");
    h.element("p", "note", "In the scenario file's own words: its comment lines, in order.");
    String comments = comments(scenarioText);
    h.raw("<blockquote class=\"sources\">").esc(comments.isEmpty() ? "(the scenario file has no comments)" : comments)
        .raw("</blockquote>\n");
    h.raw("<h3>The scenario file</h3>\n");
    h.element("p", "note", "As read (also in " + copyName + " beside this file, headed by the overrides applied).");
    h.raw("<pre class=\"scenario\">");
    for (String line : scenarioText.split("\\r?\\n", -1)) {
      int hash = commentStart(line);
      if (hash >= 0) {
        h.esc(line.substring(0, hash)).raw("<span class=\"comment\">").esc(line.substring(hash)).raw("</span>\n");
      } else {
        h.esc(line).raw("\n");
      }
    }
    h.raw("</pre>\n");
  }

  /** The scenario's comments, in order, without their {@code #}: whole-line ones as they are, trailing ones after their key. */
  static String comments(String scenarioText) {
    StringBuilder b = new StringBuilder();
    boolean inRun = false;
    for (String line : scenarioText.split("\r?\n")) {
      int hash = commentStart(line);
      if (hash < 0) {
        inRun = false;
        continue;
      }
      if (!inRun && b.length() > 0) {
        b.append('\n'); // a blank line between comments that the file's keys separate
      }
      inRun = line.substring(0, hash).isBlank();
      String text = line.substring(hash + 1);
      text = text.startsWith(" ") ? text.substring(1) : text;
      String before = line.substring(0, hash).strip();
      if (!before.isEmpty()) {
        String key = before.contains(":") ? before.substring(0, before.indexOf(':')).replace("- ", "").strip() : before;
        text = key + ": " + text;
      }
      b.append(text.stripTrailing()).append('\n');
    }
    return b.toString().strip();
  }

  /** Where a YAML comment starts on the line ({@code #} at the start or after a blank, outside quotes), or −1. */
  static int commentStart(String line) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '"' && !single) {
        dbl = !dbl;
      } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }
}
