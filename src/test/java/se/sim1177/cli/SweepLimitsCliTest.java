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

/**
 * How {@code sweep} reports a sweep too large to list: {@code report.html} listed every one of
 * 10,000 variants (46 MB).
 */
class SweepLimitsCliTest {
  private static final String SCENARIO = "01-erlang-a-check.yaml";
  /** A variant of a day with two replications: a sweep of dozens runs in seconds. */
  private static final List<String> TINY = List.of("--replications", "2", "--threads", "1", "--set", "simulation.days=1",
      "--set", "simulation.warmup_days=0");

  @TempDir
  Path tmp;

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
}
