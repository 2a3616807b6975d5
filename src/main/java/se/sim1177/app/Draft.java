package se.sim1177.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.sim1177.report.file.StaffYaml;
import se.sim1177.scenario.DaySet;
import se.sim1177.scenario.EditableValue;
import se.sim1177.scenario.FieldProblem;
import se.sim1177.scenario.InvalidFieldsException;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioProblem;
import se.sim1177.scenario.ScenarioText;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.TimeOfDay;
import se.sim1177.scenario.YamlNode;

/**
 * The scenario text a what-if page edits: the file as written, or with its roster changed on the
 * page (a shift added or removed, a suggested roster), the {@code staff:} section written out anew
 * with one shift a line. Its values ({@link EditableValue}) are what the page's fields change, as
 * {@code --set} overrides of this text.
 *
 * @param source the text and the name its messages use
 * @param scenario the text as read
 * @param rosterChanged whether the roster differs from the file's (then only a saved file reproduces it)
 */
public record Draft(ScenarioSource source, Scenario scenario, List<EditableValue> fields, boolean rosterChanged) {
  /** The longest value an edit may hold: far more than any number, duration or name on the page needs. */
  public static final int MAX_VALUE_LENGTH = 200;

  public Draft {
    fields = List.copyOf(fields);
  }

  /** The draft of {@code source} as it is. */
  static Draft of(ScenarioSource source, Scenario scenario, boolean rosterChanged) {
    return new Draft(source, scenario, EditableValue.of(scenario, source.text()), rosterChanged);
  }

  private Map<String, EditableValue> byKey() {
    Map<String, EditableValue> m = new LinkedHashMap<>();
    fields.forEach(f -> m.put(f.key(), f));
    return m;
  }

