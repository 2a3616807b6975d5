package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options that stand for a scenario key ({@code --seed}, {@code --replications}, bench's
 * {@code --days}) go the way {@code --set} goes: the same results, the same check, the same
 * message naming what the user typed. Each test runs both spellings, so the two paths cannot drift
 * apart unnoticed.
 */
class ScenarioKeyOptionsCliTest {
  private static final String BASE = "02-varmland-2019.yaml";
  private static final String ALT = "03-varmland-staffed.yaml";
  private static final List<String> TINY = List.of("--threads", "1", "--set", "simulation.days=1", "--set", "simulation.warmup_days=0");
  private static final List<String> RESULT_FILES = List.of("summary.json", "intervals.csv", "daily.csv", "replications.csv");

  @TempDir
  Path tmp;

  @Test
  void seedAndReplicationsGiveTheFilesTheirScenarioKeysGive() throws IOException {
    Path byOption = tmp.resolve("by-option");
    Path bySet = tmp.resolve("by-set");
    assertOk(run("run", List.of("scenarios/" + BASE), byOption, "--seed", "7", "--replications", "3"));
    assertOk(run("run", List.of("scenarios/" + BASE), bySet, "--set", "simulation.seed=7", "--set", "simulation.replications=3"));
    for (String file : RESULT_FILES) {
      assertArrayEquals(Files.readAllBytes(bySet.resolve(file)), Files.readAllBytes(byOption.resolve(file)), file);
    }
    var summary = new ObjectMapper().readTree(byOption.resolve("summary.json").toFile());
    assertEquals(7, summary.get("seed").asLong());
    assertEquals(3, summary.get("replications").asInt());
  }

  @Test
  void sweepAndCompareGiveTheSameTablesEitherWay() throws IOException {
    List<String> sweep = List.of("scenarios/" + BASE, "--vary", "callers.balk_probability=0,0.1");
    assertOk(run("sweep", sweep, tmp.resolve("sweep-option"), "--seed", "7", "--replications", "2"));
    assertOk(run("sweep", sweep, tmp.resolve("sweep-set"), "--set", "simulation.seed=7", "--set", "simulation.replications=2"));
    assertArrayEquals(Files.readAllBytes(tmp.resolve("sweep-set/sweep.csv")), Files.readAllBytes(tmp.resolve("sweep-option/sweep.csv")));
    List<String> compare = List.of("scenarios/" + BASE, "scenarios/" + ALT);
    assertOk(run("compare", compare, tmp.resolve("compare-option"), "--seed", "7", "--replications", "2"));
    assertOk(run("compare", compare, tmp.resolve("compare-set"), "--set", "simulation.seed=7", "--set", "simulation.replications=2"));
    assertArrayEquals(Files.readAllBytes(tmp.resolve("compare-set/compare.csv")),
        Files.readAllBytes(tmp.resolve("compare-option/compare.csv")));
    // Equal tables prove nothing if both spellings were ignored: the runs must have used seed 7 and 2 replications.
    for (String folder : List.of("sweep-option", "sweep-set", "compare-option", "compare-set")) {
      var record = new ObjectMapper().readTree(tmp.resolve(folder).resolve("run.json").toFile());
      assertEquals(7, record.get("seed").asLong(), folder);
      assertEquals(2, record.get("replications").asInt(), folder);
    }
  }

  /** The option wins over {@code --set} of its key; a sweep's varied key wins over both. */
  @Test
  void theOptionWinsOverSetAndTheVariedKeyWinsOverBoth() throws IOException {
    Path out = tmp.resolve("both");
    assertOk(run("run", List.of("scenarios/" + BASE), out, "--set", "simulation.seed=5", "--seed", "7", "--replications", "2"));
    assertEquals(7, new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("seed").asLong());
    Path sweep = tmp.resolve("sweep");
    assertOk(run("sweep", List.of("scenarios/" + BASE, "--vary", "simulation.seed=1,2"), sweep, "--seed", "7", "--replications", "2"));
    List<String> rows = Files.readAllLines(sweep.resolve("sweep.csv"));
    assertNotEquals(rows.get(1).substring(2), rows.get(2).substring(2), "each variant must run with its own seed, not --seed's");
  }

