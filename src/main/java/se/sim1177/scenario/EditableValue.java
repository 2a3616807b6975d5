package se.sim1177.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A value of a scenario that a manager changes on the what-if page ({@code sim1177 serve}): a
 * {@code --set} key the scenario file writes on one line, so that an edit is read by the same
 * reader as {@code run --set} and can be written back into the file ({@link ScenarioText#replace}).
 *
 * @param key the {@code --set} key path ({@code staff.groups[0].shifts[3].nurses})
 * @param section the heading the page shows it under
 * @param label what the page calls it
 * @param written the value as the file writes it
 * @param choices the values allowed, for a field with a fixed set of them; empty otherwise
 */
public record EditableValue(String key, String section, String label, String written, List<String> choices) {
  public static final String STAFF = "Nurses per shift";
  public static final String DEMAND = "Demand and callers";
  public static final String TARGETS = "Targets";

  public EditableValue {
    choices = List.copyOf(choices);
  }

  /**
   * The fields of {@code scenario} as {@code text} writes it: every shift's nurses, each group's
   * workplace and absence, the calls a year, the chat's adoption and how it responds to the phone's
   * answer rate, the callers' patience and redials, and the targets; a value the file does not write on a line of its own is left out.
   */
  public static List<EditableValue> of(Scenario scenario, String text) {
    List<EditableValue> fields = new ArrayList<>();
    List<StaffGroup> groups = scenario.staff();
    for (int g = 0; g < groups.size(); g++) {
      StaffGroup group = groups.get(g);
      String prefix = "staff.groups[" + g + "]";
      List<Shift> shifts = group.shifts();
      for (int s = 0; s < shifts.size(); s++) {
        Shift shift = shifts.get(s);
        ScenarioText.WrittenValue days = ScenarioText.find(text, prefix + ".shifts[" + s + "].days");
        add(fields, text, prefix + ".shifts[" + s + "].nurses", STAFF, group.name() + ": "
            + (days == null ? shift.days().toString() : days.text().strip()) + " "
            + TimeOfDay.format(shift.startMinute()) + "–" + TimeOfDay.format(shift.endMinute()), List.of());
      }
      add(fields, text, prefix + ".workplace", STAFF, group.name() + ": workplace",
          List.of(Workplace.values()).stream().map(Workplace::key).toList());
      add(fields, text, prefix + ".absence", STAFF, group.name() + ": absence (share of rostered nurses away)", List.of());
    }
    add(fields, text, "arrivals.calls_per_year", DEMAND, "Calls a year (first attempts)", List.of());
    add(fields, text, "chat.adoption", DEMAND, "1177 direkt: share of first contacts that start in chat", List.of());
    add(fields, text, "chat.choice.response.at", DEMAND, "1177 direkt's response: at a phone answer rate of", List.of());
    add(fields, text, "chat.choice.response.adoption", DEMAND, "… this share of first contacts start in chat", List.of());
    add(fields, text, "callers.patience.mean", DEMAND, "Callers' mean patience", List.of());
    add(fields, text, "callers.redial.probability", DEMAND, "Share of callers who give up and call again", List.of());
    add(fields, text, "targets.answer_rate", TARGETS, "Answer rate, at least", List.of());
    add(fields, text, "targets.mean_wait", TARGETS, "Mean wait, at most", List.of());
    add(fields, text, "targets.chat_response_within.share", TARGETS, "Chats answered within the chat goal's time, at least",
        List.of());
    return List.copyOf(fields);
  }

  private static void add(List<EditableValue> fields, String text, String key, String section, String label, List<String> choices) {
    ScenarioText.WrittenValue written = ScenarioText.find(text, key);
    if (written != null && ScenarioText.replace(text, key, written.text()) != null) {
      fields.add(new EditableValue(key, section, label, written.text().strip(), choices));
    }
  }
}
