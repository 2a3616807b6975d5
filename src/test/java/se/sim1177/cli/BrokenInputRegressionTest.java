package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failures {@link BrokenInputProperties} found, each shrunk to its smallest input and kept as a
 * fixed case, so a fix cannot quietly come undone when the generators change.
 */
class BrokenInputRegressionTest {
  @TempDir
  Path tmp;

  /** Runs {@code command} on {@code text} written to {@code my.yaml}, checks the rule, returns the outcome. */
  private Refusal.Outcome refuse(byte[] text, String command, String... more) throws IOException {
    Path file = tmp.resolve("my.yaml");
    Files.write(file, text);
    Path out = tmp.resolve("out");
    List<String> args = new ArrayList<>(List.of(command, file.toString()));
    if (!command.equals("check")) {
      args.addAll(List.of("--out", out.toString()));
    }
    args.addAll(List.of(more));
    Refusal.Outcome o = Refusal.sim(args);
    assertEquals(Main.BAD_INPUT, o.code(), o.err());
    assertEquals(List.of(), Refusal.violations(o, file, text, command.equals("check") ? null : out, tmp), o.err());
    return o;
  }

  private static byte[] bundled(String name) throws IOException {
    return Files.readAllBytes(Path.of("scenarios", name));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Issue 17.10: a named pipe nothing writes to, given as the scenario, made {@code check} wait forever. */
  @Test
  void aPipeNothingWritesToIsRefusedNotWaitedOnForever() throws Exception {
    Path fifo = tmp.resolve("pipe.yaml");
    org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "mkfifo makes a named pipe here");
    long start = System.nanoTime();
    Refusal.Outcome o = Refusal.sim(List.of("check", fifo.toString()));
    assertEquals(Main.BAD_INPUT, o.code(), o.err());
    assertTrue(o.err().contains("pipe.yaml: is not a file but a pipe or device, and it did not deliver a scenario within 10 s"),
        o.err());
    assertTrue(System.nanoTime() - start < java.util.concurrent.TimeUnit.SECONDS.toNanos(60), "refused, not hung");
  }

  /** Found by checkRefusesMutatedScenariosCleanly: a byte that is not UTF-8 was reported without a line. */
  @Test
  void aByteThatIsNotUtf8IsReportedWithItsLine() throws IOException {
    byte[] text = concat("name: x\nsimulation: {days: 2}\n".getBytes(StandardCharsets.UTF_8), new byte[] {'#', ' ', (byte) 0xff, '\n'});
    Refusal.Outcome o = refuse(text, "check");
    assertTrue(o.err().contains("my.yaml:3: is not UTF-8 text (byte 0xFF at byte offset 32); save the file as UTF-8"), o.err());
  }

  @Test
  void aCutMultiByteCharacterAtTheEndIsReportedWithItsLine() throws IOException {
    byte[] text = bundled("01-erlang-a-check.yaml");
    byte[] cut = concat(text, new byte[] {(byte) 0xc3});
    Refusal.Outcome o = refuse(cut, "run");
    long lines = new String(text, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    assertTrue(o.err().contains("my.yaml:" + (lines + 1) + ": is not UTF-8 text (byte 0xC3"), o.err());
  }

  /**
   * Found by checkPrintsOneLinePerProblem (shrunk: 01-erlang-a-check.yaml cut after 37.4 %): a YAML
   * syntax error prints the YAML library's message over seven lines and names line 1, not line 2
   * where the stray {@code s} is. Now one line with the line and column of the problem.
   */
  @Test
  void aYamlSyntaxErrorIsOneLine() throws IOException {
    Refusal.Outcome o = refuse("name: x\ns".getBytes(StandardCharsets.UTF_8), "check");
    assertEquals(List.of(), Refusal.strayLines(o), o.err());
    assertEquals(1, o.errorLines().size(), o.err());
    assertTrue(o.errorLines().get(0).contains("my.yaml:2:2: is not valid YAML"), o.err());
  }

  /**
   * Found while writing the corpus: a problem with a section written as an indented block (a
   * misspelt section name, a missing required key) named the first line inside the block, not the
   * line of its key.
   */
  @Test
  void aProblemWithABlockSectionNamesTheLineOfItsKey() throws IOException {
    String text = "name: x\nhandlng:\n  talk_time: {distribution: fixed, value: 1m}\narrivals:\n  weekday_factors: [1, 1, 1, 1, 1, 1, 1]\n";
    Refusal.Outcome o = refuse(text.getBytes(StandardCharsets.UTF_8), "check");
    assertTrue(o.err().contains("my.yaml:2: handlng: unknown key (did you mean 'handling'?)"), o.err());
    assertTrue(o.err().contains("my.yaml:4: arrivals: missing required key 'calls_per_day'"), o.err());
  }

  /** The key-line rule must not move a problem with a {@code --set} value onto the file's line. */
  @Test
  void aProblemWithAnOverriddenSectionNamesTheOverride() throws IOException {
    Refusal.Outcome o = refuse(bundled("02-varmland-2019.yaml"), "check", "--set", "callers={balk_probability: 0}");
    assertTrue(o.err().contains("error: --set callers={balk_probability: 0}: callers: missing required key 'patience'"), o.err());
  }

  /**
   * Found by checkLocatesAMistypedValueOnItsLine (shrunk: 02-varmland-2019.yaml with the value of
   * calls_per_year deleted): an empty required value was reported as a missing calls_per_day on the
   * line of {@code arrivals:}, not on the line the user left empty.
   */
  @Test
  void anEmptyRequiredValueIsReportedOnItsLine() throws IOException {
    String text = new String(bundled("02-varmland-2019.yaml"), StandardCharsets.UTF_8)
        .replaceFirst("calls_per_year: [0-9]+", "calls_per_year:")
        .replaceFirst("patience: \\{[^}]*\\}", "patience: ~");
    Refusal.Outcome o = refuse(text.getBytes(StandardCharsets.UTF_8), "check");
    List<String> lines = text.lines().toList();
    int year = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("calls_per_year:")).findFirst().orElseThrow());
    int patience = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("patience: ~")).findFirst().orElseThrow());
    assertEquals(List.of(
        "error: " + tmp.resolve("my.yaml") + ":" + year + ": arrivals.calls_per_year: is empty, but it is required (first call attempts per year)",
        "error: " + tmp.resolve("my.yaml") + ":" + patience + ": callers.patience: is empty, but it is required (a distribution, like "
            + "{distribution: exponential, mean: 10m})"), o.errorLines());
  }

  /**
   * Found by checkLocatesAMistypedValueOnItsLine (shrunk: 02-varmland-2019.yaml with the first
   * weekday factor replaced by -7): with calls_per_year, a negative factor was hidden behind a false
   * "every weekday factor is 0" on the calls_per_year line.
   */
  @Test
  void aNegativeWeekdayFactorIsReportedBesideCallsPerYear() throws IOException {
    String text = new String(bundled("02-varmland-2019.yaml"), StandardCharsets.UTF_8)
        .replaceFirst("weekday_factors: \\[[0-9.]+,", "weekday_factors: [-7,");
    Refusal.Outcome o = refuse(text.getBytes(StandardCharsets.UTF_8), "check");
    assertEquals(1, o.errorLines().size(), o.err());
    assertTrue(o.errorLines().get(0).contains(": arrivals.weekday_factors[0]: -7 must be between 0 and 100"), o.err());
  }
}
