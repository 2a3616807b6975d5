package se.sim1177.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PairedFigures;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.PairedDifference;
import se.sim1177.report.chart.SvgChart;
import se.sim1177.report.chart.WeekChart;
import se.sim1177.report.format.Differences;
import se.sim1177.report.format.MetricDisplay;
import se.sim1177.report.format.Verdicts;
import se.sim1177.scenario.EditableValue;

/**
 * The what-if page of {@code sim1177 serve}: the scenario's values a manager changes (a form), and
 * the month as simulated with them, paired against the baseline: the verdict in the same words as
 * {@code report.html}, each target's probability and each key figure with its paired change and
 * 95 % interval, and the week chart of both. The page is drawn by the server; its one script
 * ({@code what-if.js}, served by the same server) sends the edits and puts the new results in place.
 */
public final class WhatIfPage {
  /** The page's own rules, after the report's style sheet. */
  static final String CSS = """
      body { max-width: 78rem; }
      .whatif { display: grid; grid-template-columns: 19rem minmax(0, 1fr); gap: 2rem; align-items: start; }
      #results table { width: 100%; }
      #results td.num:last-child { white-space: normal; }
      .edits fieldset { border: 1px solid var(--rule); border-radius: 4px; margin: 0 0 1rem; padding: .4rem .8rem .8rem; }
      .edits legend { font-weight: 600; padding: 0 .3rem; }
      .field { margin: .45rem 0; }
      .field label { display: block; font-size: .88rem; }
      .field input, .field select { font: inherit; width: 9rem; padding: .15rem .3rem; }
      .field.changed input, .field.changed select { border: 2px solid var(--accent); background: #eef5fc; }
      .field .problem { display: block; color: var(--bad); font-size: .85rem; }
      .field.invalid input { border: 2px solid var(--bad); }
      .actions button { font: inherit; margin: .2rem .3rem .2rem 0; padding: .3rem .7rem; }
      .field button.remove { font: inherit; font-size: .8rem; margin-left: .4rem; padding: .1rem .4rem; }
      .add-shift { margin: .3rem 0 .8rem; font-size: .88rem; }
      .add-shift summary { cursor: pointer; color: var(--accent); }
      .add-shift label { display: inline-block; margin: .2rem .3rem .2rem 0; }
      .add-shift .problem { display: block; color: var(--bad); }
      #suggestion { padding: .4rem .7rem; border-left: 6px solid var(--accent); background: #eef5fc; }
      #status { padding: .4rem .7rem; background: #f4f6f8; border-radius: 4px; }
      #status.running { background: #fff8e1; }
      #status.failed { background: #fdecee; color: var(--bad); }
      td.better { color: var(--good); } td.worse { color: var(--bad); }
      table.figures th[scope=row], table.risks th[scope=row] { min-width: 10rem; }
      @media (max-width: 900px) { .whatif { grid-template-columns: 1fr; } }
      """;

  /**
   * What the page may load: its own script, requests to its own server, its inline style sheet and
   * nothing else. The server sends it as a header too, with {@code frame-ancestors 'none'}, which
   * only a header can carry.
   */
  public static final String POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline';"
      + " img-src data:; form-action 'none'; base-uri 'none'";

  /** The figures the page compares, in the order it shows them. */
  public static final List<Metric> FIGURES = List.of(Metrics.ANSWER_RATE, Metrics.MEAN_WAIT_ANSWERED, Metrics.SERVICE_LEVEL,
      Metrics.ABANDON_RATE, Metrics.P90_WAIT_ANSWERED, Metrics.OCCUPANCY, Metrics.ANSWERED_PER_DAY, Metrics.NURSE_HOURS_PER_DAY);

  private WhatIfPage() {}

  /**
   * The scenario the page shows, its baseline's results and the values it lets a manager change.
   *
   * @param source where the scenario was read from ({@code run}'s name for it)
   */
  public record Scenario(String name, String source, List<EditableValue> fields, List<String> groups, boolean ownTemplates,
      int draftVersion, ExperimentResult baseline) {}

