package se.sim1177.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.experiment.ExperimentSummary;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.experiment.TargetCheck;
import se.sim1177.report.chart.SvgChart;
import se.sim1177.report.chart.SweepChart;
import se.sim1177.report.format.MetricDisplay;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.format.SweepVariant;
import se.sim1177.report.format.TargetRisks;
import se.sim1177.report.format.Verdicts;
import se.sim1177.scenario.Scenario;

/**
 * A sweep's {@code report.html}: per variant, how likely a period is to meet each target and all
 * of them (a table, and a chart per target against the first varied key with Wilson bands), each
 * main metric against the varied key (the charts of {@code sweep.csv}'s PNGs, as SVG), and what
 * was run (the varied keys, the base scenario's inputs, comments and file). The charts show every
 * variant; the table of a large sweep lists a sample ({@link ShownVariants}) and says so.
 */
public final class SweepReportPage {
  private SweepReportPage() {}

  public static String html(List<String> keys, List<SweepVariant> rows, Scenario base, RunInfo info) {
    Html h = new Html();
    h.raw(ReportPage.head("sim1177 sweep report: " + base.name()));
    ExperimentSummary first = rows.get(0).summary();
    String periods = Verdicts.periods(first.risk().periodDays());
    h.raw("<header>\n<h1>").esc("Sweep: " + base.name()).raw("</h1>\n");
    h.p(String.format(Locale.ROOT, "%d variants of %s; each %d simulated %s, seed %d, the same callers in every"
        + " variant; sim1177 %s, run %s.", rows.size(), String.join(" × ", keys), first.replications(),
        Verdicts.periodsOfDays(first.measuredDays()), first.seed(), info.version(), info.startedAt()));
    h.raw("</header>\n");
    ReportPage.nav(h, List.of(new String[] {"verdict", "The targets by variant"},
        new String[] {"risk", "Probability of meeting the targets"}, new String[] {"metrics", "The figures by variant"},
        new String[] {"run", "What was run"}));
    List<String> names = TargetRisks.names(first.risk());
    verdict(h, keys, rows, names, periods);
    risk(h, keys, rows, names, periods);
    metrics(h, keys, rows, base);
    h.section("run", "What was run");
    List<List<String>> run = new ArrayList<>();
    run.add(List.of("", ""));
    run.add(List.of("base scenario", base.name()));
    run.add(List.of("read from", info.scenarioSource()));
    run.add(List.of("varied (--vary)", String.join("; ", keys)));
    run.add(List.of("variants", Integer.toString(rows.size())));
    run.add(List.of("overrides (--set)", info.overrides().isEmpty() ? "none" : String.join("; ", info.overrides())));
    run.add(List.of("replications per variant", Integer.toString(first.replications())));
    run.add(List.of("seed", Long.toString(first.seed())));
    run.add(List.of("sim1177 version", info.version()));
    run.add(List.of("command line", String.join(" ", info.commandLine())));
    run.add(List.of("started", info.startedAt()));
    h.table("run", run, Html.TEXT_ONLY);
    ScenarioSection.describe(h, base, info.scenarioText(), "scenario.yaml");
    h.endSection();
    h.raw(ReportPage.foot("Written by sim1177 " + info.version() + ". Every figure is also in sweep.csv beside this file."));
    return h.toString();
  }

  private static void verdict(Html h, List<String> keys, List<SweepVariant> rows, List<String> names, String periods) {
    h.section("verdict", "The targets by variant");
    if (names.isEmpty()) {
      h.element("p", "verdict-none", "The scenario sets no targets, so there is nothing to meet: the figures below describe the"
          + " simulated line in each variant.");
    } else {
      h.p("For each variant: the share of simulated " + periods + " that meet each target (with its Wilson 95 % interval), then"
          + " the answer rate and mean wait expected over all of them.");
    }
    List<List<String>> table = new ArrayList<>();
    List<String> header = new ArrayList<>(keys);
    for (String name : names) {
      header.add(goal(rows, name));
    }
    header.add("answer rate");
    header.add("mean wait");
    table.add(header);
    ShownVariants shown = ShownVariants.of(rows.stream().map(SweepVariant::summary).toList());
    if (shown.leavesOut(rows.size())) {
      h.element("p", "note", leftOut(keys, rows, shown, !names.isEmpty()));
    }
    for (int i : shown.indexes()) {
      SweepVariant r = rows.get(i);
      List<String> line = new ArrayList<>(r.values());
      for (String name : names) {
        PeriodRisk.TargetRisk t = TargetRisks.find(r.summary().risk(), name);
        line.add(t == null ? "–" : !t.applicable() ? "not applicable" : Verdicts.percent(t.probability()) + " % ("
            + Verdicts.percentDown(t.wilsonLow()) + "–" + Verdicts.percentUp(t.wilsonHigh()) + ")");
      }
      line.add(RunReportPage.value(Metrics.ANSWER_RATE, r.summary().metric(Metrics.ANSWER_RATE.key()).mean()));
      line.add(RunReportPage.value(Metrics.MEAN_WAIT_ANSWERED, r.summary().metric(Metrics.MEAN_WAIT_ANSWERED.key()).mean()));
      table.add(line);
    }
    h.table("sweep", table, keys.size());
    h.endSection();
  }

