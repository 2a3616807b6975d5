package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures per staff group and workplace where a user reads them: summary.json, groups.csv and the console. */
class GroupOutputsCliTest {
  private static final String[] SHORT = {"--replications", "4", "--set", "simulation.days=7", "--set", "simulation.warmup_days=1"};
  private static final List<String> FIGURES = List.of("nurse_hours_on_duty_per_day", "nurse_hours_absent_per_day",
      "overtime_hours_per_day", "phone_hours_per_day", "chat_hours_per_day", "occupancy", "calls_answered_per_day",
      "chats_answered_per_day", "mean_handling_time_s");

  @TempDir
  Path tmp;

  @Test
  void theWorkplaceComparisonReadsPerWorkplace() throws Exception {
    Path out = tmp.resolve("compare");
    CliTest.Outcome o = sim(CliTest.concat(new String[] {"compare", "scenarios/06-workplaces-office.yaml",
        "scenarios/07-workplaces-satellite-home.yaml", "--out", out.toString()}, SHORT));
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("per workplace") && o.out().lines().anyMatch(l -> l.trim().startsWith("remote")), o.out());
    List<String> rows = java.nio.file.Files.readAllLines(out.resolve("compare.csv"));
    for (String workplace : List.of("office", "satellite", "remote")) {
      assertTrue(rows.stream().anyMatch(r -> r.contains(",alternative 1,workplace." + workplace + ".occupancy,")), workplace);
    }
    assertTrue(rows.stream().anyMatch(r -> r.contains(",base,workplace.office.calls_answered_per_day,")), rows.toString());
    assertTrue(rows.stream().noneMatch(r -> r.contains(",base,workplace.remote.")), "06 has no remote workplace");
    // The office's hours on duty: a paired difference where both have an office, equal to the
    // difference of the means (a volume, not a ratio; floats kept per replication, hence 1e-5) and
    // clear of zero (07 moves about a quarter of the hours out of the office); none for the
    // satellite, which the base lacks.
    String[] base = fieldsAfter(rows, ",base,workplace.office.nurse_hours_on_duty_per_day,");
    String[] alt = fieldsAfter(rows, ",alternative 1,workplace.office.nurse_hours_on_duty_per_day,");
    double diff = Double.parseDouble(alt[3]);
    assertEquals(Double.parseDouble(alt[0]) - Double.parseDouble(base[0]), diff, 1e-5 * Math.abs(diff));
    assertTrue(diff < -10 && Double.parseDouble(alt[5]) < 0, "office hours fall: " + String.join(",", alt));
    assertEquals("true", alt[6]);
    String[] satellite = fieldsAfter(rows, ",alternative 1,workplace.satellite.nurse_hours_on_duty_per_day,");
    assertEquals("", satellite.length > 3 ? satellite[3] : "", "no base to pair the satellite with");
  }

  /** The comma-separated fields after {@code marker} in the one row that contains it. */
  private static String[] fieldsAfter(List<String> rows, String marker) {
    String row = rows.stream().filter(r -> r.contains(marker)).findFirst().orElseThrow(() -> new AssertionError(marker));
    return row.substring(row.indexOf(marker) + marker.length()).split(",", -1);
  }

  @Test
  void theSatelliteAndHomeScenarioReadsPerWorkplace() throws Exception {
    Path out = tmp.resolve("run");
    CliTest.Outcome o = sim(CliTest.concat(new String[] {"run", "scenarios/07-workplaces-satellite-home.yaml", "--out", out.toString()}, SHORT));
    assertEquals(0, o.code(), o.err());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    List<String> workplaces = new ArrayList<>();
    summary.path("workplaces").fieldNames().forEachRemaining(workplaces::add);
    assertEquals(List.of("office", "satellite", "remote"), workplaces);
    List<String> groups = new ArrayList<>();
    summary.path("groups").fieldNames().forEachRemaining(groups::add);
    assertEquals(List.of("karlstad", "satellites", "home"), groups);
    assertEquals("remote", summary.path("groups").path("home").path("workplace").asText());
    double onDuty = 0;
    double calls = 0;
    for (String w : workplaces) {
      JsonNode n = summary.path("workplaces").path(w);
      for (String f : FIGURES) {
        for (String part : List.of("mean", "ci95_low", "ci95_high")) {
          assertTrue(n.path(f).has(part), w + " lacks " + f + "." + part + ": " + n);
        }
      }
      onDuty += n.path("nurse_hours_on_duty_per_day").path("mean").asDouble();
      calls += n.path("calls_answered_per_day").path("mean").asDouble();
    }
    JsonNode metrics = summary.path("metrics");
    assertEquals(metrics.path("nurse_hours_per_day").path("mean").asDouble(), onDuty, 1e-9 * onDuty);
    assertEquals(metrics.path("answered_calls_per_day").path("mean").asDouble(), calls, 1e-9 * calls);
    List<String> rows = Files.readAllLines(out.resolve("groups.csv"));
    assertTrue(rows.get(0).startsWith("kind,name,workplace,nurse_hours_on_duty_per_day,nurse_hours_on_duty_per_day_ci95_low,"),
        rows.get(0));
    assertEquals(3 * FIGURES.size() + 3, rows.get(0).split(",").length);
    assertEquals(7, rows.size());
    assertTrue(rows.get(1).startsWith("group,karlstad,office,"), rows.get(1));
    assertTrue(rows.get(6).startsWith("workplace,remote,remote,"), rows.get(6));
    assertTrue(o.out().contains("group / workplace") && o.out().contains("all satellite"), o.out());
  }

  @Test
  void aSingleGroupGetsNoGroupTableOnTheConsoleButItsFiles() throws Exception {
    Path out = tmp.resolve("one");
    CliTest.Outcome o = sim(CliTest.concat(new String[] {"run", "scenarios/02-varmland-2019.yaml", "--out", out.toString()}, SHORT));
    assertEquals(0, o.code(), o.err());
    assertFalse(o.out().contains("group / workplace"), o.out());
    assertEquals(3, Files.readAllLines(out.resolve("groups.csv")).size());
  }
}