  /**
   * An edited run: the {@code --set} overrides it made, its results, what keeps it from seeing the
   * baseline's callers (null when nothing does), and whether its roster was changed on the page.
   */
  public record Edited(List<String> overrides, ExperimentResult result, String callersDiffer, boolean rosterChanged) {}

  /** The whole page, with the baseline's results; {@code token} authorises this page's edits. */
  public static String page(Scenario scenario, String token, String version) {
    Html h = new Html();
    String name = scenario.name();
    // The report's frame, with the policy a page with its own script needs: that script, this server, nothing else.
    String head = ReportPage.head("sim1177 what-if: " + name)
        .replace(ReportPage.POLICY, POLICY)
        .replace("</style>", CSS + "</style>\n<meta name=\"sim1177-token\" content=\"" + Html.text(token) + "\">\n"
            + "<script src=\"/what-if.js\" defer></script>");
    h.raw(head);
    ExperimentResult base = scenario.baseline();
    h.raw("<header>\n<h1>").esc(name).raw("</h1>\n");
    h.p(String.format(Locale.ROOT, "What if: change a value and the %s is simulated again (%d replications, seed %d), paired"
        + " against the scenario as written: the same callers, so every change below is the change's own effect.",
        Verdicts.singular(Verdicts.periods(base.risk().periodDays())), base.replications(), base.seed()));
    h.raw("<p class=\"note\">From ").esc(scenario.source()).raw(". Nothing is written until you save.</p>\n</header>\n");
    h.raw("<div class=\"whatif\">\n");
    h.raw("<form id=\"edits\" class=\"edits\" autocomplete=\"off\" novalidate>\n").raw(form(scenario)).raw("</form>\n");
    h.raw("<div id=\"results\" aria-live=\"polite\">\n");
    results(h, scenario, new Edited(List.of(), base, null, false), 0);
    h.raw("</div>\n</div>\n");
    h.raw(ReportPage.foot("sim1177 " + version + " what-if page. Every figure is a simulation's estimate"
        + " with its 95 % interval; a change is the paired difference from the scenario as written."));
    return h.toString();
  }

  /** The results part alone, for an edit's answer. */
  public static String results(Scenario scenario, Edited edited, double seconds) {
    Html h = new Html();
    results(h, scenario, edited, seconds);
    return h.toString();
  }

  /** A shift's nurses: the key names its group and its place in the group's shifts. */
  private static final java.util.regex.Pattern SHIFT_NURSES = java.util.regex.Pattern.compile("staff\\.groups\\[(\\d+)]\\.shifts\\[(\\d+)]\\.nurses");