  @Test
  void aBadValueEitherWayIsOneLocatedProblemWithTheSameWords() throws IOException {
    String replications = "simulation.replications: 0 must be from 2 (a confidence interval needs two) to 100000";
    for (String command : List.of("run", "sweep", "compare")) {
      assertRefused(command, List.of("--replications", "0"), "--replications 0: " + replications);
      assertRefused(command, List.of("--set", "simulation.replications=0"), "--set simulation.replications=0: " + replications);
    }
    String days = "simulation.days: 0 must be a whole number of days from 1 to 3660";
    assertRefused("bench", List.of("--days", "0"), "--days 0: " + days);
    assertRefused("bench", List.of("--set", "simulation.days=0"), "--set simulation.days=0: " + days);
  }

  /** What is not a number at all never reaches the scenario: a parse error naming the option, still exit 2 and nothing written. */
  @Test
  void aMalformedNumberIsAParseErrorNamingTheOption() throws IOException {
    for (String command : List.of("run", "sweep", "compare")) {
      Path folder = Files.createDirectories(tmp.resolve(command + "-malformed"));
      Path scenario = copy(BASE, folder);
      Path out = folder.resolve("out");
      List<String> args = new ArrayList<>(arguments(command, folder, scenario, out));
      args.addAll(List.of("--seed", "seven"));
      Refusal.Outcome o = Refusal.sim(args);
      assertEquals(Main.BAD_INPUT, o.code(), o.err());
      assertTrue(o.err().startsWith("error: invalid value for option '--seed': 'seven' is not a whole number"), o.err());
      assertEquals(List.of(), Refusal.violations(o, scenario, Files.readAllBytes(scenario), out, folder));
    }
  }

  private void assertRefused(String command, List<String> typed, String problem) throws IOException {
    Path folder = Files.createDirectories(tmp.resolve(command + "-" + String.join("-", typed).replaceAll("[^a-z0-9]+", "_")));
    Path scenario = copy(BASE, folder);
    byte[] original = Files.readAllBytes(scenario);
    Path out = command.equals("bench") ? null : folder.resolve("out");
    List<String> args = new ArrayList<>(arguments(command, folder, scenario, out));
    args.addAll(typed);
    Refusal.Outcome o = Refusal.sim(args);
    String what = command + " " + String.join(" ", typed);
    assertEquals(Main.BAD_INPUT, o.code(), what + ": " + o.err());
    // One problem, said once, even when compare reads the option into both of its scenarios.
    assertEquals(List.of("error: " + problem, "1 problem; nothing was run or written."), o.err().lines().toList(), what);
    assertEquals("", o.out(), what);
    assertEquals(List.of(), Refusal.violations(o, scenario, original, out, folder), what);
  }

  /** A command line for {@code command} on {@code scenario} (and, for compare, a second file beside it). */
  private static List<String> arguments(String command, Path folder, Path scenario, Path out) throws IOException {
    List<String> args = new ArrayList<>(List.of(command, scenario.toString()));
    switch (command) {
      case "sweep" -> args.addAll(List.of("--vary", "callers.balk_probability=0,0.1"));
      case "compare" -> args.add(scenario.toString());
      case "bench" -> {
        args.addAll(List.of("--threads", "1", "--warmup", "0", "--seconds", "0.01", "--rounds", "1", "--no-reference"));
        return args;
      }
      default -> { }
    }
    args.addAll(List.of("--out", out.toString()));
    args.addAll(TINY);
    return args;
  }

  private static Path copy(String bundled, Path folder) throws IOException {
    return Files.copy(Path.of("scenarios", bundled), folder.resolve(bundled));
  }

  private static Refusal.Outcome run(String command, List<String> what, Path out, String... options) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(what);
    args.addAll(List.of("--out", out.toString()));
    args.addAll(TINY);
    args.addAll(List.of(options));
    return Refusal.sim(args);
  }

  private static void assertOk(Refusal.Outcome o) {
    assertEquals(Main.OK, o.code(), o.err());
  }
}
