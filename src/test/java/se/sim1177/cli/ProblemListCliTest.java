package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long list of problems is cut to its first {@link Problems#MAX_SHOWN} and a count of the rest: a
 * scenario using a YAML alias 90,000 times printed 90,000 error lines.
 */
class ProblemListCliTest {
  /** Alias uses in the scenario: far more than are shown, few enough to read in a moment. */
  private static final int ALIAS_USES = 5_000;

  @TempDir
  Path tmp;

  @Test
  void thousandsOfAliasUsesGiveTheFirstTwentyAndACountOfTheRest() throws Exception {
    String base = Files.readString(Path.of("scenarios", "01-erlang-a-check.yaml"));
    String intraday = "  intraday: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]";
    assertTrue(base.contains(intraday), "the scenario still has its intraday line");
    Path scenario = tmp.resolve("aliases.yaml");
    Files.writeString(scenario, base.replace(intraday, "  intraday: [&one 1" + ", *one".repeat(ALIAS_USES) + "]"));
    Path out = tmp.resolve("out");
    for (List<String> command : List.of(List.of("check", scenario.toString()),
        List.of("run", scenario.toString(), "--out", out.toString()))) {
      Refusal.Outcome o = Refusal.sim(command);
      assertEquals(Main.BAD_INPUT, o.code(), command + ": " + o.err());
      assertEquals(Problems.MAX_SHOWN, o.errorLines().size(), command + " prints the first " + Problems.MAX_SHOWN);
      assertTrue(o.errorLines().stream().allMatch(l -> l.contains("uses a YAML alias (*one)")), o.err());
      assertTrue(o.err().contains(ALIAS_USES + " problems; the first 20 are shown, " + (ALIAS_USES - 20)
          + " more are not; nothing was run or written."), command + ": " + o.err());
      assertEquals(List.of(), Refusal.violations(o, scenario, Files.readAllBytes(scenario), out, tmp), o.err());
      assertEquals(List.of(), Refusal.strayLines(o), o.err());
    }
  }

  /**
   * {@code compare} gathers the problems of every scenario, each once: with an alias on each of
   * thousands of lines, every problem is distinct (and gathering them one by one into a list it
   * looked through for each took minutes at 90,000).
   */
  @Test
  void compareCountsTheProblemsOfEveryScenarioAndShowsTheFirstTwenty() throws Exception {
    String base = Files.readString(Path.of("scenarios", "01-erlang-a-check.yaml"));
    String intraday = "  intraday: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]";
    String aliasPerLine = "  intraday:\n    - &one 1" + "\n    - *one".repeat(ALIAS_USES);
    Path first = tmp.resolve("first.yaml");
    Path second = tmp.resolve("second.yaml");
    Files.writeString(first, base.replace(intraday, aliasPerLine));
    Files.writeString(second, base.replace(intraday, aliasPerLine));
    Path out = tmp.resolve("out");
    Refusal.Outcome o = Refusal.sim(List.of("compare", first.toString(), second.toString(), "--out", out.toString()));
    assertEquals(Main.BAD_INPUT, o.code(), o.err());
    assertEquals(Problems.MAX_SHOWN, o.errorLines().size(), o.err());
    assertTrue(o.err().contains(2 * ALIAS_USES + " problems; the first 20 are shown, " + (2 * ALIAS_USES - 20) + " more are not"),
        o.err());
    assertEquals(List.of(), Refusal.strayLines(o), o.err());
  }

  @Test
  void aShortListIsShownWholeWithItsCount() {
    assertEquals("1 problem; nothing was run or written.", Problems.count(1));
    assertEquals("20 problems; nothing was run or written.", Problems.count(20));
    assertEquals("21 problems; the first 20 are shown, 1 more is not; nothing was run or written.", Problems.count(21));
  }

  @Test
  void aLongUsageErrorIsCutTheSameWay() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Problems.reportUsage(IntStream.range(0, 25).mapToObj(i -> "--out x" + i + ": refused").toList(), err);
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(21, lines.size(), String.join("\n", lines));
    assertEquals("error: --out x19: refused", lines.get(19));
    assertEquals("25 problems; the first 20 are shown, 5 more are not; nothing was run or written.", lines.get(20));

    bytes.reset();
    Problems.reportUsage(List.of("--threads 0: must be 1 or more"), err);
    assertEquals("error: --threads 0: must be 1 or more\n", bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
        "a usage error of one problem is one line, as before");
  }
}
