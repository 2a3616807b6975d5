package se.sim1177.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.GroupFigures;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.experiment.TargetCheck;
import se.sim1177.report.chart.ChartStyle;
import se.sim1177.report.chart.ChatWeekChart;
import se.sim1177.report.chart.DayShareChart;
import se.sim1177.report.chart.GroupHoursChart;
import se.sim1177.report.chart.HeatMapChart;
import se.sim1177.report.chart.LoadChart;
import se.sim1177.report.chart.PeriodDistributionChart;
import se.sim1177.report.chart.SvgChart;
import se.sim1177.report.chart.WeekAxis;
import se.sim1177.report.chart.WeekChart;
import se.sim1177.report.format.MetricDisplay;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.format.Verdicts;

/**
 * A run's {@code report.html}: one self-contained page a manager or a board member opens in a browser or
 * prints on A4. In this order: the verdict in words (one sentence per target, and every target at
 * once); the week with bands and targets; heat maps of the answer rate and of the probability that
 * an hour meets its target; offered load against nurses on duty by group; the distribution of a
 * period's answer rate and mean wait across replications; the share of days meeting each target by
 * weekday; groups and workplaces; the chat (when there is one); and what was run. Charts are inline
 * SVG ({@link SvgChart}); every text that comes from the scenario or the command line is escaped.
 * It carries the command line and start time, like {@code run.json}, so it is not byte-identical
 * between runs.
 */
public final class RunReportPage {
  /** Width of every chart's drawing, in the view box's units; the page scales it to the column. */
  static final int WIDTH = 1000;

  private RunReportPage() {}

  public static String html(ExperimentResult result, RunInfo info) {
    Html h = new Html();
    String name = result.scenarioName();
    h.raw(ReportPage.head("sim1177 report: " + name));
    h.raw("<header>\n<h1>").esc(name).raw("</h1>\n");
    h.p(String.format(Locale.ROOT, "%d simulated %s each (after %s), seed %d; sim1177 %s, run %s.",
        result.replications(), Verdicts.periodsOfDays(result.calendar().measuredDays()),
        Verdicts.warmupDays(result.calendar().warmupDays()), result.seed(), info.version(), info.startedAt()));
    h.raw("</header>\n");
    List<String[]> toc = new ArrayList<>(List.of(new String[] {"verdict", "The verdict"}, new String[] {"week", "The week"},
        new String[] {"heatmaps", "Hour by hour"}, new String[] {"load", "Load against nurses on duty"},
        new String[] {"periods", "Month to month"}, new String[] {"days", "Day by day"},
        new String[] {"groups", "Groups and workplaces"}));
    boolean chatSection = result.hasChat() || result.hasCallbacks();
    if (chatSection) {
      toc.add(new String[] {"chat", result.hasChat() ? "1177 direkt (chat) and callbacks" : "Callbacks"});
    }
    toc.add(new String[] {"run", "What was run"});
    ReportPage.nav(h, toc);
    verdict(h, result);
    week(h, result);
    heatMaps(h, result);
    load(h, result);
    periods(h, result);
    days(h, result);
    groups(h, result);
    if (chatSection) {
      chat(h, result, toc.get(toc.size() - 2)[1]);
    }
    whatWasRun(h, result, info);
    h.raw(ReportPage.foot("Written by sim1177 " + info.version() + ". The figures are also in summary.json, intervals.csv,"
        + " daily.csv, replications.csv and groups.csv beside this file."));
    return h.toString();
  }