  /**
   * The form's content: the values to change by section, each shift with a button that takes it
   * out and each group with a shift to add, and the page's actions. Drawn anew when the roster changes.
   */
  public static String form(Scenario scenario) {
    Html h = new Html();
    // The roster's version: the page sends it with each change, and a change made from an older one is refused.
    h.raw("<span id=\"draft\" data-version=\"" + scenario.draftVersion() + "\" hidden></span>\n");
    List<EditableValue> fields = scenario.fields();
    String section = null;
    int group = -1;
    for (int i = 0; i < fields.size(); i++) {
      EditableValue f = fields.get(i);
      if (!f.section().equals(section)) {
        if (section != null) {
          closeSection(h, scenario, section, group);
        }
        section = f.section();
        group = -1;
        h.raw("<fieldset><legend>").esc(section).raw("</legend>\n");
      }
      java.util.regex.Matcher shift = SHIFT_NURSES.matcher(f.key());
      int g = f.key().startsWith("staff.groups[") ? Integer.parseInt(f.key().substring(13, f.key().indexOf(']'))) : -1;
      if (g != group && group >= 0) {
        addShift(h, scenario, group);
      }
      group = g;
      field(h, f, "field-" + i, shift.matches()
          ? "<button type=\"button\" class=\"remove\" data-group=\"" + shift.group(1) + "\" data-shift=\"" + shift.group(2)
              + "\" aria-label=\"" + Html.text("Take out the shift " + f.label()) + "\" title=\"Take this shift out\">Remove</button>" : "");
    }
    if (section != null) {
      closeSection(h, scenario, section, group);
    }
    h.raw("<div class=\"actions\"><button type=\"button\" id=\"stop\" hidden>Stop</button>"
        + "<button type=\"button\" id=\"reset\">Back to the file's values</button>");
    h.raw("<button type=\"button\" id=\"suggest\">Suggest a roster</button>");
    h.raw("<button type=\"button\" id=\"save\">Save scenario (YAML)</button>"
        + "<button type=\"button\" id=\"report\">Report (HTML)</button></div>\n");
    h.element("p", "note", scenario.ownTemplates()
        ? "Suggest a roster: the staffing search finds the cheapest roster of the scenario's shift templates that meets the targets."
        : "Suggest a roster: the staffing search finds how many nurses today's shifts need to meet the targets, each shift"
            + " starting up to an hour earlier or later (a staffing: section in the scenario offers it other shifts: see"
            + " scenarios/08-varmland-staffing.yaml).");
    return h.toString();
  }

  private static void closeSection(Html h, Scenario scenario, String section, int group) {
    if (section.equals(EditableValue.STAFF) && group >= 0) {
      addShift(h, scenario, group);
    }
    h.raw("</fieldset>\n");
  }

  /** One value: its label, its input (or a choice of its values), room for its problem, and {@code extra} markup. */
  private static void field(Html h, EditableValue f, String id, String extra) {
    h.raw("<div class=\"field\" id=\"" + id + "\"><label for=\"" + id + "-input\">").esc(f.label()).raw("</label>");
    String attributes = " id=\"" + id + "-input\" name=\"" + Html.text(f.key()) + "\" data-written=\"" + Html.text(f.written())
        + "\" aria-describedby=\"" + id + "-problem\"";
    if (f.choices().isEmpty()) {
      // A number gets a keypad with a decimal point; a duration (90m) needs letters.
      String mode = f.written().matches("[0-9.]+") ? "decimal" : "text";
      h.raw("<input type=\"text\" inputmode=\"" + mode + "\"" + attributes + " value=\"" + Html.text(f.written()) + "\">");
    } else {
      h.raw("<select" + attributes + ">");
      for (String c : f.choices()) {
        h.raw("<option" + (c.equals(f.written()) ? " selected" : "") + ">").esc(c).raw("</option>");
      }
      h.raw("</select>");
    }
    h.raw(extra).raw("<span class=\"problem\" id=\"" + id + "-problem\" role=\"alert\"></span></div>\n");
  }

  /** A shift to add to group {@code g}: days, start, end and nurses, sent with the form's values when added. */
  private static void addShift(Html h, Scenario scenario, int g) {
    String id = "add-" + g;
    h.raw("<details class=\"add-shift\" id=\"" + id + "\"><summary>").esc("Add a shift to " + scenario.groups().get(g)).raw("</summary>\n");
    String[][] parts = {{"days", "days", "all"}, {"start", "start", "08:00"}, {"end", "end", "16:00"}, {"nurses", "nurses", "1"}};
    for (String[] p : parts) {
      h.raw("<label>").esc(p[1]).raw(" <input type=\"text\" size=\"6\" data-part=\"" + p[0] + "\" value=\"" + p[2] + "\"></label> ");
    }
    h.raw("<button type=\"button\" class=\"add\" data-group=\"" + g + "\">Add</button>"
        + "<span class=\"problem\" role=\"alert\"></span></details>\n");
  }