  /** What the table of a large sweep leaves out, which variants it lists instead, and where the rest are. */
  private static String leftOut(List<String> keys, List<SweepVariant> rows, ShownVariants shown, boolean targets) {
    String ranking = targets ? "ranked by the probability of meeting every target, then by answer rate" : "ranked by answer rate";
    return String.format(Locale.ROOT, "The table lists %,d of the %,d variants: spread evenly through the sweep from the first"
        + " to the last, with the best (%s) and the worst (%s), %s. sweep.csv beside this page has every variant, and the"
        + " charts below show them all.", shown.indexes().size(), rows.size(), variant(keys, rows.get(shown.best())),
        variant(keys, rows.get(shown.worst())), ranking);
  }

  /** A variant as its varied keys and values: {@code chat.adoption=0.2, queue.max_waiting=40}. */
  private static String variant(List<String> keys, SweepVariant row) {
    List<String> pairs = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      pairs.add(keys.get(k) + "=" + row.values().get(k));
    }
    return String.join(", ", pairs);
  }

  /**
   * Target {@code name} in words, as every variant sets it; when a varied key changes the target
   * itself (--vary targets.answer_rate=...), its name and "as each variant sets it".
   */
  private static String goal(List<SweepVariant> rows, String name) {
    if (name.equals(PeriodRisk.ALL)) {
      return "every target at once";
    }
    ExperimentSummary first = rows.get(0).summary();
    boolean alike = rows.stream().allMatch(r -> PeriodRisk.sameTarget(first.risk(), r.summary().risk(), name));
    if (!alike) {
      return "the " + name.replace('_', ' ') + " target, as each variant sets it";
    }
    TargetCheck t = first.targets().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    return Verdicts.goal(t, first.scenarioTargets());
  }

  private static void risk(Html h, List<String> keys, List<SweepVariant> rows, List<String> names, String periods) {
    h.section("risk", "Probability of meeting the targets");
    if (names.isEmpty()) {
      h.element("p", "note", "No targets, so no probability of meeting them.");
      h.endSection();
      return;
    }
    ExperimentSummary first = rows.get(0).summary();
    int i = 0;
    for (String name : names) {
      String goal = goal(rows, name);
      MetricDisplay display = new MetricDisplay("p_meets_" + name, periods + " meeting the target", "%", 100, 100);
      List<SweepChart.Point> points = new ArrayList<>();
      for (SweepVariant r : rows) {
        PeriodRisk.TargetRisk t = TargetRisks.find(r.summary().risk(), name);
        if (t != null && t.applicable()) {
          points.add(new SweepChart.Point(r.values(), new MetricSummary(t.probability(), t.wilsonLow(), t.wilsonHigh(), t.periods())));
        }
      }
      h.figure(SvgChart.svg(SweepChart.chart(keys, points, display, List.of(), first.replications(),
          "Share of %d simulated " + periods + " meeting it%s, shaded = Wilson 95 %% interval; the same callers in every variant",
          upperFirst(goal) + ": how likely a " + Verdicts.singular(periods) + " meets it"), "chart-risk-" + (i++),
          RunReportPage.WIDTH, 460),
          "The probability that a " + Verdicts.singular(periods) + " meets " + lowerFirst(goal) + ", against "
              + SweepChart.variedKeyLabel(keys.get(0)) + (keys.size() > 1 ? ", one line per value of the other varied keys." : "."));
    }
    h.endSection();
  }

  private static void metrics(Html h, List<String> keys, List<SweepVariant> rows, Scenario base) {
    h.section("metrics", "The figures by variant");
    for (Metric m : SweepChart.charted(base)) {
      h.figure(SvgChart.svg(SweepChart.of(keys, rows, m), "chart-" + m.key().replace('_', '-'), RunReportPage.WIDTH, 500),
          MetricDisplay.of(m).title() + " against " + SweepChart.variedKeyLabel(keys.get(0)) + " (" + m.key() + ".png).");
    }
    h.endSection();
  }

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
