package se.sim1177.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.sim1177.roster.RosterSolution;
import se.sim1177.roster.SolverSettings;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.scenario.Weekday;

/**
 * Consecutive weekdays with the same demand get the same shifts unless the cost says otherwise
 * (issue 21): a tie-break inside the roster program, among the cheapest rosters, not a smoothing
 * afterwards. On a flat week (the same requirement every weekday, another at the weekend) with
 * day shifts of one rate, each day's cheapest cover is one of many of the same cost. Without the
 * tie-break both engines returned weekdays that differed at the same cost: SCIP one nurse on
 * Monday's 07:00 6-hour shift and two on Tuesday's, CP-SAT the same on the 07:00 4-hour shift.
 */
class SameShiftNextDayTest {
  /** Nurses on duty needed per hour from 07:00 on a weekday, and at the weekend. */
  private static final double[] WEEKDAY = {1, 2, 3, 3, 3, 4, 3, 3, 2, 2, 1};
  private static final double[] WEEKEND = {1, 1, 2, 2, 2, 2, 2, 1, 1, 1, 1};
  private static final int FIRST_HOUR = 7;

  private static StaffingProblem flatWeek(SolverSettings.Engine engine) throws Exception {
    String text = String.join("\n",
        "name: flat week",
        "arrivals: {calls_per_day: 500}",
        "callers: {patience: {distribution: exponential, mean: 10m}}",
        "handling: {talk_time: {distribution: exponential, mean: 8m}, after_call_work: {distribution: fixed, value: 2m}}",
        "staff:",
        "  groups:",
        "    - {name: day, absence: 0.12, handle_time_factor: 1.2, shifts: [{days: all, start: \"08:00\", end: \"16:00\", nurses: 3}]}",
        "targets: {answer_rate: 0.85}",
        "staffing:",
        "  templates:",
        "    - {group: day, days: all, starts: {from: \"07:00\", to: \"11:00\", every: 1h}, lengths: [4h, 6h, 8h]}",
        "");
    Scenario s = ScenarioReader.parse(text, "flat.yaml", "flat", List.of());
    return new StaffingProblem(s, SolverSettings.DEFAULT.withEngine(engine));
  }

  private static double[] requirement() {
    double[] requirement = new double[7 * 24];
    for (int day = 0; day < 7; day++) {
      double[] shape = day < 5 ? WEEKDAY : WEEKEND;
      for (int h = 0; h < shape.length; h++) {
        requirement[day * 24 + FIRST_HOUR + h] = shape[h];
      }
    }
    return requirement;
  }

  @Test
  void aFlatWeekGetsTheSameShiftsOnConsecutiveWeekdays() throws Exception {
    for (SolverSettings.Engine engine : SolverSettings.Engine.values()) {
      StaffingProblem p = flatWeek(engine);
      RosterSolution solution = p.solve(requirement());
      assertTrue(solution.optimal(), engine + ": " + solution);
      Map<String, Integer> counts = new HashMap<>();
      int scheduled = 0;
      for (int c = 0; c < p.candidates().size(); c++) {
        Candidate candidate = p.candidates().get(c);
        counts.put(candidate.day() + " " + candidate.startMinute() + " " + candidate.lengthMinutes(), solution.count(c));
        scheduled += solution.count(c);
      }
      assertTrue(scheduled > 0, engine + ": a roster with nurses");
      for (Candidate candidate : p.candidates()) {
        Weekday day = candidate.day();
        if (day == Weekday.FRI || day == Weekday.SUN) {
          continue;
        }
        String shift = " " + candidate.startMinute() + " " + candidate.lengthMinutes();
        assertEquals(counts.get(day + shift), counts.get(day.plusDays(1) + shift),
            engine + ": nurses on the shift starting at minute " + candidate.startMinute() + " for "
                + candidate.lengthMinutes() + " min on " + day + " and on the next day");
      }
    }
  }
}