  private static void results(Html h, Scenario scenario, Edited e, double seconds) {
    ExperimentResult base = scenario.baseline();
    ExperimentResult now = e.result();
    boolean baseline = e.overrides().isEmpty() && !e.rosterChanged();
    String status = e.overrides().isEmpty() && !e.rosterChanged() ? "The scenario as written (the baseline)."
        : e.rosterChanged() ? String.format(Locale.ROOT, "The roster changed on the page%s; done in %.1f s. Save the scenario"
            + " to run it with sim1177 run.", e.overrides().isEmpty() ? "" : ", and " + e.overrides().size() + " value"
            + (e.overrides().size() == 1 ? "" : "s"), seconds)
        : String.format(Locale.ROOT, "%d value%s changed; simulated in %.1f s. The same as: sim1177 run %s%s",
            e.overrides().size(), e.overrides().size() == 1 ? "" : "s", seconds, scenario.source().startsWith("bundled:")
                ? "" : shellWord(scenario.source()) + " ",
            String.join(" ", e.overrides().stream().map(o -> "--set " + shellWord(o)).toList()));
    h.raw("<p id=\"status\" data-overrides=\"" + e.overrides().size() + "\" data-roster-changed=\"" + e.rosterChanged() + "\">")
        .esc(status).raw("</p>\n");
    if (e.callersDiffer() != null) {
      h.raw("<p class=\"warnings\">").esc("Not the same callers as the baseline (the change is in " + e.callersDiffer()
          + "): the changes below include the callers' own variation, and their intervals are wider.").raw("</p>\n");
    }
    h.raw("<h2>The verdict</h2>\n");
    List<Verdicts.Verdict> verdicts = Verdicts.of(now);
    if (verdicts.isEmpty()) {
      h.element("p", "verdict-none", "The scenario sets no targets, so there is nothing to meet.");
    } else {
      ReportPage.verdicts(h, verdicts);
    }
    for (String w : now.warnings()) {
      h.element("p", "warnings", w);
    }
    String periods = Verdicts.periods(base.risk().periodDays());
    List<PairedFigures.Risk> risks = PairedFigures.risks(base, now);
    if (!risks.isEmpty()) {
      h.raw("<h3>Probability that a " + Html.text(Verdicts.singular(periods)) + " meets each target</h3>\n");
      h.raw("<table class=\"risks\">\n<thead><tr><th scope=\"col\">target</th><th scope=\"col\">as written</th>"
          + "<th scope=\"col\">with the changes</th><th scope=\"col\">change [paired 95 % interval]</th></tr></thead>\n<tbody>\n");
      MetricDisplay percent = MetricDisplay.of(Metrics.ANSWER_RATE);
      for (PairedFigures.Risk r : risks) {
        String change = baseline ? "–" : r.difference() == null ? "– (not the same target)" : difference(r.difference(), percent, +1);
        h.raw("<tr data-target=\"" + Html.text(r.target()) + "\" data-edited=\"" + r.edited() + "\"><th scope=\"row\">")
            .esc(goal(now, r.target()))
            .raw("</th><td class=\"num\">").esc(percent.format(r.baseline())).raw("</td><td class=\"num\">")
            .esc(percent.format(r.edited())).raw("</td><td class=\"num" + changeClass(r.difference(), +1) + "\">").esc(change)
            .raw("</td></tr>\n");
      }
      h.raw("</tbody></table>\n");
    }
    h.raw("<h3>Key figures</h3>\n");
    h.raw("<table class=\"figures\">\n<thead><tr><th scope=\"col\">figure</th><th scope=\"col\">as written</th>"
        + "<th scope=\"col\">with the changes</th><th scope=\"col\">change [paired 95 % interval]</th></tr></thead>\n<tbody>\n");
    for (PairedFigures.Figure f : PairedFigures.figures(base, now, FIGURES)) {
      MetricDisplay d = MetricDisplay.of(f.metric());
      int direction = Differences.direction(f.metric().key());
      MetricSummary diff = f.difference();
      h.raw("<tr data-metric=\"" + f.metric().key() + "\" data-baseline=\"" + f.baseline().mean() + "\" data-edited=\""
          + f.edited().mean() + "\" data-difference=\"" + diff.mean() + "\" data-low=\"" + diff.ci95Low() + "\" data-high=\""
          + diff.ci95High() + "\"><th scope=\"row\">").esc(d.title()).raw("</th><td class=\"num\">").esc(d.format(f.baseline().mean()))
          .raw("</td><td class=\"num\">").esc(d.format(f.edited().mean())).raw("</td><td class=\"num" + changeClass(diff, direction)
              + "\">").esc(baseline ? "–" : difference(diff, d, direction)).raw("</td></tr>\n");
    }
    h.raw("</tbody></table>\n");
    h.element("p", "note", "A change is with the changes minus as written, replication by replication on the same callers;"
        + " shares in percentage points. Better or worse only where the whole interval is on one side of 0.");
    if (e.rosterChanged()) {
      // The roster the figures are of, a row a shift, as the staffing report draws it.
      se.sim1177.staffing.Roster roster = new se.sim1177.staffing.Roster(now.scenario().staff());
      h.figure(SvgChart.svg(se.sim1177.report.chart.RosterChart.chart(roster, now.scenario().name() + ", as changed on the page"),
          "chart-roster", RunReportPage.WIDTH, se.sim1177.report.chart.RosterChart.height(roster)),
          "The roster as changed on the page: each shift a row, with a bar on every day it is worked; the fields on the left edit it.");
    }
    h.figure(SvgChart.svg(baseline ? WeekChart.ofRun(now) : WeekChart.ofWhatIf(base, now),
        "chart-week", RunReportPage.WIDTH, 720), baseline
        ? "Answer rate and mean wait of answered calls per hour of the week; shaded: 95 % confidence band; dashed: the targets."
        : "Answer rate and mean wait per hour of the week, as written and with the changes; dashed: the targets.");
  }

