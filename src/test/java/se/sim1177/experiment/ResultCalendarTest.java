package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.scenario.Weekday;

/**
 * The calendar a result carries agrees with the model it ran on, day by day: the writers lay out
 * {@code daily.csv}, {@code intervals.csv} and the charts by it instead of asking the model.
 */
class ResultCalendarTest {
  private static final int[] MEASURED_DAYS = {1, 2, 6, 7, 8, 13, 14, 15, 28, 30, 365};
  private static final int[] WARMUP_DAYS = {0, 1, 3, 6, 7, 10};

  @Test
  void agreesWithTheModelOnEveryDayAndWeekday() throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios/02-varmland-2019.yaml"), List.of());
    RunControl r = s.simulation();
    for (Weekday start : Weekday.values()) {
      for (int days : MEASURED_DAYS) {
        for (int warmup : WARMUP_DAYS) {
          CallCentreModel model = new CallCentreModel(s.withSimulation(new RunControl(days, warmup, start, 2, r.seed())));
          ResultCalendar calendar = ResultCalendar.of(model);
          String where = days + " days after " + warmup + " warm-up days from " + start.key();
          assertEquals(model.intervalsPerDay(), calendar.intervalsPerDay(), where + ": intervals per day");
          assertEquals(model.measuredDays(), calendar.measuredDays(), where + ": measured days");
          int[] expected = new int[7];
          for (int d = 0; d < days; d++) {
            assertEquals(model.weekdayOfMeasuredDay(d), calendar.weekdayOfMeasuredDay(d).ordinal(), where + ": weekday of day " + d);
            expected[model.weekdayOfMeasuredDay(d)]++;
          }
          for (int w = 0; w < 7; w++) {
            assertEquals(expected[w], calendar.daysOnWeekday(w), where + ": days on " + Weekday.values()[w].key());
          }
        }
      }
    }
  }
}
