package se.sim1177.report.page;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import se.sim1177.report.chart.CoverageChart;
import se.sim1177.report.chart.RosterChart;
import se.sim1177.report.chart.SvgChart;
import se.sim1177.report.format.DayRanges;
import se.sim1177.report.format.ShiftBreaks;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.format.Verdicts;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Staffing;
import se.sim1177.scenario.TimeOfDay;
import se.sim1177.staffing.GroupChanges;
import se.sim1177.staffing.Roster;
import se.sim1177.staffing.RosterResult;
import se.sim1177.staffing.SearchSettings;
import se.sim1177.staffing.StaffingOutcome;
import se.sim1177.staffing.StaffingProblem;

/**
 * {@code sim1177 staff}'s {@code report.html}: the answer in words (the chosen roster's nurse-hours,
 * cost and how often it meets the targets in the fresh-seed check), the rosters compared (today's,
 * today's scaled up, Erlang C's, Erlang A's and this one), the coverage chart, the chosen roster per
 * group, the notes, and what was run.
 */
public final class StaffReportPage {
  private StaffReportPage() {}

  public static String html(StaffingOutcome o, StaffingProblem p, SearchSettings settings, RunInfo info) {
    Scenario scenario = p.scenario();
    Staffing staffing = scenario.staffing();
    Html h = new Html();
    h.raw(ReportPage.head("sim1177 staffing report: " + scenario.name()));
    h.raw("<header>\n<h1>").esc("Staffing: " + scenario.name()).raw("</h1>\n");
    h.p(String.format(Locale.ROOT, "Method %s, scope %s, confidence %s %%; search on seed %d with %d replications, check on seed"
        + " %d with %d; sim1177 %s, run %s.", o.method().key(), o.scope().key(), Verdicts.targetPercent(staffing.confidence()), settings.seed(),
        settings.searchReplications(), settings.checkSeed(), settings.checkReplications(), info.version(), info.startedAt()));
    h.raw("</header>\n");
    ReportPage.nav(h, List.of(new String[] {"verdict", "The answer"}, new String[] {"roster", "The roster"},
        new String[] {"rosters", "The rosters compared"},
        new String[] {"coverage", "Coverage over the week"}, new String[] {"groups", "The roster by group"},
        new String[] {"run", "What was run"}));
    RosterResult chosen = o.result("this");
    h.section("verdict", "The answer");
    String periods = Verdicts.periods(scenario.simulation().days());
    h.raw("<ul class=\"verdicts\">\n<li class=\"" + (chosen.check().meetsConfidently(staffing) ? "likely" : "unlikely")
        + "\"><span class=\"sentence\">").esc(String.format(Locale.ROOT,
        "The %s roster needs %,.0f nurse-hours a week (%s) and meets every target in %s %% of simulated %s.",
        o.method().key(), chosen.nurseHours(), costText(staffing, chosen.cost()), Verdicts.percent(chosen.check().shareMeetingTargets()), periods))
        .raw("</span><span class=\"detail\">").esc(String.format(Locale.ROOT,
        "Fresh-seed check of %d replications: 95 %% lower bound %s %%, asked %s %%; answered %.1f %%, mean wait %.1f min.",
        chosen.check().replications(), Verdicts.percentDown(chosen.check().shareLowerBound()), Verdicts.targetPercent(staffing.confidence()),
        chosen.check().answerRate() * 100, chosen.check().meanWaitSeconds() / 60)).raw("</span></li>\n</ul>\n");
    if (!o.notes().isEmpty()) {
      h.raw("<h3>Notes</h3>\n<ul>\n");
      for (String n : o.notes()) {
        h.raw("<li>").esc(n).raw("</li>\n");
      }
      h.raw("</ul>\n");
    }
    h.endSection();
    roster(h, o, p);
    h.section("rosters", "The rosters compared");
    List<List<String>> rows = new ArrayList<>();
    boolean chat = scenario.chat().inUse();
    List<String> header = new ArrayList<>(List.of("roster", "nurse-hours a week", costHeader(staffing), "answered", "mean wait",
        "service level"));
    if (chat) {
      header.add(String.format(Locale.ROOT, "chats answered within %d min", Math.round(scenario.targets().chatResponseSeconds() / 60)));
    }
    header.addAll(List.of(periods + " meeting every target", "meets the targets"));
    rows.add(header);
    for (RosterResult r : o.rosters()) {
      List<String> row = new ArrayList<>(List.of(r.label(), String.format(Locale.ROOT, "%,.0f", r.nurseHours()),
          String.format(Locale.ROOT, "%,.0f", r.cost()), String.format(Locale.ROOT, "%.1f %%", r.check().answerRate() * 100),
          String.format(Locale.ROOT, "%.1f min", r.check().meanWaitSeconds() / 60),
          String.format(Locale.ROOT, "%.1f %%", r.check().serviceLevel() * 100)));
      if (chat) {
        row.add(String.format(Locale.ROOT, "%.1f %%", r.check().chatResponseServiceLevel() * 100));
      }
      row.add(Verdicts.percent(r.check().shareMeetingTargets()) + " % (≥ " + Verdicts.percentDown(r.check().shareLowerBound()) + " %)");
      row.add(r.check().meetsConfidently(staffing) ? "yes" : "no");
      rows.add(row);
    }
    h.table("rosters", rows, 1);
    h.element("p", "note", "Each roster simulated on the check's fresh seed; a roster meets the targets when the one-sided 95 %"
        + " lower bound of its share of " + periods + " meeting every target (in brackets) reaches the asked confidence.");
    h.endSection();
    h.section("coverage", "Coverage over the week");
    JFreeChart coverage = CoverageChart.chart(o, p);
    // The PNG turns antialiasing off so the slots' bars meet without seams; a browser draws SVG
    // antialiased whatever the chart says, so here each bar is outlined in its own colour instead.
    XYItemRenderer bars = coverage.getXYPlot().getRenderer(0);
    if (bars instanceof StackedXYBarRenderer stacked) {
      stacked.setDrawBarOutline(true);
      for (int s = 0; s < coverage.getXYPlot().getDataset(0).getSeriesCount(); s++) {
        stacked.setSeriesOutlinePaint(s, stacked.lookupSeriesPaint(s));
        stacked.setSeriesOutlineStroke(s, new BasicStroke(0.8f));
      }
    }
    h.figure(SvgChart.svg(coverage, "chart-coverage", RunReportPage.WIDTH, 560),
        "The requirement (standard nurses on duty) against the chosen roster's scheduled nurses and the expected nurses on duty,"
            + " stacked by group (coverage.png; requirements.csv per interval).");
    h.endSection();
    h.section("groups", "The roster by group");
    Roster roster = o.roster();
    List<List<String>> groups = new ArrayList<>();
    groups.add(List.of("group", "workplace", "staffed by the search", "nurse-hours a week", costHeader(staffing),
        "most scheduled at once"));
    for (int g = 0; g < roster.groups().size(); g++) {
      StaffGroup group = roster.groups().get(g);
      groups.add(List.of(group.name(), group.workplace().key(), p.templated(g) ? "yes" : "no (its shifts kept)",
          String.format(Locale.ROOT, "%,.0f", roster.nurseHours(g)), String.format(Locale.ROOT, "%,.0f", roster.cost(g, staffing.cost())),
          Integer.toString(roster.mostScheduled(g))));
    }
    h.table("groups", groups, 3);
    h.element("p", "note", "The shifts are in the roster above and in roster.yaml; staffed-scenario.yaml is the scenario with them.");
    h.endSection();
    h.section("run", "What was run");
    List<List<String>> run = new ArrayList<>();
    run.add(List.of("", ""));
    run.add(List.of("scenario", scenario.name()));
    run.add(List.of("read from", info.scenarioSource()));
    run.add(List.of("overrides (--set)", info.overrides().isEmpty() ? "none" : String.join("; ", info.overrides())));
    run.add(List.of("method and scope", o.method().key() + ", " + o.scope().key()));
    run.add(List.of("rosters simulated", Integer.toString(o.simulations())));
    run.add(List.of("sim1177 version", info.version()));
    run.add(List.of("command line", String.join(" ", info.commandLine())));
    run.add(List.of("started", info.startedAt()));
    h.table("run", run, Html.TEXT_ONLY);
    h.element("p", "note", "The scenario as given, with today's roster: the chosen roster is in \"The roster by group\" above and"
        + " in roster.yaml.");
    ScenarioSection.describe(h, scenario, info.scenarioText(), "staffed-scenario.yaml, with the chosen roster,");
    h.endSection();
    h.raw(ReportPage.foot("Written by sim1177 " + info.version() + ". The figures are also in staffing.json and requirements.csv"
        + " beside this file."));
    return h.toString();
  }

