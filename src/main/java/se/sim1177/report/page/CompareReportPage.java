package se.sim1177.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PairedDifference;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.report.chart.SvgChart;
import se.sim1177.report.chart.WeekChart;
import se.sim1177.report.format.ComparedScenario;
import se.sim1177.report.format.Differences;
import se.sim1177.report.format.MetricDisplay;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.format.TargetRisks;
import se.sim1177.report.format.Verdicts;

/**
 * A comparison's {@code report.html}: each scenario's verdict in words, the probability of meeting
 * each target side by side with its paired difference, the main figures side by side with their
 * paired differences (common random numbers) and a verdict on each difference, the week of every
 * scenario in one chart, the groups and workplaces of each, and what was run.
 */
public final class CompareReportPage {
  /** The figures compared side by side. */
  static final List<Metric> COMPARED = List.of(Metrics.ANSWER_RATE, Metrics.MEAN_WAIT_ANSWERED, Metrics.P90_WAIT_ANSWERED,
      Metrics.ABANDON_RATE, Metrics.SERVICE_LEVEL, Metrics.UNIQUE_CALLER_ANSWER_RATE, Metrics.OCCUPANCY,
      Metrics.NURSE_HOURS_PER_DAY, Metrics.OVERTIME_HOURS_PER_DAY);
  static final List<Metric> COMPARED_CHAT = List.of(Metrics.CHAT_ANSWER_RATE, Metrics.CHAT_MEAN_RESPONSE,
      Metrics.CHAT_RESPONSE_SERVICE_LEVEL, Metrics.NURSE_HOURS_PHONE, Metrics.NURSE_HOURS_CHAT);

  private CompareReportPage() {}

  public static String html(List<ComparedScenario> entries, List<RunInfo> infos) {
    Html h = new Html();
    ExperimentResult base = entries.get(0).result();
    h.raw(ReportPage.head("sim1177 comparison report: " + base.scenarioName()));
    h.raw("<header>\n<h1>").esc("Comparison: " + base.scenarioName()).raw("</h1>\n");
    String periods = Verdicts.periods(base.risk().periodDays());
    h.p(String.format(Locale.ROOT, "The base against %d alternative%s, each %d simulated %s with seed %d: the same"
        + " callers in every scenario, so each difference is paired replication by replication. sim1177 %s, run %s.",
        entries.size() - 1, entries.size() == 2 ? "" : "s", base.replications(), Verdicts.periodsOfDays(base.calendar().measuredDays()),
        base.seed(), infos.get(0).version(), infos.get(0).startedAt()));
    h.raw("</header>\n");
    ReportPage.nav(h, List.of(new String[] {"verdict", "The verdicts"}, new String[] {"figures", "Side by side"},
        new String[] {"week", "The week"}, new String[] {"groups", "Groups and workplaces"}, new String[] {"run", "What was run"}));
    verdicts(h, entries, periods);
    figures(h, entries);
    h.section("week", "The week");
    List<ExperimentResult> results = entries.stream().map(ComparedScenario::result).toList();
    h.figure(SvgChart.svg(WeekChart.ofComparison(results), "chart-week", RunReportPage.WIDTH, 720),
        "Answer rate and mean wait of answered calls per hour of the week, every scenario (compare.png).");
    h.endSection();
    h.section("groups", "Groups and workplaces");
    for (int i = 0; i < entries.size(); i++) {
      h.raw("<h3>").esc(role(i) + ": " + entries.get(i).result().scenarioName()).raw("</h3>\n");
      RunReportPage.groupTable(h, entries.get(i).result());
    }
    h.element("p", "note", "Means over the replications (intervals in compare.csv); rows in italics sum a workplace's groups.");
    h.endSection();
    whatWasRun(h, entries, infos);
    h.raw(ReportPage.foot("Written by sim1177 " + infos.get(0).version() + ". Every figure is also in compare.csv beside this file."));
    return h.toString();
  }

  static String role(int i) {
    return i == 0 ? "Base" : "Alternative " + i;
  }