  private static void verdict(Html h, ExperimentResult result) {
    h.section("verdict", "The verdict");
    List<Verdicts.Verdict> verdicts = Verdicts.of(result);
    String periods = Verdicts.periods(result.risk().periodDays());
    if (verdicts.isEmpty()) {
      h.element("p", "verdict-none", "The scenario sets no targets, so there is nothing to meet: the figures below describe"
          + " the simulated line.");
    } else {
      h.p("Each replication is one simulated period of " + result.risk().periodDays() + " days. How often a period meets each"
          + " target, and the figure expected over all of them:");
      ReportPage.verdicts(h, verdicts);
    }
    List<String> warnings = result.warnings();
    if (!warnings.isEmpty()) {
      h.raw("<div class=\"warnings\"><strong>Before trusting the figures</strong><ul>\n");
      for (String w : warnings) {
        h.raw("<li>").esc(w).raw("</li>\n");
      }
      h.raw("</ul></div>\n");
    }
    h.raw("<h3>Key figures</h3>\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("figure", "expected", "95 % confidence interval", "target", "expected figure against it"));
    List<Metric> key = List.of(Metrics.OFFERED_PER_DAY, Metrics.ANSWERED_PER_DAY, Metrics.ANSWER_RATE, Metrics.ABANDON_RATE,
        Metrics.MEAN_WAIT_ANSWERED, Metrics.P90_WAIT_ANSWERED, Metrics.SERVICE_LEVEL, Metrics.OCCUPANCY, Metrics.NURSE_HOURS_PER_DAY);
    for (Metric m : key) {
      MetricSummary s = result.metric(m.key());
      TargetCheck t = result.targets().stream().filter(x -> x.metric().equals(m.key())).findFirst().orElse(null);
      String target = t == null ? "" : (t.atLeast() ? "at least " : "at most ") + MetricDisplay.of(m).format(t.target());
      rows.add(List.of(label(m), value(m, s.mean()), interval(m, s), target, t == null ? "" : t.verdict()));
    }
    h.table("figures", rows, 1);
    h.element("p", "note", "Expected: over all " + periods + " together (a ratio of sums for the rates and waits); the interval"
        + " is how sure that figure is, not how much a single " + Verdicts.singular(periods) + " varies (see Month to month)."
        + " Against the target: met or not met when the whole interval is on one side of it, uncertain when it straddles it"
        + " (summary.json's verdict).");
    h.endSection();
  }

  private static void week(Html h, ExperimentResult result) {
    h.section("week", "The week");
    h.figure(SvgChart.svg(WeekChart.ofRun(result), "chart-week", WIDTH, 720),
        "Answer rate and mean wait of answered calls per hour of the week, Monday to Sunday, all replications' calls pooled;"
            + " shaded: 95 % confidence band; dashed: the targets. The same chart as week.png.");
    h.endSection();
  }

  private static void heatMaps(Html h, ExperimentResult result) {
    h.section("heatmaps", "Hour by hour");
    int ipd = result.calendar().intervalsPerDay();
    int rate = Metrics.INTERVAL.indexOf(Metrics.ANSWER_RATE);
    double[] cells = new double[7 * ipd];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = result.daysOnWeekday(c / ipd) == 0 ? Double.NaN : result.interval(c, rate).mean() * 100;
    }
    TargetCheck answerTarget = result.targets().stream().filter(t -> t.metric().equals(Metrics.ANSWER_RATE.key())).findFirst()
        .orElse(null);
    String target = answerTarget == null ? "" : "; target " + Verdicts.targetPercent(answerTarget.target()) + " %";
    String interval = intervalWord(ipd);
    String labelled = ipd == 24 ? ", the value printed in each cell" : "";
    h.figure(SvgChart.svg(HeatMapChart.chart("Answer rate by weekday and " + interval, "Per cent of offered calls answered" + target,
        cells, ipd, "answer rate (%)", 0, 100), "chart-heat-rate", WIDTH, 470),
        "Answer rate per weekday and " + interval + ", all replications pooled; colour scale viridis (dark: low, yellow: high)"
            + labelled + ". Grey: no calls in any replication.");
    double[] p = result.risk().hourProbability();
    if (p != null) {
      double[] pc = new double[p.length];
      for (int c = 0; c < p.length; c++) {
        pc[c] = result.daysOnWeekday(c / ipd) == 0 ? Double.NaN : p[c] * 100;
      }
      h.figure(SvgChart.svg(HeatMapChart.chart("Probability that the " + interval + " meets the answer-rate target",
          "Per cent of simulated " + Verdicts.periods(result.risk().periodDays()) + " in which its answer rate reaches "
              + Verdicts.targetPercent(answerTarget.target()) + " %", pc, ipd, "probability of meeting the target (%)", 0, 100),
          "chart-heat-meets", WIDTH, 470),
          "For each " + interval + " of the week: the share of replications whose own answer rate there, over the period's days"
              + " of that weekday, reaches the target (intervals.csv p_meets_answer_rate)" + labelled + ". Grey: no calls to judge.");
    } else {
      h.element("p", "note", "The scenario sets no answer-rate target, so there is no map of the probability of meeting it.");
    }
    h.endSection();
  }

