package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.history.SyntheticExport;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.scenario.Weekday;

/** {@code sim1177 import} as a user runs it: an export in, a scenario with its demand out; a bad export refused, nothing written. */
class ImportCliTest {
  @TempDir
  Path dir;

  /** Nine weeks of a Swedish export (15-minute intervals) ending with November 2019. */
  private Path export() throws Exception {
    Path file = dir.resolve("history.csv");
    LocalDate first = LocalDate.of(2019, 9, 29);
    byte[] bytes = SyntheticExport.write(new SyntheticExport().rows(first, 63, 4), SyntheticExport.Dialect.swedish());
    Files.write(file, bytes);
    return file;
  }

  @Test
  void anExportBecomesARunnableScenarioWithItsDemandAndTheObservedFigures() throws Exception {
    Path export = export();
    Path out = dir.resolve("imported");
    CliTest.Outcome o = sim("import", export.toString(), "--scenario", "scenarios/02-varmland-2019.yaml", "--out", out.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("demand fitted to 2019-11 (29 ordinary days):"), o.out());
    assertTrue(o.out().contains("2019-11-02 is alla helgons dag"), o.out());
    assertTrue(o.out().contains("2019-10-27 has 25 hours"), o.out());
    assertTrue(o.out().contains("shapes of the day: mon-fri, sat-sun"), o.out());
    assertEquals(List.of("arrivals.yaml", "history.png", "observed.yaml", "report.html", "run.json", "scenario.yaml"), names(out));
    String page = Files.readString(out.resolve("report.html"));
    assertTrue(page.contains("The demand fitted") && page.contains("<svg") && page.contains("2019-11 (calibrate on)"), "report.html");
    byte[] png = Files.readAllBytes(out.resolve("history.png"));
    assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "history.png is a chart");
    String text = Files.readString(out.resolve("scenario.yaml"));
    assertTrue(text.startsWith("# scenarios/02-varmland-2019.yaml with the demand sim1177 import fitted to"), text);
    assertTrue(text.contains("# Replaced: arrivals (all of it), handling.talk_time (its mean); every other key is as written."), text);
    Scenario s = ScenarioReader.parse(text, "scenario.yaml", "scenario", List.of());
    // Unique callers (85 % of 340 × mean factor 1.05) per day with factor 1, within a few standard errors.
    assertEquals(0.85 * 340 * 1.05, s.arrivals().callsPerDay(), 0.85 * 340 * 1.05 * 0.12, "calls_per_day");
    assertEquals(96, s.arrivals().intraday().size());
    assertFalse(s.arrivals().intradayFor(Weekday.SAT).equals(s.arrivals().intradayFor(Weekday.MON)), "the weekend has its own shape");
    // Handle time 540 s less the after-call work's 120 s.
    assertEquals(420, s.handling().talkTime().mean(), 0.05);
    String observed = Files.readString(out.resolve("observed.yaml"));
    assertTrue(observed.contains("calibrate_on: \"2019-11\""), observed);
    assertTrue(observed.contains("      answer_rate: {value: 0.8"), observed);
    // Its own results folder, which --overwrite may replace (and nothing else may).
    CliTest.Outcome again = sim("import", export.toString(), "--scenario", "scenarios/02-varmland-2019.yaml", "--out", out.toString(),
        "--overwrite");
    assertEquals(0, again.code(), again.err());
    // The run the next line names works on what import wrote.
    CliTest.Outcome run = sim("run", out.resolve("scenario.yaml").toString(), "--replications", "2", "--out", dir.resolve("run").toString());
    assertEquals(0, run.code(), run.err());
  }

  @Test
  void aBrokenExportIsRefusedWithItsLineAndNothingIsWritten() throws Exception {
    Path export = dir.resolve("broken.csv");
    Files.writeString(export, "Datum;Intervall;Inkommande\n2019-11-04;07:00;12\n2019-11-04;07:15;tolv\n");
    Path out = dir.resolve("never");
    CliTest.Outcome o = sim("import", export.toString(), "--out", out.toString());
    assertEquals(2, o.code(), o.out());
    assertTrue(o.err().contains(export + ":3: column \"Inkommande\" (offered): \"tolv\" is not a count of calls; allowed:"), o.err());
    assertFalse(Files.exists(out));
    assertEquals(List.of("broken.csv"), names(dir));
  }

  @Test
  void badOptionsAreRefusedBeforeTheExportIsRead() throws Exception {
    Path export = export();
    CliTest.Outcome period = sim("import", export.toString(), "--period", "november");
    assertEquals(2, period.code());
    assertTrue(period.err().contains("--period november: is not a period; allowed: a month like 2019-11, or a range of dates like"
        + " 2019-11-04..2019-12-01"), period.err());
    CliTest.Outcome columns = sim("import", export.toString(), "--columns", "calls=Inkommande", "--profile-weeks", "0");
    assertEquals(2, columns.code());
    assertTrue(columns.err().contains("--columns calls=Inkommande: calls is not a field; allowed: date, interval, offered,"), columns.err());
    assertTrue(columns.err().contains("--profile-weeks 0: allowed: a whole number of weeks from 1 to 104"), columns.err());
    CliTest.Outcome outside = sim("import", export.toString(), "--period", "2020-03");
    assertEquals(2, outside.code());
    assertTrue(outside.err().contains("--period 2020-03: the export covers 2019-09-29 to 2019-11-30; choose a period within it"),
        outside.err());
    CliTest.Outcome missing = sim("import", dir.resolve("nope.csv").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("nope.csv: no such file"), missing.err());
    assertFalse(Files.exists(Path.of("results", "history-import")), "nothing written");
  }

  private static List<String> names(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }
}