  private static void verdicts(Html h, List<ComparedScenario> entries, String periods) {
    h.section("verdict", "The verdicts");
    for (int i = 0; i < entries.size(); i++) {
      ExperimentResult r = entries.get(i).result();
      h.raw("<h3>").esc(role(i) + ": " + r.scenarioName()).raw("</h3>\n");
      List<Verdicts.Verdict> verdicts = Verdicts.of(r);
      if (verdicts.isEmpty()) {
        h.element("p", "verdict-none", "No targets set.");
        continue;
      }
      ReportPage.verdicts(h, verdicts);
    }
    ExperimentResult base = entries.get(0).result();
    List<String> names = TargetRisks.names(base.risk());
    if (!names.isEmpty() && entries.size() > 1) {
      h.raw("<h3>Probability that a " + Html.text(Verdicts.singular(periods)) + " meets each target</h3>\n");
      List<List<String>> rows = new ArrayList<>();
      List<String> header = new ArrayList<>(List.of("target", "base"));
      for (int i = 1; i < entries.size(); i++) {
        header.add("alternative " + i);
        header.add("difference [95 % CI]");
      }
      rows.add(header);
      Map<String, double[]> baseMet = PeriodRisk.indicators(base);
      for (String name : names) {
        List<String> row = new ArrayList<>();
        row.add(name.equals(PeriodRisk.ALL) ? "every target at once" : Verdicts.goal(
            base.targets().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(), base.scenario().targets()));
        row.add(share(TargetRisks.find(base.risk(), name)));
        for (int i = 1; i < entries.size(); i++) {
          ExperimentResult r = entries.get(i).result();
          PeriodRisk.TargetRisk t = TargetRisks.find(r.risk(), name);
          row.add(share(t));
          if (t == null || !PeriodRisk.sameTarget(base.risk(), r.risk(), name)) {
            row.add("– (not the same target)");
          } else {
            MetricSummary d = PeriodRisk.pairedDifference(baseMet.get(name), PeriodRisk.indicators(r).get(name));
            row.add(Double.isNaN(d.mean()) ? "– (not applicable)"
                : Differences.signed(d.mean() * 100, 0) + " points [" + Differences.signed(d.ci95Low() * 100, 0) + ", "
                    + Differences.signed(d.ci95High() * 100, 0) + "]" + (PairedDifference.excludesZero(d) ? " *" : ""));
          }
        }
        rows.add(row);
      }
      h.table("compare-risk", rows, 1);
      h.element("p", "note", "The share of simulated " + periods + " meeting the target (Wilson 95 % interval); the difference is"
          + " the alternative's minus the base's, paired over the same replications; * marks one whose interval excludes zero.");
    }
    h.endSection();
  }

  private static String share(PeriodRisk.TargetRisk t) {
    return t == null ? "–" : !t.applicable() ? "not applicable" : Verdicts.percent(t.probability()) + " % (" + Verdicts.percentDown(t.wilsonLow()) + "–"
        + Verdicts.percentUp(t.wilsonHigh()) + ")";
  }

  private static void figures(Html h, List<ComparedScenario> entries) {
    h.section("figures", "Side by side");
    ExperimentResult base = entries.get(0).result();
    List<Metric> shown = new ArrayList<>(COMPARED);
    if (entries.stream().anyMatch(e -> e.result().hasChat())) {
      shown.addAll(COMPARED_CHAT);
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("figure", "base"));
    for (int i = 1; i < entries.size(); i++) {
      header.add("alternative " + i);
      header.add("difference [95 % CI]");
      header.add("verdict");
    }
    rows.add(header);
    for (Metric m : shown) {
      MetricDisplay d = MetricDisplay.of(m);
      List<String> row = new ArrayList<>(List.of(d.title(), RunReportPage.value(m, base.metric(m.key()).mean())));
      for (int i = 1; i < entries.size(); i++) {
        ExperimentResult r = entries.get(i).result();
        row.add(RunReportPage.value(m, r.metric(m.key()).mean()));
        MetricSummary diff = PairedDifference.of(base.replicationParts(m.key()), r.replicationParts(m.key()));
        if (Double.isNaN(diff.mean())) {
          row.add("–");
          row.add("–");
        } else {
          row.add(Differences.signed(d.value(diff.mean()), 1) + " [" + Differences.signed(d.value(diff.ci95Low()), 1) + ", "
              + Differences.signed(d.value(diff.ci95High()), 1) + "]" + (d.unit().equals("%") ? " points" : " " + d.unit()));
          int direction = Differences.direction(m.key());
          row.add(!PairedDifference.excludesZero(diff) ? "no clear difference"
              : direction == 0 ? (diff.mean() > 0 ? "higher" : "lower")
              : (diff.mean() > 0) == (direction > 0) ? "better" : "worse");
        }
      }
      rows.add(row);
    }
    h.table("compare", rows, 1);
    h.element("p", "note", "Each scenario's figure over all its replications; the difference is the alternative's minus the"
        + " base's, paired replication by replication (common random numbers), with its 95 % interval: \"better\" or \"worse\""
        + " by the figure's direction (\"higher\" or \"lower\" for demand, hours on duty and occupancy, good or bad only"
        + " against cost) when the interval excludes zero, otherwise no difference the replications can tell.");
    h.endSection();
  }

  private static void whatWasRun(Html h, List<ComparedScenario> entries, List<RunInfo> infos) {
    h.section("run", "What was run");
    ExperimentResult base = entries.get(0).result();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("", ""));
    for (int i = 0; i < entries.size(); i++) {
      rows.add(List.of(role(i).toLowerCase(Locale.ROOT), entries.get(i).result().scenarioName() + " (" + entries.get(i).source() + ")"));
    }
    RunInfo info = infos.get(0);
    rows.add(List.of("overrides (--set)", info.overrides().isEmpty() ? "none" : String.join("; ", info.overrides())));
    rows.add(List.of("replications", Integer.toString(base.replications())));
    rows.add(List.of("seed", Long.toString(base.seed())));
    rows.add(List.of("sim1177 version", info.version()));
    rows.add(List.of("command line", String.join(" ", info.commandLine())));
    rows.add(List.of("started", info.startedAt()));
    h.table("run", rows, Html.TEXT_ONLY);
    for (int i = 0; i < entries.size(); i++) {
      h.raw("<h3>").esc(role(i) + ": " + entries.get(i).result().scenarioName()).raw("</h3>\n");
      ScenarioSection.describe(h, entries.get(i).result().scenario(), infos.get(i).scenarioText(),
          i == 0 ? "base.yaml" : "alternative-" + i + ".yaml");
    }
    h.endSection();
  }
}