  private static void load(Html h, ExperimentResult result) {
    h.section("load", "Load against nurses on duty");
    LoadChart.Load load = LoadChart.load(result);
    h.figure(SvgChart.svg(LoadChart.chart("Offered load and nurses planned on duty over the week", load), "chart-load", WIDTH, 560),
        String.format(Locale.ROOT, "Simulated load (solid line) in erlangs per %s = the call attempts offered there (first attempts"
            + " and redials, as simulated; intervals.csv offered_calls_per_day) × the realised mean handling time, %.1f min (phone"
            + " work / calls answered), / the interval's length. Planned load (dashed) per hour = the scenario's first attempts ×"
            + " its mean handling time, as check prints it. Bars: the nurses planned on duty, not simulated: the phone groups'"
            + " rostered nurses × (1 − absence), blended nurses in full, who also serve the chat. ",
            intervalWord(result.calendar().intervalsPerDay()), load.handleSeconds() / 60)
            + LoadChart.thinHours(load));
    h.endSection();
  }

  private static void periods(Html h, ExperimentResult result) {
    h.section("periods", "Month to month");
    String periods = Verdicts.periods(result.risk().periodDays());
    String label = "simulated " + periods;
    h.p("Each replication is one simulated " + Verdicts.singular(periods) + ": how its figures spread is how much one "
        + Verdicts.singular(periods) + " can differ from the next with the same roster and demand.");
    h.raw("<div class=\"pair\">\n");
    for (Metric m : List.of(Metrics.ANSWER_RATE, Metrics.MEAN_WAIT_ANSWERED)) {
      MetricDisplay d = MetricDisplay.of(m);
      List<Double> targets = ChartStyle.targets(m, List.of(result));
      String id = m == Metrics.ANSWER_RATE ? "chart-periods-rate" : "chart-periods-wait";
      String title = d.title() + " of a " + Verdicts.singular(periods);
      h.figure(SvgChart.svg(PeriodDistributionChart.chart(title, "Replications per range of values; dotted: expected", d,
          result.replicationValues(m.key()), targets, result.metric(m.key()).mean(), label), id, 540, 420),
          percentiles(result, m, d));
    }
    h.raw("</div>\n");
    h.endSection();
  }

  private static String percentiles(ExperimentResult result, Metric m, MetricDisplay d) {
    for (PeriodRisk.Distribution dist : result.risk().distributions()) {
      if (dist.metric().equals(m.key())) {
        double[] p = dist.percentiles();
        if (Double.isNaN(p[2])) {
          return d.title() + ": no replication had calls to judge.";
        }
        return String.format(Locale.ROOT, "%s across %d replications: 5th percentile %s, median %s, 95th percentile %s.",
            d.title(), result.replications(), d.format(p[0]), d.format(p[2]), d.format(p[4]));
      }
    }
    return d.title() + " across replications.";
  }

