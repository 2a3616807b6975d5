package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.staffing.Roster;

/**
 * {@code staffing.minimum}: a floor on the nurses scheduled whatever the load holds in the roster
 * the search chooses (every minute of every night) and in the simulated line that runs it (with no
 * absence, the nurses on duty in every night interval).
 */
class StaffMinimumCliTest {
  private static final String SCENARIO = "scenarios/08-varmland-staffing.yaml";
  private static final String NIGHTS = "staffing.minimum=[{days: all, start: \"22:00\", end: \"07:00\", nurses: 5}]";

  @TempDir
  Path dir;

  @Test
  void aNightMinimumHoldsInTheRosterAndInTheSimulatedLine() throws Exception {
    Path out = dir.resolve("staff");
    CliTest.Outcome o = CliTest.staff08WithoutAbsence(out, "--set", NIGHTS);
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("staffing.minimum: at least 5 nurses scheduled 22:00-07:00 on all (before absence): held."), o.out());
    Roster roster = new Roster(ScenarioReader.read(out.resolve("staffed-scenario.yaml"), List.of()).staff());
    for (int day = 0; day < 7; day++) {
      for (int minute = 22 * 60; minute < 31 * 60; minute++) {
        int m = (day * 1440 + minute) % (7 * 1440);
        int scheduled = 0;
        for (int g = 0; g < roster.groups().size(); g++) {
          scheduled += roster.scheduledAt(g, m);
        }
        assertTrue(scheduled >= 5, "minute " + m + " of the week: " + scheduled + " scheduled");
      }
    }
    // Without it the chosen roster has fewer at night: the floor is what put them there.
    CliTest.Outcome without = CliTest.staff08WithoutAbsence(dir.resolve("without"));
    assertEquals(0, without.code(), without.err());
    assertTrue(!without.out().contains("21:00-07:00       5"), without.out());

    Path run = dir.resolve("run");
    CliTest.Outcome r = sim("run", out.resolve("staffed-scenario.yaml").toString(), "--replications", "2", "--set", "simulation.days=7",
        "--out", run.toString());
    assertEquals(0, r.code(), r.err());
    int nights = 0;
    try (Reader in = Files.newBufferedReader(run.resolve("intervals.csv"))) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        int hour = Integer.parseInt(row.get("start").substring(0, 2));
        if (hour >= 22 || hour < 7) {
          nights++;
          assertTrue(Double.parseDouble(row.get("nurses_on_duty")) >= 5 - 1e-9, row.toString());
        }
      }
    }
    assertEquals(7 * 9, nights, "every night hour of the week judged");
  }

  @Test
  void aFloorForOneGroupGivesThatGroupItsNurses() throws Exception {
    // Without a floor the search gives the satellites no shifts (their nurses cover the least); with one they hold it.
    Path out = dir.resolve("satellites");
    CliTest.Outcome o = sim("staff", SCENARIO, "--method", "erlang-a", "--set",
        "staffing.minimum=[{days: mon-fri, start: \"08:00\", end: \"15:00\", nurses: 2, group: satellites}]", "--out",
        out.toString(), "--threads", "2");
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("staffing.minimum: at least 2 nurses of satellites scheduled 08:00-15:00 on mon-fri (before absence):"
        + " held."), o.out());
    Roster roster = new Roster(ScenarioReader.read(out.resolve("staffed-scenario.yaml"), List.of()).staff());
    int satellites = 1;
    for (int day = 0; day < 5; day++) {
      for (int minute = 8 * 60; minute < 15 * 60; minute++) {
        int m = day * 1440 + minute;
        assertTrue(roster.scheduledAt(satellites, m) >= 2, "minute " + m + " of the week: " + roster.scheduledAt(satellites, m));
      }
    }
    assertEquals(0, roster.scheduledAt(satellites, 5 * 1440 + 10 * 60), "nothing on Saturday: the floor is for weekdays");
  }
}
