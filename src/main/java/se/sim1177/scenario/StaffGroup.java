package se.sim1177.scenario;

import java.util.List;

/**
 * Nurses who share a workplace and work patterns.
 *
 * @param handleTimeFactor multiplies talk time for this group's nurses (after-call work is not scaled)
 * @param absence probability that a scheduled nurse-shift is lost (sick leave and the like), drawn
 *     independently for each nurse and day
 */
public record StaffGroup(String name, Workplace workplace, double handleTimeFactor, double absence, List<Shift> shifts) {
  public StaffGroup {
    shifts = List.copyOf(shifts);
    FieldChecks c = new FieldChecks();
    c.require(name != null && !name.isBlank(), "name", name, "must be a non-empty name");
    c.require(workplace != null, "workplace", workplace, "must be office, satellite or remote");
    c.require(handleTimeFactor >= 0.1 && handleTimeFactor <= 10, "handle_time_factor", handleTimeFactor,
        "must be between 0.1 and 10");
    c.require(absence >= 0 && absence < 1, "absence", absence, "must be a probability from 0 up to (not including) 1");
    c.throwIfAny();
  }
}
