package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code sweep} refuses before it runs, and how it reports a sweep too large to list: two
 * {@code --vary} keys that overlap (the same key written twice, or a section and a key inside it)
 * made variants that differed in name only; a {@code --vary} of 48,893 characters was taken though
 * the README allows 10,000; and {@code report.html} listed every one of 10,000 variants (46 MB).
 */
class SweepLimitsCliTest {
  private static final String SCENARIO = "01-erlang-a-check.yaml";
  /** A variant of a day with two replications: a sweep of dozens runs in seconds. */
  private static final List<String> TINY = List.of("--replications", "2", "--threads", "1", "--set", "simulation.days=1",
      "--set", "simulation.warmup_days=0");
  /** The README's limit on a {@code --set} or {@code --vary} argument. */
  private static final int MAX_CHARS = 10_000;

  @TempDir
  Path tmp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "simulation={seed: 1},{seed: 2}|simulation.seed=5|is inside",
      "simulation.seed=5|simulation={seed: 1}|is inside",
      "staff.groups[0].shifts[0].nurses=7,8|staff.groups[00].shifts[0].nurses=9|written another way",
      "staff.groups[0].absence=0|staff.groups[0]={name: a}|is inside"})
  void overlappingKeysAreRefusedNamingBothAsWritten(String first, String second, String why) throws Exception {
    Refusal.Outcome o = refused("--vary", first, "--vary", second);
    assertEquals(1, o.errorLines().size(), o.err());
    String line = o.errorLines().get(0);
    for (String expected : List.of("--vary " + first, "--vary " + second, why)) {
      assertTrue(line.contains(expected), "the refusal should say '" + expected + "': " + line);
    }
  }

  @Test
  void keysThatOnlyShareAPrefixOfTheirNamesAreNotOverlapping() throws Exception {
    Path out = tmp.resolve("out");
    Refusal.Outcome o = run(out, "--vary", "staff.groups[0].shifts[0].nurses=7,8", "--vary", "staff.groups[0].shifts[0].start=00:00",
        "--vary", "callers.balk_probability=0,0.01");
    assertEquals(Main.OK, o.code(), o.err());
    assertEquals(1 + 2 * 1 * 2, Files.readAllLines(out.resolve("sweep.csv")).size(), "a header and a row per variant");
  }

  @Test
  void aVaryLongerThanTheDocumentedLimitIsRefusedAndOneAtTheLimitIsNot() throws Exception {
    // About 1,700 values, each out of range: were the length let through, every variant would be
    // refused for its value instead, with no mention of the length.
    StringBuilder tooLongBuilder = new StringBuilder("callers.balk_probability=10");
    for (int v = 11; tooLongBuilder.length() <= MAX_CHARS; v++) {
      tooLongBuilder.append(',').append(v);
    }
    String tooLong = tooLongBuilder.toString();
    assertTrue(tooLong.length() > MAX_CHARS, "the argument is over the limit: " + tooLong.length());
    Refusal.Outcome o = refused("--vary", tooLong);
    assertEquals(1, o.errorLines().size(), o.err());
    String line = o.errorLines().get(0);
    assertTrue(line.contains("is " + tooLong.length() + " characters long; --vary takes at most " + MAX_CHARS), line);
    assertTrue(line.length() < 500, "the argument is shortened in the message, not repeated: " + line.length() + " characters");

    // At the limit the length is fine; this one is refused for its value instead, before anything runs.
    String atLimit = "callers.balk_probability=" + "9".repeat(MAX_CHARS - "callers.balk_probability=".length());
    assertEquals(MAX_CHARS, atLimit.length());
    Refusal.Outcome value = refused("--vary", atLimit);
    assertFalse(value.err().contains("characters long"), value.err());
    assertTrue(value.err().contains("probability"), value.err());
  }

  @Test
  void aLargeSweepsReportListsASampleWithTheBestAndWorstAndSaysWhereEveryVariantIs() throws Exception {
    int variants = 60;
    String values = String.join(",", IntStream.range(0, variants).mapToObj(i -> Integer.toString(600 + 20 * i)).toList());
    Path out = tmp.resolve("out");
    Refusal.Outcome o = run(out, "--vary", "arrivals.calls_per_day=" + values);
    assertEquals(Main.OK, o.code(), o.err());
    assertEquals(1 + variants, Files.readAllLines(out.resolve("sweep.csv")).size(), "sweep.csv has every variant");
    String html = Files.readString(out.resolve("report.html"));
    List<String> listed = rowHeadings(html);
    assertEquals(50, listed.size(), "the table lists 50 variants: " + listed);
    assertEquals("600", listed.get(0), "the first variant is listed");
    assertEquals(Integer.toString(600 + 20 * (variants - 1)), listed.get(listed.size() - 1), "the last variant is listed");
    assertTrue(html.contains("The table lists 50 of the 60 variants"), "the page says what it left out");
    assertTrue(html.contains("sweep.csv beside this page has every variant"), "and where the rest are");
    Matcher best = Pattern.compile("with the best \\(arrivals\\.calls_per_day=(\\d+)\\) and the worst \\(arrivals\\.calls_per_day=(\\d+)\\)")
        .matcher(html);
    assertTrue(best.find(), "the page names the best and the worst variant");
    assertTrue(listed.contains(best.group(1)) && listed.contains(best.group(2)), "both are in the table: " + listed);
  }

  @Test
  void aSmallSweepsReportListsEveryVariantAndLeavesNothingOut() throws Exception {
    Path out = tmp.resolve("out");
    Refusal.Outcome o = run(out, "--vary", "arrivals.calls_per_day=600,700,800");
    assertEquals(Main.OK, o.code(), o.err());
    String html = Files.readString(out.resolve("report.html"));
    assertEquals(List.of("600", "700", "800"), rowHeadings(html));
    assertFalse(html.contains("The table lists"), "nothing is left out, so nothing is said about it");
  }

  /** The first cell of each body row of the sweep's table. */
  private static List<String> rowHeadings(String html) {
    int start = html.indexOf("<table class=\"sweep\">");
    String table = html.substring(start, html.indexOf("</table>", start));
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<tr><th scope=\"row\">([^<]*)</th>").matcher(table);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private Refusal.Outcome run(Path out, String... options) throws Exception {
    Path scenario = tmp.resolve(SCENARIO);
    if (!Files.exists(scenario)) {
      Files.copy(Path.of("scenarios", SCENARIO), scenario);
    }
    List<String> args = new ArrayList<>(List.of("sweep", scenario.toString(), "--out", out.toString()));
    args.addAll(TINY);
    args.addAll(List.of(options));
    return Refusal.sim(args);
  }

  /** Runs a sweep that must be refused by the house rule: exit 2, located lines, no stack trace, nothing written. */
  private Refusal.Outcome refused(String... options) throws Exception {
    Path out = tmp.resolve("out");
    Refusal.Outcome o = run(out, options);
    assertEquals(Main.BAD_INPUT, o.code(), o.err());
    Path scenario = tmp.resolve(SCENARIO);
    assertEquals(List.of(), Refusal.violations(o, scenario, Files.readAllBytes(Path.of("scenarios", SCENARIO)), out, tmp), o.err());
    assertEquals(List.of(), Refusal.strayLines(o), o.err());
    return o;
  }
}
