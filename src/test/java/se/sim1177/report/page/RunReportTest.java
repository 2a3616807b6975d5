package se.sim1177.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.app.RunJob;
import se.sim1177.app.RunOptions;
import se.sim1177.report.format.Verdicts;

/**
 * {@code report.html} as text, without a browser ({@link ReportBrowserTest} looks at it in one):
 * every run writes it, its sections come in the order of issue 11, each chart is an inline SVG,
 * scenario text is escaped, a scenario without targets says so, and the file refers to nothing
 * outside itself.
 */
class RunReportTest {
  private static final List<String> RUN_SECTIONS = List.of("verdict", "week", "heatmaps", "load", "periods", "days", "groups", "run");

  @TempDir
  Path tmp;

  @Test
  void htmlTextEscapesWhatHtmlGivesAMeaning() {
    assertEquals("&lt;script&gt;a &amp; b &quot;c&quot; &#39;d&#39;&lt;/script&gt;", Html.text("<script>a & b \"c\" 'd'</script>"));
    assertEquals("Värmland – 85 %", Html.text("Värmland – 85 %"));
    assertEquals("", Html.text(null));
  }

  /**
   * Shares in words never round to what they are not: 299 of 300 months is not "met in 100 %", a
   * lower bound is rounded down and an upper bound up, a target of 87.5 % stays 87.5 %, and a
   * period of 14 days is named once.
   */
  @Test
  void sharesInWordsDoNotRoundToWhatTheyAreNot() {
    assertEquals(">99", Verdicts.percent(299.0 / 300));
    assertEquals("<1", Verdicts.percent(1.0 / 300));
    assertEquals("100", Verdicts.percent(1));
    assertEquals("0", Verdicts.percent(0));
    assertEquals("62", Verdicts.percent(0.6249));
    assertEquals("99", Verdicts.percentDown(0.99589));
    assertEquals("89", Verdicts.percentDown(0.895));
    assertEquals("12", Verdicts.percentUp(0.1135));
    assertEquals("87.5", Verdicts.targetPercent(0.875));
    assertEquals("85", Verdicts.targetPercent(0.85));
    assertEquals("periods of 14 days", Verdicts.periodsOfDays(14));
    assertEquals("months of 28 days", Verdicts.periodsOfDays(28));
    assertEquals("1 warm-up day", Verdicts.warmupDays(1));
  }

  @Test
  void aRunWritesTheReportWithItsSectionsInOrderAndAChartInEach() throws Exception {
    Path out = run(Files.readString(Path.of("scenarios", "01-erlang-a-check.yaml")).replace("replications: 20", "replications: 5"),
        List.of());
    String html = Files.readString(out.resolve("report.html"));
    assertEquals(RUN_SECTIONS, sectionIds(html));
    for (String id : List.of("chart-week", "chart-heat-rate", "chart-heat-meets", "chart-load", "chart-periods-rate",
        "chart-periods-wait", "chart-days", "chart-groups")) {
      assertTrue(html.contains("<svg id='" + id + "'"), "report.html should hold chart " + id);
    }
    // One verdict per target (answer rate, mean wait, service level) and one for all of them.
    assertEquals(4, count(html, "<span class=\"sentence\">"));
    assertTrue(html.contains("<span class=\"sentence\">80 % answered within 5 min: met in "), "the service-level verdict in words");
    assertTrue(html.contains("simulated periods of 14 days"), "14-day periods are not months");
    assertFalse(html.contains("<script"), "the report runs no script");
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), "the page may load nothing");
    assertTrue(html.contains("@media print") && html.contains("size: A4"), "the page prints on A4");
    assertTrue(html.contains("sim1177 run test-scenario.yaml"), "the command line is in the report");
    // The tests run under a Swedish locale (see BundledScenariosTest); a chart's tick labels must
    // still read 0.5, never 0,5, as everywhere else in the report and on every machine.
    java.util.regex.Matcher comma = java.util.regex.Pattern.compile(">\\d+,\\d+<").matcher(html);
    assertFalse(comma.find(), "a tick label with a decimal comma: " + (comma.hitEnd() ? "" : comma.group()));
  }

  @Test
  void aScenarioWithoutTargetsOrSomeWeekdaysSaysSoAndStillDrawsEveryChart() throws Exception {
    String text = Files.readString(Path.of("scenarios", "01-erlang-a-check.yaml")).replace("replications: 20", "replications: 3")
        .replace("days: 14", "days: 3").replaceAll("(?m)^targets:.*$", "");
    Path out = run(text, List.of());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("The scenario sets no targets, so there is nothing to meet"));
    assertEquals(0, count(html, "<span class=\"sentence\">"));
    assertFalse(html.contains("chart-heat-meets"), "no probability of meeting a target that is not set");
    assertTrue(html.contains("The scenario sets no target judged per day"));
    assertEquals(RUN_SECTIONS, sectionIds(html));
  }

  @Test
  void textFromTheScenarioIsEscapedEverywhere() throws Exception {
    String evil = "<b onmouseover=alert(1)>x</b>";
    String text = Files.readString(Path.of("scenarios", "01-erlang-a-check.yaml")).replace("replications: 20", "replications: 3")
        + "# a comment with " + evil + "\n";
    Path out = run(text, List.of("name=" + evil));
    String html = Files.readString(out.resolve("report.html"));
    assertFalse(html.contains(evil), "the scenario's markup must never reach the page as markup");
    assertTrue(html.contains("&lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;"), "it is shown as text");
    assertTrue(html.contains("<title>sim1177 report: &lt;b"), "the title too");
  }

  @Test
  void commentsAreFoundOutsideQuotesOnly() {
    assertEquals(-1, ScenarioSection.commentStart("name: \"region #1\""));
    assertEquals(19, ScenarioSection.commentStart("name: \"region #1\"  # the first"));
    assertEquals(0, ScenarioSection.commentStart("# a whole line"));
    assertEquals(-1, ScenarioSection.commentStart("url: a#b"));
    assertEquals("What is sourced\n\ncalls_per_day: an assumption", ScenarioSection.comments(
        "# What is sourced\nname: x\narrivals:\n  calls_per_day: 10   # an assumption\n"));
  }

  private Path run(String scenarioText, List<String> overrides) throws Exception {
    Path scenario = tmp.resolve("test-scenario.yaml");
    Files.writeString(scenario, scenarioText);
    Path out = tmp.resolve("out-" + count(tmp.toString(), "x") + System.nanoTime());
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    RunJob.run(new RunOptions(scenario, null, null, 2, out, overrides, List.of("sim1177", "run", "test-scenario.yaml")), quiet, quiet);
    return out;
  }

  private static List<String> sectionIds(String html) {
    Matcher m = Pattern.compile("<section id=\"([a-z]+)\">").matcher(html);
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
