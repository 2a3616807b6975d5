package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep} and {@code compare} write a {@code report.html} beside their CSV: the sections in
 * order, a chart per metric and per target, the probabilities of {@code sweep.csv} and the paired
 * differences of {@code compare.csv} in its tables. ({@code ReportBrowserTest} opens both in a browser;
 * {@code StaffCliTest} checks {@code staff}'s.)
 */
class ReportPagesCliTest {
  private static final String[] SHORT = {"--replications", "4", "--set", "simulation.days=7", "--set", "simulation.warmup_days=1"};

  @TempDir
  Path tmp;

  @Test
  void aSweepReportHasTheTargetsByVariantAndAChartPerTargetAndMetric() throws Exception {
    Path out = tmp.resolve("sweep");
    CliTest.Outcome o = sim(args(List.of("sweep", "scenarios/02-varmland-2019.yaml", "--vary", "staff.groups[0].shifts[3].nurses=4,6",
        "--out", out.toString())));
    assertEquals(0, o.code(), o.err());
    String html = Files.readString(out.resolve("report.html"));
    assertEquals(List.of("verdict", "risk", "metrics", "run"), sections(html));
    // answer rate, mean wait and every target at once, each a chart; five metrics.
    for (String id : List.of("chart-risk-0", "chart-risk-1", "chart-risk-2", "chart-answer-rate", "chart-mean-wait-answered-s",
        "chart-abandon-rate", "chart-service-level", "chart-occupancy")) {
      assertTrue(html.contains("<svg id='" + id + "'"), "sweep report.html should hold " + id);
    }
    // The table's first row is the first variant, its probability as sweep.csv has it.
    List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
    List<String> header = List.of(csv.get(0).split(","));
    String[] first = csv.get(1).split(",", -1);
    double p = Double.parseDouble(first[header.indexOf("p_meets_answer_rate")]);
    assertTrue(html.contains("<tr><th scope=\"row\">4</th><td class=\"num\">" + String.format(java.util.Locale.ROOT, "%.0f", p * 100)
        + " % ("), "the first variant's probability of meeting 85 %, " + p);
  }

  @Test
  void aSweepThatVariesATargetDoesNotNameOneVariantsTargetForAll() throws Exception {
    Path out = tmp.resolve("sweep-targets");
    CliTest.Outcome o = sim(args(List.of("sweep", "scenarios/02-varmland-2019.yaml", "--vary", "targets.answer_rate=0.7,0.8",
        "--vary", "staff.groups[0].shifts[3].nurses=4,6", "--out", out.toString())));
    assertEquals(0, o.code(), o.err());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<th scope=\"col\">the answer rate target, as each variant sets it</th>"), "the varied target's column");
    assertTrue(html.contains("<th scope=\"col\">Mean wait at most 10 min</th>"), "a target every variant shares keeps its words");
    assertTrue(!html.contains("70 % answered") && !html.contains("80 % answered"), "no variant's answer-rate target named for all");
    assertEquals(4, html.split("<tr><th scope=\"row\">0\\.[78]</th>", -1).length - 1, "a row per variant");
  }

  @Test
  void aCompareReportHasTheVerdictsAndThePairedDifferences() throws Exception {
    Path out = tmp.resolve("compare");
    CliTest.Outcome o = sim(args(List.of("compare", "scenarios/06-workplaces-office.yaml", "scenarios/07-workplaces-satellite-home.yaml",
        "--out", out.toString())));
    assertEquals(0, o.code(), o.err());
    String html = Files.readString(out.resolve("report.html"));
    assertEquals(List.of("verdict", "figures", "week", "groups", "run"), sections(html));
    assertTrue(html.contains("<h3>Base: Värmland-sized region, all nurses at the office</h3>"), "the base's verdicts");
    assertTrue(html.contains("<h3>Alternative 1: Värmland-sized region, satellite and home workplaces</h3>"), "the alternative's");
    assertTrue(html.contains("<svg id='chart-week'"), "the week of both");
    // compare.csv's paired difference in the answer rate, in points, with its verdict.
    for (String line : Files.readAllLines(out.resolve("compare.csv"))) {
      // The scenario's name may be quoted and hold commas: read the fields after role and metric.
      String key = ",alternative 1,answer_rate,";
      int at = line.indexOf(key);
      if (at >= 0) {
        String[] f = line.substring(at + key.length()).split(",", -1); // mean, low, high, diff, low, high, excludes zero
        String diff = signed(Double.parseDouble(f[3]) * 100) + " [" + signed(Double.parseDouble(f[4]) * 100) + ", "
            + signed(Double.parseDouble(f[5]) * 100) + "] points";
        // A higher answer rate is better (issue 18.4: better or worse by each figure's direction).
        String verdict = f[6].equals("true") ? (Double.parseDouble(f[3]) > 0 ? "better" : "worse") : "no clear difference";
        assertTrue(html.contains("<td class=\"num\">" + diff + "</td><td class=\"num\">" + verdict + "</td>"),
            "the answer rate's paired difference " + diff + " (" + verdict + ")");
        return;
      }
    }
    throw new AssertionError("compare.csv has no answer_rate row for alternative 1");
  }

  /** One decimal with its sign, and no sign on a value that rounds to zero ("0.0", never "-0.0"). */
  private static String signed(double v) {
    String s = String.format(java.util.Locale.ROOT, "%.1f", Math.abs(v));
    return s.equals("0.0") ? s : (v < 0 ? "-" : "+") + s;
  }

  private static String[] args(List<String> command) {
    List<String> all = new ArrayList<>(command);
    all.addAll(List.of(SHORT));
    return all.toArray(new String[0]);
  }

  private static List<String> sections(String html) {
    Matcher m = Pattern.compile("<section id=\"([a-z]+)\">").matcher(html);
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
