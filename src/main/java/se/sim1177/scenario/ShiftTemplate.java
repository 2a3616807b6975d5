package se.sim1177.scenario;

import java.util.List;

/**
 * Shifts a roster may use for one staff group: every combination of a weekday in {@code days}, a
 * start in {@code startMinutes} and a length in {@code lengthMinutes}. A shift past midnight covers
 * the next day's first hours, and Sunday's night shift Monday's.
 *
 * @param startMinutes minutes after midnight, each from 00:00 to 23:59
 * @param lengthMinutes each from 1 minute to under 24 hours (a shift never meets itself)
 */
public record ShiftTemplate(String group, DaySet days, List<Integer> startMinutes, List<Integer> lengthMinutes) {
  public static final int LONGEST_MINUTES = 1439;

  public ShiftTemplate {
    startMinutes = List.copyOf(startMinutes);
    lengthMinutes = List.copyOf(lengthMinutes);
    FieldChecks c = new FieldChecks();
    c.require(group != null && !group.isBlank(), "group", group, "must name a staff group");
    c.require(days != null, "days", null, "must be " + DaySet.ALLOWED);
    c.require(!startMinutes.isEmpty(), "starts", "[]", "must list at least one start time");
    for (int i = 0; i < startMinutes.size(); i++) {
      int s = startMinutes.get(i);
      c.require(s >= 0 && s < 1440, "starts[" + i + "]", TimeOfDay.format(Math.max(0, Math.min(s, 1440))),
          "must be a time of day from 00:00 to 23:59");
    }
    c.require(!lengthMinutes.isEmpty(), "lengths", "[]", "must list at least one shift length, like [8h, 9h]");
    for (int i = 0; i < lengthMinutes.size(); i++) {
      int l = lengthMinutes.get(i);
      c.require(l > 0 && l <= LONGEST_MINUTES, "lengths[" + i + "]", Durations.format(l * 60.0),
          "must be a shift length above 0 and under 24h");
    }
    c.throwIfAny();
  }
}
