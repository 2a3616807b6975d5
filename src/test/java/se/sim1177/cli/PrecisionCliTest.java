package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code run} says about intervals from too few replications: cut to range, marked, warned about. */
class PrecisionCliTest {
  private static final String SCENARIO = "scenarios/02-varmland-2019.yaml";

  @TempDir
  Path tmp;

  @Test
  void aTwoReplicationRunIsWarnedAboutAndItsClippedIntervalsAreMarked() throws Exception {
    Path out = tmp.resolve("two");
    CliTest.Outcome o = sim("run", SCENARIO, "--replications", "2", "--set", "simulation.days=7", "--out", out.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.err().contains("warning: only 2 replications:"), o.err());
    assertTrue(o.out().contains("(clipped)"), o.out());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    JsonNode warnings = summary.get("warnings");
    assertTrue(warnings.isArray() && warnings.get(0).asText().startsWith("only 2 replications:"), warnings.toString());
    JsonNode rate = summary.get("metrics").get("answer_rate");
    assertTrue(rate.get("ci95_high").asDouble() <= 1.0 && rate.get("ci95_low").asDouble() >= 0.0, rate.toString());
    boolean anyClipped = false;
    for (JsonNode metric : summary.get("metrics")) {
      assertTrue(metric.get("ci95_clipped").isBoolean(), metric.toString());
      anyClipped |= metric.get("ci95_clipped").asBoolean();
      if (!metric.get("ci95_low").isNull()) {
        assertTrue(metric.get("ci95_low").asDouble() >= 0, metric.toString());
      }
    }
    assertTrue(anyClipped, "some interval of a two-replication run must have been cut");
  }

  @Test
  void enoughReplicationsGiveNoWarnings() throws Exception {
    Path out = tmp.resolve("ten");
    CliTest.Outcome o = sim("run", SCENARIO, "--replications", "10", "--set", "simulation.days=7", "--out", out.toString());
    assertEquals(0, o.code(), o.err());
    assertFalse(o.err().contains("warning:"), o.err());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(0, summary.get("warnings").size());
  }

  @Test
  void aSweepWarnsAboutFewReplicationsOnce() {
    CliTest.Outcome o = sim("sweep", "scenarios/03-varmland-staffed.yaml", "--vary", "callers.balk_probability=0,0.1",
        "--replications", "3", "--set", "simulation.days=7", "--out", tmp.resolve("sweep").toString());
    assertEquals(0, o.code(), o.err());
    assertEquals(1, o.err().lines().filter(l -> l.startsWith("warning: only 3 replications:")).count(), o.err());
  }
}
