package se.sim1177.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.history.BusynessFit;
import se.sim1177.history.DayNames;
import se.sim1177.history.FittedDemand;
import se.sim1177.history.ImportResult;
import se.sim1177.history.ObservedFigure;
import se.sim1177.history.ObservedPeriod;
import se.sim1177.report.chart.HistoryChart;
import se.sim1177.report.chart.SvgChart;

/**
 * {@code sim1177 import}'s {@code report.html}: the demand fitted to the export, the week and the
 * days against the fit, the figures observed each month, and what was read and left out.
 */
public final class ImportReportPage {
  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  private ImportReportPage() {}

  public static String html(ImportResult r) {
    FittedDemand d = r.demand();
    Html h = new Html();
    h.raw(ReportPage.head("sim1177 import: " + r.exportShown()));
    h.raw("<header>\n<h1>").esc("Import: " + r.exportShown()).raw("</h1>\n");
    h.p(String.format(Locale.ROOT, "%,d rows, %d-minute intervals, %s to %s; demand fitted to %s, profile from %s; sim1177 %s.",
        r.read().rows().size(), r.history().intervalMinutes(), r.history().days().get(0).date(),
        r.history().days().get(r.history().days().size() - 1).date(), d.period().label(), d.profileWindow().label(), r.version()));
    h.raw("</header>\n");
    ReportPage.nav(h, List.of(new String[] {"demand", "The demand fitted"}, new String[] {"week", "The week"},
        new String[] {"days", "The days"}, new String[] {"observed", "The figures observed"}, new String[] {"read", "What was read"}));
    h.section("demand", "The demand fitted");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("", ""));
    rows.add(List.of(d.fromUniqueCallers() ? "first attempts (unique callers) per day, weekday factor 1"
        : "offered calls (redials included) per day, weekday factor 1", String.format(Locale.ROOT, "%,.1f", d.callsPerDay())));
    StringBuilder factors = new StringBuilder();
    for (int w = 0; w < 7; w++) {
      factors.append(w == 0 ? "" : ", ").append(DAYS[w]).append(' ').append(String.format(Locale.ROOT, "%.2f", d.weekdayFactors()[w]))
          .append(" (").append(d.daysPerWeekday()[w]).append(" days)");
    }
    rows.add(List.of("weekday factors", factors.toString()));
    List<String> shapes = new ArrayList<>();
    d.shapeGroups().forEach(g -> shapes.add(DayNames.of(g.weekdays())));
    rows.add(List.of("shapes of the day", String.join("; ", shapes)));
    BusynessFit b = d.busyness();
    rows.add(List.of("day-to-day busyness", b.overdispersed() ? String.format(Locale.ROOT, "shape %.1f ± %.1f (1/shape %.4f ± %.4f over"
        + " %d days)", b.shape(), b.shapeStandardError(), b.excess(), b.excessStandardError(), b.days())
        : "none beyond Poisson noise"));
    if (!Double.isNaN(d.handleSeconds())) {
      rows.add(List.of("handle time per answered call", String.format(Locale.ROOT, "%.1f min", d.handleSeconds() / 60)));
    }
    h.table("demand", rows, Html.TEXT_ONLY);
    for (String reason : d.shapes().reasons()) {
      h.element("p", "note", reason);
    }
    h.element("p", "note", "arrivals.yaml holds this as a scenario's arrivals section, each estimate with how it was made;"
        + " scenario.yaml is the scenario with it.");
    h.endSection();
    h.section("week", "The week");
    h.figure(SvgChart.svg(HistoryChart.week(r), "chart-week", RunReportPage.WIDTH, 420),
        "Each weekday's mean calls per hour in the profile window against the fitted profile (history.png).");
    h.endSection();
    h.section("days", "The days");
    h.figure(SvgChart.svg(HistoryChart.days(r), "chart-days", RunReportPage.WIDTH, 420),
        "Each day's calls against its weekday's fitted mean and the band 95 % of days fall in if the fit is right.");
    h.endSection();
    h.section("observed", "The figures observed");
    List<List<String>> figures = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("period", "days used"));
    List<String> metrics = new ArrayList<>();
    for (ObservedFigure f : r.calibrateOn().figures()) {
      metrics.add(f.metric());
      // Short headers, so the table fits the page: "offered calls a day", "mean wait answered".
      header.add(f.metric().replace("_per_day", " a day").replaceFirst("_s$", "").replace('_', ' '));
    }
    figures.add(header);
    List<ObservedPeriod> periods = new ArrayList<>(r.months());
    if (periods.stream().noneMatch(p -> p.label().equals(r.calibrateOn().label()))) {
      periods.add(r.calibrateOn());
    }
    for (ObservedPeriod p : periods) {
      List<String> row = new ArrayList<>(List.of(p.label() + (p.label().equals(r.calibrateOn().label()) ? " (calibrate on)" : ""),
          Integer.toString(p.daysUsed())));
      for (String m : metrics) {
        ObservedFigure f = p.figure(m);
        row.add(f == null ? "–" : ObservedFigure.shown(m, f.value()) + " ± " + ObservedFigure.shown(m, 1.96 * f.standardError()));
      }
      figures.add(row);
    }
    h.table("observed", figures, 1);
    h.element("p", "note", "Rates are ratios of the period's totals; ± is 1.96 standard errors from the day-to-day variation"
        + " (observed.yaml, with each figure's day_sd and the figures' correlation).");
    h.endSection();
    h.section("read", "What was read");
    h.raw("<ul>\n");
    for (String n : r.history().notes()) {
      h.raw("<li>").esc(n).raw("</li>\n");
    }
    h.raw("</ul>\n");
    List<List<String>> run = new ArrayList<>();
    run.add(List.of("", ""));
    run.add(List.of("export", r.exportShown()));
    run.add(List.of("sha256", r.exportSha256()));
    run.add(List.of("encoding and separator", r.read().encoding() + ", '" + (r.read().separator() == '\t' ? "tab"
        : String.valueOf(r.read().separator())) + "'"));
    run.add(List.of("scenario", r.scenarioSource()));
    run.add(List.of("command line", String.join(" ", r.commandLine())));
    h.table("run", run, Html.TEXT_ONLY);
    h.endSection();
    h.raw(ReportPage.foot("Written by sim1177 " + r.version() + ". The fit is also in arrivals.yaml, the figures in observed.yaml"
        + " beside this file."));
    return h.toString();
  }
}
