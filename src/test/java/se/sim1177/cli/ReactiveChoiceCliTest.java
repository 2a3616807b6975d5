package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reaction that never moves the share (the response's adoption and the SMS link's congested
 * acceptance equal to the base) changes nothing, bit for bit: the reactive machinery (the chat's
 * arrivals spent interval by interval, the share read at every interval's start, the link's curve)
 * is exact, and a reactive and a fixed scenario see the same residents.
 */
class ReactiveChoiceCliTest {
  private static final String SCENARIO = "scenarios/05-varmland-direkt.yaml";
  private static final String[] SHORT = {"--replications", "3", "--set", "simulation.days=7", "--set", "simulation.warmup_days=1",
      "--threads", "2"};

  @TempDir
  Path dir;

  private Path run(Path scenario, String name) {
    Path out = dir.resolve(name);
    CliTest.Outcome o = sim(CliTest.concat(new String[] {"run", scenario.toString(), "--out", out.toString()}, SHORT));
    assertEquals(0, o.code(), o.err());
    return out;
  }

  @Test
  void aFlatResponseGivesTheFixedModelsResultsBitForBit() throws Exception {
    String fixed = Files.readString(Path.of(SCENARIO));
    String flat = fixed.replace("  adoption: 0.15 ", "  choice: {signal: announced_wait, delay: 30m, response: {at: 30m, adoption: 0.15}}\n"
        + "  adoption: 0.15 ").replace("accept_probability: 0.15}", "accept_probability: 0.15,"
        + " accept_when_congested: {at: 30m, probability: 0.15}}");
    assertTrue(flat.contains("choice:") && flat.contains("accept_when_congested"), "the reaction is written in");
    Path flatFile = dir.resolve("flat.yaml");
    Files.writeString(flatFile, flat);
    Path a = run(Path.of(SCENARIO), "fixed");
    Path b = run(flatFile, "flat");
    for (String f : new String[] {"summary.json", "intervals.csv", "daily.csv", "replications.csv", "history.csv"}) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
    // And a response that moves the share does change them: the comparison above can fail.
    Path moved = dir.resolve("moved.yaml");
    Files.writeString(moved, flat.replace("response: {at: 30m, adoption: 0.15}", "response: {at: 30m, adoption: 0.3}"));
    Path c = run(moved, "moved");
    assertTrue(!Files.readString(a.resolve("summary.json")).equals(Files.readString(c.resolve("summary.json"))));
    assertTrue(Files.readString(c.resolve("summary.json")).contains("\"chat_choice\""));
  }
}
