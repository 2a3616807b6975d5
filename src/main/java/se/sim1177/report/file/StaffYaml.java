package se.sim1177.report.file;

import java.util.List;
import java.util.Locale;
import se.sim1177.report.format.ShiftBreaks;
import java.util.stream.Collectors;
import se.sim1177.report.format.RunInfo;
import se.sim1177.scenario.Channel;
import se.sim1177.scenario.DaySet;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.TimeOfDay;
import se.sim1177.scenario.Weekday;

/**
 * A roster as a scenario's {@code staff:} section, every key of every group written out, so it can
 * be pasted into a scenario, and the scenario text with its {@code staff:} section replaced: what
 * {@code roster.yaml} and {@code staffed-scenario.yaml} hold. Group names are written by
 * {@link YamlText#scalar}, so any name reads back as itself.
 */
public final class StaffYaml {
  private StaffYaml() {}

  /** The {@code staff:} section of {@code groups}, as YAML. */
  public static String section(List<StaffGroup> groups) {
    StringBuilder y = new StringBuilder("staff:\n  groups:\n");
    for (StaffGroup g : groups) {
      y.append("    - name: ").append(YamlText.scalar(g.name())).append('\n');
      y.append("      workplace: ").append(g.workplace().key()).append('\n');
      y.append("      handle_time_factor: ").append(number(g.handleTimeFactor())).append('\n');
      y.append("      absence: ").append(number(g.absence())).append('\n');
      y.append("      channels: [")
          .append(g.channels().stream().sorted().map(Channel::key).collect(Collectors.joining(", "))).append("]\n");
      y.append("      priority: ").append(g.longestWaitingFirst() ? StaffGroup.LONGEST_WAITING : g.priority().key()).append('\n');
      if (g.shifts().isEmpty()) {
        y.append("      shifts: []\n");
        continue;
      }
      y.append("      shifts:\n");
      for (Shift s : g.shifts()) {
        y.append(String.format(Locale.ROOT, "        - {days: %s, start: \"%s\", end: \"%s\", nurses: %d%s}%n", days(s.days()),
            TimeOfDay.format(s.startMinute()), TimeOfDay.format(s.endMinute()), s.nurses(), ShiftBreaks.yaml(s)));
      }
    }
    return y.toString();
  }

  /**
   * {@code roster.yaml}: the {@code staff:} section of {@code groups} headed by a comment saying how
   * it was chosen ({@code chosenBy}, e.g. "erlang-a, scope period") and for which scenario.
   */
  public static String rosterFile(String chosenBy, String scenarioName, List<StaffGroup> groups) {
    return YamlText.comment("The roster sim1177 staff chose (" + chosenBy + ") for " + scenarioName
        + ": paste it over the scenario's staff section.") + section(groups);
  }

  /**
   * {@code staffed-scenario.yaml}: the scenario as read with its {@code staff:} section replaced by
   * {@code groups}, headed by comments naming its source, how the roster was chosen and the
   * {@code --set} overrides the search applied.
   */
  public static String staffedScenario(RunInfo info, String chosenBy, List<StaffGroup> groups) {
    StringBuilder head = new StringBuilder();
    head.append(YamlText.comment(info.scenarioSource() + " with the roster sim1177 staff chose (" + chosenBy + "), sim1177 "
        + info.version() + "."));
    if (!info.overrides().isEmpty()) {
      head.append(YamlText.comment("The search applied these overrides on top of the text below; apply them again when you run it:"));
      for (String s : info.overrides()) {
        head.append(YamlText.comment("  --set " + s));
      }
    }
    return ScenarioCopyWriter.headed(head.toString(), replaceStaff(info.scenarioText(), section(groups)));
  }

  /**
   * {@code scenarioText} with its top-level {@code staff:} section (from its key to the next
   * top-level key, comments that lead into that key kept) replaced by {@code staffSection}.
   */
  public static String replaceStaff(String scenarioText, String staffSection) {
    return replaceTopLevel(scenarioText, "staff", staffSection);
  }

  /**
   * {@code scenarioText} with its top-level {@code key:} section (from its key to the next
   * top-level key, comments that lead into that key kept) replaced by {@code section}, or with
   * {@code section} added at the end when it has none.
   */
  public static String replaceTopLevel(String scenarioText, String key, String section) {
    // Lines as the file has them, \r\n or \n: a \r left on a line would hide its "staff:".
    String[] lines = scenarioText.split("\r?\n", -1);
    int start = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].matches(java.util.regex.Pattern.quote(key) + "\\s*:.*")) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      return scenarioText + (scenarioText.endsWith("\n") ? "" : "\n") + section;
    }
    int end = start + 1;
    while (end < lines.length && !isTopLevelKey(lines[end])) {
      end++;
    }
    // Comments and blank lines in column 0 right before the next key belong to that key.
    while (end - 1 > start && (lines[end - 1].isBlank() || lines[end - 1].startsWith("#"))) {
      end--;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < start; i++) {
      out.append(lines[i]).append('\n');
    }
    out.append(section);
    for (int i = end; i < lines.length; i++) {
      out.append(lines[i]);
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Days as runs ({@code mon-thu}), comma-separated runs quoted: a bare comma would end the YAML flow mapping's entry. */
  public static String days(DaySet days) {
    if (days.equals(DaySet.ALL)) {
      return "all";
    }
    List<String> runs = new java.util.ArrayList<>();
    Weekday[] all = Weekday.values();
    for (int d = 0; d < 7; d++) {
      if (!days.contains(all[d])) {
        continue;
      }
      int end = d;
      while (end + 1 < 7 && days.contains(all[end + 1])) {
        end++;
      }
      runs.add(end == d ? all[d].key() : end == d + 1 ? all[d].key() + "," + all[end].key() : all[d].key() + "-" + all[end].key());
      d = end;
    }
    String text = String.join(",", runs);
    return text.contains(",") ? "\"" + text + "\"" : text;
  }

  private static boolean isTopLevelKey(String line) {
    return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#' && line.charAt(0) != '-';
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%.1f", v) : Double.toString(v);
  }
}
