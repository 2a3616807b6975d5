package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.app.ImportJob;
import se.sim1177.app.ImportOptions;
import se.sim1177.history.ObservedFigure;
import se.sim1177.history.ObservedPeriod;

/**
 * {@code run} writes {@code history.csv} as a platform exports it; {@code import} reads it back. The
 * figures import observes over the period are the first replication's own (the same counts, by the
 * same definitions), and the demand it fits is the scenario's within its noise.
 */
class HistoryRoundTripTest {
  @TempDir
  Path dir;

  @Test
  void importReadsBackTheFirstReplicationsFigures() throws Exception {
    Path run = dir.resolve("run");
    CliTest.Outcome o = sim("run", "scenarios/02-varmland-2019.yaml", "--replications", "2", "--out", run.toString());
    assertEquals(0, o.code(), o.err());
    List<String> lines = Files.readAllLines(run.resolve("history.csv"));
    assertEquals("date,interval,offered,answered,abandoned,answered_within,wait_total,unique_callers", lines.get(0));
    assertEquals(1 + 28 * 24, lines.size(), "28 measured days of 24 hours");
    ImportOptions options = new ImportOptions(run.resolve("history.csv"), Path.of("scenarios/02-varmland-2019.yaml"), Map.of(), null, null,
        null, null, null, ImportOptions.DEFAULT_PROFILE_WEEKS, false, dir.resolve("imported"), false, List.of(), List.of("sim1177"));
    var outcome = ImportJob.run(options, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), System.err);
    ObservedPeriod observed = outcome.result().calibrateOn();
    assertEquals(28, observed.daysUsed(), "no day left out: " + observed.leftOut());
    Map<String, Double> first = firstReplication(run.resolve("replications.csv"));
    for (String metric : List.of("offered_calls_per_day", "unique_callers_per_day", "answer_rate", "abandon_rate", "service_level",
        "mean_wait_answered_s")) {
      ObservedFigure f = observed.figure(metric);
      // Exact but for history.csv's waits written to a tenth of a second.
      assertEquals(first.get(metric), f.value(), 1e-5 * Math.abs(first.get(metric)), metric);
    }
    // The scenario's 125,000 first attempts a year are 359.6 on an average day (weekday factors'
    // mean 1.05); over 28 days with busyness shape 25 the level's relative standard error is about
    // √((1/25 + 1/360)/28) = 3.9 %: four of them, 16 %. Offered attempts (redials included) would be
    // 25 % above it.
    assertEquals(125000 / 365.0 * 1.05, outcome.result().demand().callsPerDay(), 0.16 * 359.6, "calls_per_day");
    assertTrue(outcome.result().demand().fromUniqueCallers());
  }

  private static Map<String, Double> firstReplication(Path csv) throws Exception {
    List<String> lines = Files.readAllLines(csv);
    String[] header = lines.get(0).split(",", -1);
    String[] row = lines.get(1).split(",", -1);
    assertEquals("0", row[0], "the first replication's row");
    Map<String, Double> values = new java.util.HashMap<>();
    for (int i = 1; i < header.length; i++) {
      if (!row[i].isEmpty()) {
        values.put(header[i], Double.parseDouble(row[i]));
      }
    }
    return values;
  }
}