  /** A target in the verdict's words ("85 % answered"), from its name in the results. */
  private static String goal(ExperimentResult result, String target) {
    if (target.equals(PeriodRisk.ALL)) {
      return "Every target at once";
    }
    return result.targets().stream().filter(t -> t.name().equals(target)).findFirst()
        .map(t -> Verdicts.goal(t, result.scenario().targets())).orElse(target);
  }

  /** {@code s} as one word of a POSIX shell's command line: as it is when it is plain, else in single quotes. */
  static String shellWord(String s) {
    return s.matches("[A-Za-z0-9_./:=@,+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  private static String changeClass(MetricSummary d, int direction) {
    if (d == null || Double.isNaN(d.mean()) || direction == 0 || !PairedDifference.excludesZero(d)) {
      return "";
    }
    return (d.mean() > 0) == (direction > 0) ? " better" : " worse";
  }

  /** "+3.1 [+2.4, +3.8] pts, better": rounded to what the interval supports. */
  static String difference(MetricSummary d, MetricDisplay shown, int direction) {
    if (Double.isNaN(d.mean())) {
      return "–";
    }
    if (d.mean() == 0 && d.ci95Low() == 0 && d.ci95High() == 0) {
      return "0, the same in every replication";
    }
    double low = shown.value(d.ci95Low());
    double high = shown.value(d.ci95High());
    int decimals = Differences.decimalsFor(high - low);
    boolean clear = PairedDifference.excludesZero(d);
    String word = !clear ? "no clear change" : direction == 0 ? (d.mean() > 0 ? "higher" : "lower")
        : (d.mean() > 0) == (direction > 0) ? "better" : "worse";
    String unit = shown.unit().equals("%") ? " pts" : shown.unit().equals("min") ? " min" : "";
    List<String> parts = new ArrayList<>();
    parts.add(Differences.signed(shown.value(d.mean()), decimals) + " [" + Differences.signed(low, decimals) + ", "
        + Differences.signed(high, decimals) + "]" + unit);
    parts.add(word);
    return String.join(", ", parts);
  }
}