  /** The problems with {@code edits} that no run can fix: a key the page does not offer, a value too long or with a line break. */
  public List<String> refusals(Map<String, String> edits) {
    Map<String, EditableValue> known = byKey();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : edits.entrySet()) {
      if (!known.containsKey(e.getKey())) {
        problems.add(e.getKey() + ": not a value this page edits (it edits " + fields.size() + " values of the scenario)");
      } else if (e.getValue().length() > MAX_VALUE_LENGTH) {
        problems.add(e.getKey() + ": the value is longer than " + MAX_VALUE_LENGTH + " characters");
      } else if (e.getValue().chars().anyMatch(Character::isISOControl)) {
        problems.add(e.getKey() + ": the value holds a line break or another control character");
      } else if (e.getValue().isBlank()) {
        // An empty --set value removes the key (its default applies): never what an emptied field means.
        problems.add(e.getKey() + ": needs a value (it is " + known.get(e.getKey()).written() + " in the scenario)");
      }
    }
    return problems;
  }

  /**
   * The {@code --set} overrides that {@code edits} make: one per field whose value differs from the
   * text's, in the order of the fields, so that the same edits always make the same overrides.
   */
  public List<String> overrides(Map<String, String> edits) {
    List<String> overrides = new ArrayList<>();
    for (EditableValue f : fields) {
      String value = edits.get(f.key());
      if (value == null) {
        continue;
      }
      String typed = asWrittenShare(f.written(), value.strip());
      if (!typed.equals(f.written())) {
        overrides.add(f.key() + "=" + typed);
      }
    }
    return overrides;
  }

  private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*%");

  /**
   * {@code typed} in the file's way of writing a share when the file writes one (0.85) and the page
   * was given a percentage (85 %, as the page shows shares): 0.85. Anything else as typed, for the
   * reader to accept or refuse.
   */
  static String asWrittenShare(String written, String typed) {
    java.util.regex.Matcher m = PERCENT.matcher(typed);
    if (!m.matches() || !written.matches("[0-9]*\\.[0-9]+")) {
      return typed;
    }
    double share = Double.parseDouble(written);
    if (share < 0 || share > 1) {
      return typed;
    }
    return new java.math.BigDecimal(m.group(1)).movePointLeft(2).stripTrailingZeros().toPlainString();
  }

  /** The scenario with {@code overrides}: refused with located problems, as {@code run --set} refuses them. */
  public Scenario edited(List<String> overrides) throws ScenarioException {
    return overrides.isEmpty() ? scenario : source.read(overrides);
  }

  /** The text with {@code overrides} written in on their lines; null when one cannot be. */
  public String textWith(List<String> overrides) {
    String text = source.text();
    for (String o : overrides) {
      int eq = o.indexOf('=');
      text = text == null ? null : ScenarioText.replace(text, o.substring(0, eq), o.substring(eq + 1));
    }
    return text;
  }

  /** The value {@code key} has in the text, as written. */
  String written(String key) {
    EditableValue f = byKey().get(key);
    return f == null ? "" : f.written();
  }

  /**
   * This draft with its roster replaced by {@code groups} (which hold the staff values changed so
   * far: they become the new roster's own). The other values stay as they are written, so that the
   * page keeps showing them as changed ({@link #notStaff}).
   */
  Draft withRoster(List<StaffGroup> groups) throws ScenarioException {
    String staffed = StaffYaml.replaceStaff(source.text(), StaffYaml.section(groups));
    ScenarioSource edited = new ScenarioSource(source.name(), staffed, source.defaultScenarioName());
    return of(edited, edited.read(List.of()), true);
  }

  /**
   * This draft with {@code overrides} and a shift added to group {@code group}: its days, start, end
   * and nurses as typed, each checked as the scenario reader checks it. A problem names the field:
   * {@code days}, {@code start}, {@code end} or {@code nurses}.
   */
  public Draft withShiftAdded(List<String> overrides, int group, String days, String start, String end, String nurses)
      throws ScenarioException {
    Scenario s = edited(overrides);
    if (group < 0 || group >= s.staff().size()) {
      throw problem("", "no staff group " + group);
    }
    List<ScenarioProblem> problems = new ArrayList<>();
    DaySet daySet = DaySet.parse(days);
    if (daySet == null) {
      problems.add(fieldProblem("days", days, "must be " + DaySet.ALLOWED));
    }
    int from = TimeOfDay.parseMinutes(start.strip());
    if (from < 0 || from >= 1440) {
      problems.add(fieldProblem("start", start, "must be a time of day from 00:00 to 23:59"));
    }
    int to = TimeOfDay.parseMinutes(end.strip());
    if (to < 0) {
      problems.add(fieldProblem("end", end, "must be a time of day " + TimeOfDay.ALLOWED));
    }
    int count = wholeNumber(nurses.strip());
    if (count < 1 || count > 100_000) {
      problems.add(fieldProblem("nurses", nurses, "must be a whole number from 1 to 100000"));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    Shift shift;
    try {
      shift = new Shift(daySet, from, to, count);
    } catch (InvalidFieldsException e) {
      for (FieldProblem p : e.problems()) {
        problems.add(fieldProblem(p.key(), p.value() == null ? "" : p.value(), p.complaint()));
      }
      throw new ScenarioException(problems);
    }
    List<StaffGroup> groups = new ArrayList<>(s.staff());
    StaffGroup g = groups.get(group);
    List<Shift> shifts = new ArrayList<>(g.shifts());
    shifts.add(shift);
    groups.set(group, withShifts(g, shifts));
    return withRoster(groups);
  }

  /** How far, in minutes, a shift of today's may start earlier or later in a suggested roster. */
  static final int TODAYS_SHIFTS_MOVE = 60;

  /**
   * This draft with a {@code staffing:} section that offers the search today's shifts: each shift's
   * group, days and length as a template, starting when it starts today or up to
   * {@value #TODAYS_SHIFTS_MOVE} minutes earlier or later on the half hour (which closes a gap
   * today's roster leaves), with the nurses free. For a scenario without a
   * section of its own, so that "Suggest a roster" answers how many nurses each of today's shifts
   * needs. Null when the draft has a section of its own.
   */
  Draft withTodaysShiftsAsTemplates() throws ScenarioException {
    if (scenario.staffing() != null) {
      return null;
    }
    StringBuilder y = new StringBuilder("staffing:\n  method: simulation\n  scope: period\n  confidence: 0.9\n  templates:\n");
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (StaffGroup g : scenario.staff()) {
      for (Shift sh : g.shifts()) {
        int length = Math.floorMod(sh.endMinute() - sh.startMinute(), 1440);
        List<String> starts = new ArrayList<>();
        for (int shiftBy = -TODAYS_SHIFTS_MOVE; shiftBy <= TODAYS_SHIFTS_MOVE; shiftBy += 30) {
          starts.add("\"" + TimeOfDay.format(Math.floorMod(sh.startMinute() + shiftBy, 1440)) + "\"");
        }
        seen.add(String.format(java.util.Locale.ROOT, "    - {group: %s, days: %s, starts: [%s], lengths: [%s]}%n",
            se.sim1177.report.file.YamlText.scalar(g.name()), StaffYaml.days(sh.days()), String.join(", ", starts),
            se.sim1177.scenario.Durations.format(60.0 * (length == 0 ? 1440 : length))));
      }
    }
    String text = StaffYaml.replaceTopLevel(source.text(), "staffing", y + String.join("", seen));
    ScenarioSource withSection = new ScenarioSource(source.name(), text, source.defaultScenarioName());
    return of(withSection, withSection.read(List.of()), rosterChanged);
  }

  /** The overrides of values outside the roster: they stay overrides when the roster changes. */
  public static List<String> notStaff(List<String> overrides) {
    return overrides.stream().filter(o -> !o.startsWith("staff.")).toList();
  }

  /** This draft with {@code overrides} and shift {@code shift} of group {@code group} taken out. */
  public Draft withShiftRemoved(List<String> overrides, int group, int shift) throws ScenarioException {
    Scenario s = edited(overrides);
    if (group < 0 || group >= s.staff().size() || shift < 0 || shift >= s.staff().get(group).shifts().size()) {
      throw problem("", "no shift " + shift + " in staff group " + group);
    }
    List<StaffGroup> groups = new ArrayList<>(s.staff());
    StaffGroup g = groups.get(group);
    List<Shift> shifts = new ArrayList<>(g.shifts());
    shifts.remove(shift);
    groups.set(group, withShifts(g, shifts));
    return withRoster(groups);
  }

  /** {@code text} as a whole number; 0 when it is not one. */
  private static int wholeNumber(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static StaffGroup withShifts(StaffGroup g, List<Shift> shifts) {
    return new StaffGroup(g.name(), g.workplace(), g.handleTimeFactor(), g.absence(), shifts, g.channels(), g.priority(),
        g.longestWaitingFirst());
  }

  private static ScenarioProblem fieldProblem(String key, String value, String complaint) {
    return new ScenarioProblem(new YamlNode.Location("new shift", 0), key, "\"" + value + "\" " + complaint);
  }

  private ScenarioException problem(String key, String message) {
    return new ScenarioException(List.of(new ScenarioProblem(new YamlNode.Location(source.name(), 0), key, message)));
  }
}