  /** The chosen roster as a manager pins it up: the shifts over the week, a table to print, and what changed in words. */
  private static void roster(Html h, StaffingOutcome o, StaffingProblem p) {
    Roster roster = o.roster();
    h.section("roster", "The roster");
    h.figure(SvgChart.svg(RosterChart.chart(roster, p.scenario().name() + ", " + o.method().key()), "chart-roster", RunReportPage.WIDTH,
        RosterChart.height(roster)), "Each shift of the chosen roster, a row each, with a bar on every day it is worked (roster.png).");
    List<List<String>> rows = new ArrayList<>();
    boolean breaks = ShiftBreaks.any(roster.groups());
    rows.add(breaks ? List.of("group", "workplace", "days", "hours", "nurses", "break")
        : List.of("group", "workplace", "days", "hours", "nurses"));
    boolean[] templated = new boolean[roster.groups().size()];
    for (int g = 0; g < roster.groups().size(); g++) {
      StaffGroup group = roster.groups().get(g);
      templated[g] = p.templated(g);
      String name = group.name() + (templated[g] ? "" : " (its shifts kept)");
      if (group.shifts().isEmpty()) {
        rows.add(breaks ? List.of(name, group.workplace().key(), "no shifts", "", "", "")
            : List.of(name, group.workplace().key(), "no shifts", "", ""));
      }
      for (Shift s : group.shifts().stream().sorted(Shift.BY_HOURS).toList()) {
        List<String> row = new ArrayList<>(List.of(name, group.workplace().key(), DayRanges.of(s.days()),
            TimeOfDay.format(s.startMinute()) + "–" + TimeOfDay.format(s.endMinute()), Integer.toString(s.nurses())));
        if (breaks) {
          row.add(ShiftBreaks.of(s, "–"));
        }
        rows.add(row);
      }
    }
    h.table("roster", rows, 4);
    List<String> changes = GroupChanges.sentences(p.today(), roster, templated, p.demand());
    if (!changes.isEmpty()) {
      h.raw("<ul>\n");
      for (String c : changes) {
        h.raw("<li>").esc(c).raw("</li>\n");
      }
      h.raw("</ul>\n");
    }
    h.endSection();
  }

  /** The cost column's heading, with its unit. */
  private static String costHeader(Staffing staffing) {
    return staffing.cost().currency() == null ? "relative cost a week (1 = an ordinary nurse-hour)"
        : "cost a week (" + staffing.cost().currency() + ")";
  }

  private static String costText(Staffing staffing, double cost) {
    return staffing.cost().currency() == null
        ? String.format(Locale.ROOT, "relative cost %,.0f: unsocial hours weighted, 1 = an ordinary nurse-hour", cost)
        : String.format(Locale.ROOT, "%,.0f %s a week", cost, staffing.cost().currency());
  }
}
