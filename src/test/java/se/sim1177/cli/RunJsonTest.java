package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run.json} is built one way: run, sweep and compare record the same facts, each with what it ran. */
class RunJsonTest {
  private static final String SCENARIO = "scenarios/01-erlang-a-check.yaml";
  private static final String[] SHORT = {"--replications", "2", "--seed", "7", "--threads", "1", "--set", "simulation.days=1",
      "--set", "simulation.warmup_days=0"};
  /** Every run.json carries these, in this order, around what the command ran. */
  private static final List<String> COMMON = List.of("version", "seed", "replications", "overrides", "command_line", "threads",
      "wall_seconds", "events", "calls_simulated", "chats_simulated", "started_at", "java", "os", "available_processors");

  @TempDir
  Path tmp;

  @Test
  void runSweepAndCompareWriteOneShapeOfRunJson() throws Exception {
    JsonNode run = record("run", new String[] {"run", SCENARIO});
    JsonNode sweep = record("sweep", new String[] {"sweep", SCENARIO, "--vary", "callers.balk_probability=0,0.1"});
    JsonNode compare = record("compare", new String[] {"compare", SCENARIO, SCENARIO});
    assertEquals(List.of("scenario", "scenario_source"), subject(run));
    assertEquals(List.of("scenario", "scenario_source", "varied_keys", "variants"), subject(sweep));
    assertEquals(List.of("scenarios"), subject(compare));
    for (JsonNode r : List.of(run, sweep, compare)) {
      assertEquals(7, r.get("seed").asLong(), r.toString());
      assertEquals(2, r.get("replications").asInt(), r.toString());
      assertEquals(List.of("simulation.days=1", "simulation.warmup_days=0"), texts(r.get("overrides")), r.toString());
      assertTrue(r.get("calls_simulated").asLong() > 0 && r.get("events").asLong() > 0, r.toString());
    }
    assertEquals(2 * run.get("calls_simulated").asLong(), compare.get("calls_simulated").asLong(),
        "a comparison of a scenario with itself simulates its calls twice");
  }

  private JsonNode record(String name, String[] command) throws Exception {
    Path out = tmp.resolve(name);
    CliTest.Outcome o = CliTest.sim(CliTest.concat(CliTest.concat(command, SHORT), "--out", out.toString()));
    assertEquals(0, o.code(), o.err());
    return new ObjectMapper().readTree(out.resolve("run.json").toFile());
  }

  /** The fields between the version and the common ones: what the command ran. */
  private static List<String> subject(JsonNode record) {
    List<String> names = new ArrayList<>();
    record.fieldNames().forEachRemaining(names::add);
    assertEquals(COMMON, names.stream().filter(COMMON::contains).toList(), "common fields and their order: " + names);
    assertEquals("version", names.get(0));
    return names.subList(1, names.indexOf("seed"));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
