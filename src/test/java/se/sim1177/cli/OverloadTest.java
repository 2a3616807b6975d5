package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.cli.CliTest.Outcome;

/**
 * Overload is named, and memory stays bounded: a line whose queue grows without end stops with
 * exit 1 and a message saying what to change, in a small heap, long before OutOfMemoryError; an
 * overloaded line whose callers give up runs, and its results say it is overloaded.
 */
class OverloadTest {
  private static final String NO_ABANDONMENT = "src/test/resources/overload/no-abandonment.yaml";

  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {NO_ABANDONMENT, "src/test/resources/overload/stale-queue.yaml"})
  void aQueueWithoutEndStopsInASmallHeapWithExitOne(String scenario) throws Exception {
    Path out = tmp.resolve("out");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
        "-cp", System.getProperty("java.class.path"), "se.sim1177.cli.Main", "run", scenario, "--threads", "2",
        "--out", out.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "stops long before the 365 days");
    String log = Files.readString(tmp.resolve("log"));
    assertEquals(1, p.exitValue(), log);
    assertTrue(log.contains("error: the line is overloaded"), log);
    assertTrue(log.contains("--max-callers") && log.contains("callers.patience") && log.contains("queue.max_waiting"),
        "names the bound and what to change: " + log);
    assertFalse(log.contains("OutOfMemoryError") || log.contains("internal error") || log.contains("Exception"), log);
    assertFalse(Files.exists(out), "nothing written");
    assertEquals(List.of("log"), Files.list(tmp).map(f -> f.getFileName().toString()).toList());
  }

  @Test
  void theBoundCanBeSetAndIsChecked() {
    Outcome o = sim("run", NO_ABANDONMENT, "--max-callers", "5000", "--threads", "1", "--out", tmp.resolve("x").toString());
    assertEquals(1, o.code(), o.err());
    assertTrue(o.err().contains("it held 5,000 callers at once") && o.err().contains("the bound set with --max-callers"),
        o.err());
    assertFalse(Files.exists(tmp.resolve("x")));
    for (String value : List.of("-1", "0")) {
      Outcome bad = sim("run", NO_ABANDONMENT, "--max-callers", value, "--out", tmp.resolve("y").toString());
      assertEquals(2, bad.code(), bad.err());
      assertTrue(bad.err().startsWith("error: --max-callers " + value + ": must be 1 or more"), bad.err());
    }
    Outcome typo = sim("run", NO_ABANDONMENT, "--max-callers", "many", "--out", tmp.resolve("y").toString());
    assertEquals(2, typo.code(), typo.err());
    assertTrue(typo.err().startsWith("error: invalid value for option '--max-callers': 'many' is not a whole number"), typo.err());
  }

  @Test
  void anOverloadedLineThatShedsCallersRunsAndSaysSo() throws Exception {
    Path out = tmp.resolve("run");
    Outcome o = sim("run", NO_ABANDONMENT, "--set", "callers.patience={distribution: fixed, value: 90m}", "--set", "simulation.days=2",
        "--set", "arrivals.calls_per_day=20000", "--threads", "1", "--out", out.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.err().contains("warning: the line is overloaded: the calls offered need"), o.err());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertTrue(summary.get("load").get("overloaded").asBoolean());
    assertTrue(summary.get("warnings").get(0).asText().startsWith("the line is overloaded"), summary.get("warnings").toString());
    Outcome check = sim("check", NO_ABANDONMENT, "--set", "arrivals.calls_per_day=20000");
    assertEquals(0, check.code(), check.err());
    assertTrue(check.out().contains("warning: the line is overloaded"), "check says it before running: " + check.out());
  }

  @Test
  void aGrowingQueueIsNamed() throws Exception {
    Path out = tmp.resolve("run");
    // 1,000 calls a day need about 117 nurse-hours of a nurse's 24: the queue grows by ~800 a day.
    Outcome o = sim("run", NO_ABANDONMENT, "--set", "arrivals.calls_per_day=1000", "--set", "simulation.days=14",
        "--threads", "1", "--out", out.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.err().contains("warning: the queue is still growing at the end of the run"), o.err());
    JsonNode load = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("load");
    assertTrue(load.get("queue_growing").asBoolean());
    assertEquals(7, load.get("queue_trend_span_days").asInt());
    assertTrue(load.get("queue_late_mean").asDouble() > 2 * load.get("queue_early_mean").asDouble(), load.toString());
  }

  @Test
  void aLineThatKeepsUpHasNoWarning() throws Exception {
    Path out = tmp.resolve("run");
    Outcome o = sim("run", "scenarios/03-varmland-staffed.yaml", "--replications", "10", "--set", "simulation.days=14",
        "--threads", "1", "--out", out.toString());
    assertEquals(0, o.code(), o.err());
    assertFalse(o.err().contains("overloaded") || o.err().contains("growing"), o.err());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    for (JsonNode w : summary.get("warnings")) {
      assertFalse(w.asText().contains("overloaded") || w.asText().contains("growing"), w.asText());
    }
    assertFalse(summary.get("load").get("queue_growing").asBoolean());
    assertFalse(summary.get("load").get("overloaded").asBoolean());
  }

  @Test
  void threadsAboveTheCoresAreCappedWithANote() {
    int cores = Runtime.getRuntime().availableProcessors();
    Outcome o = sim("run", "scenarios/01-erlang-a-check.yaml", "--threads", "10000", "--replications", "2", "--set",
        "simulation.days=1", "--out", tmp.resolve("t").toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.err().contains("note: --threads 10000 is more than the " + cores + " core"), o.err());
    Outcome zero = sim("run", "scenarios/01-erlang-a-check.yaml", "--threads", "0", "--out", tmp.resolve("z").toString());
    assertEquals(2, zero.code());
    assertTrue(zero.err().startsWith("error: --threads 0: must be 1 or more"), zero.err());
  }
}
