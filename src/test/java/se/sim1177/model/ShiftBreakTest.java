package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.engine.StreamFamily;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.scenario.Shift;

/**
 * Breaks in the simulated line: a nurse on her break answers nothing, and the nurse time the run
 * counts is the roster's less its breaks, to the second, also for a night shift whose break is
 * under way when the run starts.
 */
class ShiftBreakTest {
  /** The day shift's nurses all break 12:00–13:00; the night shift's at midnight, the run's start. */
  private static final String SHIFTS = String.join("\n",
      "        - {days: all, start: \"07:00\", end: \"19:00\", nurses: 4, break: {start: \"12:00\", length: 60m}}",
      "        - {days: all, start: \"19:00\", end: \"07:00\", nurses: 2, break: {start: \"00:00\", length: 30m, paid: true}}",
      "");

  @TempDir
  Path dir;

  private Scenario scenario(int warmupDays) throws Exception {
    String text = Files.readString(Path.of("scenarios/02-varmland-2019.yaml"));
    int from = text.indexOf("        - {days: mon-fri, start: \"07:00\"");
    int to = text.indexOf("# Västerbotten's goals");
    Path file = dir.resolve("breaks.yaml");
    Files.writeString(file, text.substring(0, from) + SHIFTS + text.substring(to));
    Scenario s = ScenarioReader.read(file, List.of("staff.groups[0].absence=0"));
    RunControl r = s.simulation();
    return s.withSimulation(new RunControl(7, warmupDays, r.startWeekday(), 2, r.seed()));
  }

  private static ReplicationResult replicate(Scenario s) {
    return new Replication(new CallCentreModel(s), new StreamFamily(s.simulation().seed()), 0).run();
  }

  @Test
  void aNurseOnHerBreakAnswersNothing() throws Exception {
    Scenario s = scenario(1);
    ReplicationResult r = replicate(s);
    int perDay = r.intervalsPerDay();
    int intervalMinutes = 1440 / perDay;
    int checked = 0;
    for (int cell = 0; cell < 7 * perDay; cell++) {
      int minute = cell % perDay * intervalMinutes;
      if (minute >= 12 * 60 && minute + intervalMinutes <= 13 * 60) {
        // On duty in the break only while finishing the call in hand (counted as overtime): no one free to answer.
        assertEquals(r.cell(cell, Tally.OVERTIME), r.cell(cell, Tally.NURSE_TIME), 1e-9 * r.cell(cell, Tally.NURSE_TIME) + 1e-9,
            "cell " + cell);
        assertTrue(r.cell(cell, Tally.NURSE_TIME) < 0.5 * 4 * intervalMinutes * 60, "only the calls in hand finished, cell " + cell);
        checked++;
      }
    }
    assertTrue(checked >= 7, "the break's intervals were checked: " + checked);
    assertTrue(r.total(Tally.ANSWERED) > 0);
  }

  @Test
  void nurseTimeIsTheRosterLessItsBreaks() throws Exception {
    for (int warmup : new int[] {0, 1}) {
      Scenario s = scenario(warmup);
      ReplicationResult r = replicate(s);
      double onLine = r.total(Tally.NURSE_TIME) - r.total(Tally.OVERTIME);
      assertEquals(onLineSeconds(s), onLine, 1e-6 * onLine, "warm-up " + warmup);
    }
  }

  /** Nurse-seconds on the line inside the measured days, from the scenario alone: each minute of each shift not on its break. */
  private static double onLineSeconds(Scenario s) {
    RunControl run = s.simulation();
    double from = run.warmupDays() * 86400.0;
    double to = run.totalDays() * 86400.0;
    double total = 0;
    for (Shift sh : s.staff().get(0).shifts()) {
      for (int day = -1; day < run.totalDays(); day++) {
        if (!sh.days().contains(run.weekdayOf(day))) {
          continue;
        }
        for (int m = 0; m < sh.lengthMinutes(); m++) {
          double t = day * 86400.0 + (sh.startMinute() + m) * 60.0;
          if (!sh.onBreakAt(m) && t >= from && t < to) {
            total += 60.0 * sh.nurses();
          }
        }
      }
    }
    return total;
  }
}
