package se.sim1177.model;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;

/** The roster's nurse-shifts as the scenario writes them, in seconds inside the measured days: the tests' own count. */
final class RosteredTime {
  private RosteredTime() {}

  /** Each scheduled nurse-shift of {@code groups}: its seconds inside the measured days, computed from the scenario alone. */
  static double[] nurseShiftSeconds(Scenario s, List<StaffGroup> groups) {
    RunControl run = s.simulation();
    double from = run.warmupDays() * 86400.0;
    double to = run.totalDays() * 86400.0;
    List<Double> out = new ArrayList<>();
    for (StaffGroup g : groups) {
      for (Shift sh : g.shifts()) {
        // From the day before the run: a night shift begun that evening is on duty at the start.
        for (int day = -1; day < run.totalDays(); day++) {
          if (!sh.days().contains(run.weekdayOf(day))) {
            continue;
          }
          double start = day * 86400.0 + sh.startMinute() * 60.0;
          double end = start + sh.lengthMinutes() * 60.0;
          double inside = Math.max(0, Math.min(end, to) - Math.max(start, from));
          for (int nurse = 0; nurse < sh.nurses() && inside > 0; nurse++) {
            out.add(inside);
          }
        }
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
