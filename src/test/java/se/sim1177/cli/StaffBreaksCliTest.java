package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.staffing.PhoneDemand;
import se.sim1177.staffing.Roster;

/**
 * {@code staffing.breaks}: every shift longer than {@code after} the search chooses has its break,
 * inside the window around its middle; the breaks never leave an interval below its requirement;
 * the roster file carries them, so {@code run} takes the nurses off the line; and a rule that cannot
 * be met, or a break outside its shift, is refused at its line.
 */
class StaffBreaksCliTest {
  private static final String SCENARIO = "scenarios/08-varmland-staffing.yaml";
  private static final String BREAKS = "staffing.breaks=[{after: 5h, length: 30m, window: 2h}]";

  @TempDir
  Path dir;

  @Test
  void breaksArePlacedInsideTheirWindowAndCoverageHolds() throws Exception {
    Path out = dir.resolve("staff");
    CliTest.Outcome o = CliTest.staff08WithoutAbsence(out, "--set", BREAKS);
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("nurses  break"), "the console's roster has a break column: " + o.out());

    Scenario staffed = ScenarioReader.read(out.resolve("staffed-scenario.yaml"), List.of());
    int withBreak = 0;
    for (StaffGroup g : staffed.staff()) {
      for (Shift s : g.shifts()) {
        if (s.lengthMinutes() <= 5 * 60) {
          assertEquals(null, s.shiftBreak(), g.name() + " " + s);
          continue;
        }
        assertTrue(s.shiftBreak() != null, g.name() + " " + s + " has no break");
        assertEquals(30, s.shiftBreak().lengthMinutes());
        assertFalse(s.shiftBreak().paid());
        int middle = s.lengthMinutes() / 2;
        int offset = s.breakOffsetMinutes();
        assertTrue(offset >= middle - 60 && offset + 30 <= middle + 60, g.name() + " " + s + ": break outside the window");
        withBreak++;
      }
    }
    assertTrue(withBreak >= 10, "breaks were placed: " + withBreak);

    // In every interval the nurses on the line (breaks left out) cover what the search required.
    Roster roster = new Roster(staffed.staff());
    PhoneDemand demand = PhoneDemand.of(staffed);
    int interval = 0;
    int minutesPerInterval = 1440 / staffed.arrivals().intervalsPerDay();
    boolean someBreakBinds = false;
    try (Reader in = Files.newBufferedReader(out.resolve("requirements.csv"))) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        double required = Double.parseDouble(row.get("required"));
        for (int m = interval * minutesPerInterval; m < (interval + 1) * minutesPerInterval; m++) {
          double onLine = 0;
          int seated = 0;
          for (int g = 0; g < roster.groups().size(); g++) {
            onLine += demand.phoneCoverage(roster.groups().get(g)) * roster.scheduledAt(g, m);
            seated += roster.seatedAt(g, m);
          }
          assertTrue(onLine >= required - 1e-9, row + ", minute " + m + ": " + onLine + " on the line");
          someBreakBinds |= seated > 0 && onLine < required + 1 - 1e-9 && seated > Math.round(onLine);
        }
        interval++;
      }
    }
    assertEquals(7 * staffed.arrivals().intervalsPerDay(), interval);
    assertTrue(someBreakBinds, "somewhere a nurse on her break is missed and the others cover");
  }

  @Test
  void aRuleThatCannotBeMetOrABreakOutsideItsShiftIsRefusedAtItsLine() throws Exception {
    CliTest.Outcome narrow = sim("staff", SCENARIO, "--method", "erlang-a", "--set",
        "staffing.breaks=[{after: 5h, length: 30m, window: 20m}]", "--out", dir.resolve("narrow").toString());
    assertEquals(2, narrow.code(), narrow.err());
    assertTrue(narrow.err().contains("window") && narrow.err().contains("20m") && narrow.err().contains("at least the break's length"),
        narrow.err());

    // 8-hour shifts on the half-hour grid: a 30-minute window around the middle starts at 3h45, not on the grid.
    CliTest.Outcome offGrid = sim("staff", SCENARIO, "--method", "erlang-a", "--set",
        "staffing.breaks=[{after: 5h, length: 30m, window: 30m}]", "--out", dir.resolve("off-grid").toString());
    assertEquals(2, offGrid.code(), offGrid.err());
    assertTrue(offGrid.err().contains("staffing.breaks") && offGrid.err().contains("no break of 30m fits inside the shift of 8h") && offGrid.err().contains("(1h is enough)"),
        offGrid.err());
    assertFalse(Files.exists(dir.resolve("off-grid")), "nothing written");

    Path file = dir.resolve("outside.yaml");
    Files.writeString(file, Files.readString(Path.of("scenarios/02-varmland-2019.yaml")).replace(
        "- {days: mon-fri, start: \"07:00\", end: \"16:00\", nurses: 4}",
        "- {days: mon-fri, start: \"07:00\", end: \"16:00\", nurses: 4, break: {start: \"15:45\", length: 30m}}"));
    CliTest.Outcome outside = sim("run", file.toString(), "--out", dir.resolve("outside").toString());
    assertEquals(2, outside.code(), outside.err());
    assertTrue(outside.err().contains("outside.yaml:") && outside.err().contains("break")
        && outside.err().contains("must start after the shift starts (07:00) and end before it ends (16:00)"), outside.err());
    assertFalse(Files.exists(dir.resolve("outside")), "nothing written");
  }
}
