package se.sim1177.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a user describes about one 1177 phone line: demand, callers, queue rules, call
 * handling, the nurse roster and the goals, plus how to run it. Immutable; build the running model
 * from it with {@code se.sim1177.model.CallCentreModel}.
 */
public record Scenario(
    String name,
    RunControl simulation,
    Arrivals arrivals,
    Callers callers,
    QueueLimits queue,
    Handling handling,
    List<StaffGroup> staff,
    Targets targets) {

  public Scenario {
    staff = List.copyOf(staff);
    FieldChecks c = new FieldChecks();
    c.require(name != null && !name.isBlank(), "name", name, "must be a non-empty name");
    c.require(!staff.isEmpty(), "staff.groups", "[]", "must list at least one staff group");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < staff.size(); i++) {
      c.require(names.add(staff.get(i).name()), "staff.groups[" + i + "].name", staff.get(i).name(),
          "is used by an earlier group; group names must be unique");
    }
    c.throwIfAny();
  }

  public Scenario withSimulation(RunControl run) {
    return new Scenario(name, run, arrivals, callers, queue, handling, staff, targets);
  }
}