  private static void days(Html h, ExperimentResult result) {
    h.section("days", "Day by day");
    List<PeriodRisk.DayRisk> days = result.risk().days();
    if (days.isEmpty()) {
      h.element("p", "note", "The scenario sets no target judged per day (answer rate, mean wait or service level).");
      h.endSection();
      return;
    }
    List<String> goals = new ArrayList<>();
    for (PeriodRisk.DayRisk d : days) {
      TargetCheck t = result.targets().stream().filter(x -> x.name().equals(d.name())).findFirst().orElseThrow();
      goals.add(Verdicts.goal(t, result.scenario().targets()));
    }
    h.figure(SvgChart.svg(DayShareChart.chart("Share of days meeting each target, by weekday",
        "Every replication's days, per weekday", days, goals), "chart-days", WIDTH, 480),
        "A single day meets a target when that day's own figure does; a day with nothing to judge (no calls, no chats) is"
            + " left out, and a target with no day to judge reads –.");
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("target", "all days"));
    header.addAll(WeekAxis.DAYS);
    header.add("worst 5 % of days at");
    rows.add(header);
    for (int i = 0; i < days.size(); i++) {
      PeriodRisk.DayRisk d = days.get(i);
      List<String> row = new ArrayList<>(List.of(goals.get(i), Double.isNaN(d.share()) ? "–" : Verdicts.percent(d.share()) + " %"));
      for (double w : d.byWeekday()) {
        row.add(Double.isNaN(w) ? "–" : Verdicts.percent(w) + " %");
      }
      row.add(MetricDisplay.of(d.metric()).format(d.worstFivePercent()));
      rows.add(row);
    }
    h.table("days", rows, 1);
    h.endSection();
  }

  private static void groups(Html h, ExperimentResult result) {
    h.section("groups", "Groups and workplaces");
    boolean chat = result.hasChat();
    List<GroupFigures.Unit> groups = groupTable(h, result);
    h.element("p", "note", "Means over the replications; the 95 % intervals are in groups.csv and summary.json. Times are clipped"
        + " to the measured period, so the groups add up to the line's figures; rows in italics sum the groups of a workplace.");
    h.figure(SvgChart.svg(GroupHoursChart.chart("Nurse-hours per day by group and channel", (chat ? "Phone and chat work" : "Phone work")
        + ", on duty but not busy, and lost to absence", groups, chat), "chart-groups", WIDTH, Math.max(300, 180 + 60 * groups.size())),
        "Each group's rostered nurse-hours per day, overtime included, by what they went to.");
    h.endSection();
  }

  /** The table of figures per group, then per workplace (in italics); returns the groups. */
  static List<GroupFigures.Unit> groupTable(Html h, ExperimentResult result) {
    boolean chat = result.hasChat();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("group", "workplace", "on duty (h/day)", "absent (h/day)", "overtime (h/day)",
        "phone work (h/day)"));
    if (chat) {
      header.add("chat work (h/day)");
    }
    header.addAll(List.of("occupancy", "calls answered per day"));
    if (chat) {
      header.add("chats answered per day");
    }
    header.add("mean handling");
    rows.add(header);
    List<GroupFigures.Unit> groups = new ArrayList<>();
    List<Integer> sums = new ArrayList<>();
    for (GroupFigures.Unit u : result.groups()) {
      boolean group = u.kind().equals("group");
      if (group) {
        groups.add(u);
      } else {
        sums.add(rows.size());
      }
      List<String> row = new ArrayList<>(List.of(group ? u.name() : "all at " + u.name(), u.workplace(),
          hours(u, "nurse_hours_on_duty_per_day"), hours(u, "nurse_hours_absent_per_day"), hours(u, "overtime_hours_per_day"),
          hours(u, "phone_hours_per_day")));
      if (chat) {
        row.add(hours(u, "chat_hours_per_day"));
      }
      row.add(Numbers.fixed(u.figure("occupancy").mean() * 100, 1) + " %");
      row.add(Numbers.fixed(u.figure("calls_answered_per_day").mean(), 1));
      if (chat) {
        row.add(Numbers.fixed(u.figure("chats_answered_per_day").mean(), 1));
      }
      row.add(minutesText(u.figure("mean_handling_time_s").mean()));
      rows.add(row);
    }
    h.table("groups", rows, 2, java.util.Set.copyOf(sums));
    return groups;
  }

  private static void chat(Html h, ExperimentResult result, String heading) {
    h.section("chat", heading);
    List<Metric> shown = new ArrayList<>();
    if (result.hasChat()) {
      shown.addAll(List.of(Metrics.CHAT_SHARE_REALISED, Metrics.CALLS_AVOIDED_PER_DAY, Metrics.CHAT_CONTACTS_PER_DAY,
          Metrics.CHAT_ANSWER_RATE, Metrics.CHAT_ABANDON_RATE,
          Metrics.CHAT_MEAN_RESPONSE, Metrics.CHAT_RESPONSE_SERVICE_LEVEL, Metrics.SELF_CARE_RESOLVED_PER_DAY,
          Metrics.ESCALATIONS_PER_DAY, Metrics.NURSE_HOURS_CHAT));
    }
    if (result.hasChatLink()) {
      shown.addAll(List.of(Metrics.CHAT_LINK_ACCEPTED_PER_DAY, Metrics.MOVED_TO_CHAT_RATE, Metrics.UNIQUE_CALLER_SERVED_RATE));
    }
    if (result.hasCallbacks()) {
      shown.addAll(List.of(Metrics.CALLBACKS_PER_DAY, Metrics.CALLBACKS_UNREACHED_PER_DAY));
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("figure", "expected", "95 % confidence interval"));
    for (Metric m : shown) {
      MetricSummary s = result.metric(m.key());
      rows.add(List.of(label(m), value(m, s.mean()), interval(m, s)));
    }
    h.table("figures", rows, 1);
    se.sim1177.experiment.ChoiceStability stability = result.choiceStability();
    if (stability != null && result.scenario().chat().choice().atAdoption() != result.scenario().chat().adoption()) {
      h.p(String.format(java.util.Locale.ROOT, "Residents react to the phone (chat.choice): %.1f %% of them started in 1177 direkt"
          + " against a base adoption of %.1f %%.%s%s",
          100 * result.metric(Metrics.CHAT_SHARE_REALISED.key()).mean(), 100 * result.scenario().chat().adoption(),
          Double.isNaN(stability.dayToDay()) ? "" : String.format(java.util.Locale.ROOT, " Day to day the realised share varied"
              + " by %.1f percentage points (standard deviation).", 100 * stability.dayToDay()),
          Double.isNaN(stability.autocorrelation()) ? " With one measured day its swing within the day cannot be told from the"
              + " day's own shape." : String.format(java.util.Locale.ROOT, " Within the day it swung %.1f points about its"
              + " time-of-day mean, and %s.", 100 * stability.swing(), stability.oscillates()
              ? String.format(java.util.Locale.ROOT, "it oscillates: a high share is followed by a low one %d intervals later"
                  + " (autocorrelation %.2f)", stability.lagIntervals(), stability.autocorrelation())
              : String.format(java.util.Locale.ROOT, "it settles: no overshooting cycle (lowest autocorrelation up to half a day"
                  + " %.2f)", stability.autocorrelation()))));
    }
    if (result.hasChat()) {
      h.figure(SvgChart.svg(ChatWeekChart.chart("1177 direkt over the week", "Per interval of the week, all replications pooled;"
          + " shaded: 95 % confidence band", result), "chart-chat", WIDTH, 560),
          "Chats started per interval (per day of that weekday) and the mean time to a nurse's first response of answered chats.");
    }
    h.endSection();
  }

  private static void whatWasRun(Html h, ExperimentResult result, RunInfo info) {
    h.section("run", "What was run");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("", ""));
    rows.add(List.of("scenario", result.scenarioName()));
    rows.add(List.of("read from", info.scenarioSource()));
    rows.add(List.of("overrides (--set)", info.overrides().isEmpty() ? "none" : String.join("; ", info.overrides())));
    rows.add(List.of("replications", Integer.toString(result.replications())));
    rows.add(List.of("seed", Long.toString(result.seed())));
    rows.add(List.of("sim1177 version", info.version()));
    rows.add(List.of("command line", String.join(" ", info.commandLine())));
    rows.add(List.of("started", info.startedAt()));
    h.table("run", rows, Html.TEXT_ONLY);
    ScenarioSection.describe(h, result.scenario(), info.scenarioText(), "scenario.yaml");
    h.endSection();
  }

  private static String intervalWord(int ipd) {
    return ipd == 24 ? "hour" : ipd == 48 ? "half hour" : "quarter hour";
  }

  private static String label(Metric m) {
    String l = MetricDisplay.of(m).label();
    return Character.toUpperCase(l.charAt(0)) + l.substring(1);
  }

  /** A figure in its display unit: "71.8 %", "21.6 min", "414.4 calls per day". */
  static String value(Metric m, double computed) {
    if (Double.isNaN(computed)) {
      return "–";
    }
    MetricDisplay d = MetricDisplay.of(m);
    return String.format(Locale.ROOT, "%.1f %s", d.value(computed), d.unit());
  }

  private static String interval(Metric m, MetricSummary s) {
    if (Double.isNaN(s.ci95Low()) || Double.isNaN(s.ci95High())) {
      return "–";
    }
    MetricDisplay d = MetricDisplay.of(m);
    return String.format(Locale.ROOT, "%.1f – %.1f", d.value(s.ci95Low()), d.value(s.ci95High()));
  }

  private static String hours(GroupFigures.Unit u, String key) {
    return Numbers.fixed(u.figure(key).mean(), 1);
  }

  private static String minutesText(double seconds) {
    return Double.isNaN(seconds) ? "–" : String.format(Locale.ROOT, "%.1f min", seconds / 60);
  }
}
