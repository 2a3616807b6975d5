package se.sim1177.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.calibration.CalibrationResult;
import se.sim1177.history.ObservedFigure;
import se.sim1177.report.chart.CalibrationChart;
import se.sim1177.report.chart.SvgChart;

/**
 * {@code sim1177 calibrate}'s {@code report.html}: what the fit found in words, each fitted value
 * with its interval, each observed figure against the fitted model's, where the search looked, and
 * what was run.
 */
public final class CalibrationReportPage {
  private CalibrationReportPage() {}

  public static String html(CalibrationResult r, String version, List<String> commandLine, String scenarioSource,
      String observedSource) {
    Html h = new Html();
    h.raw(ReportPage.head("sim1177 calibration: " + scenarioSource));
    h.raw("<header>\n<h1>").esc("Calibration: " + scenarioSource).raw("</h1>\n");
    h.p(String.format(Locale.ROOT, "To %s, period %s: %d simulations (%s on common random numbers); sim1177 %s.", observedSource,
        r.period(), r.evaluations(), r.optimiser(), version));
    h.raw("</header>\n");
    ReportPage.nav(h, List.of(new String[] {"verdict", "What the fit found"}, new String[] {"values", "The fitted values"},
        new String[] {"figures", "Observed against the model"}, new String[] {"search", "Where the search looked"},
        new String[] {"run", "What was run"}));
    h.section("verdict", "What the fit found");
    h.raw("<ul class=\"verdicts\">\n");
    for (int i = 0; i < r.findings().size(); i++) {
      boolean good = i == 0 ? r.identified() : r.reproduces();
      h.raw("<li class=\"" + (good ? "likely" : "unlikely") + "\"><span class=\"sentence\">").esc(r.findings().get(i))
          .raw("</span></li>\n");
    }
    h.raw("</ul>\n");
    h.endSection();
    h.section("values", "The fitted values");
    List<List<String>> values = new ArrayList<>();
    values.add(List.of("key", "fitted", "95 % interval", "started at", "searched"));
    for (CalibrationResult.FittedValue v : r.values()) {
      values.add(List.of(v.key().path(), v.key().shown(v.value()), v.identified() ? v.key().shown(v.low()) + " to "
          + v.key().shown(v.high()) : "not identified", v.key().shown(v.start()), v.key().shown(v.key().low()) + " to "
          + v.key().shown(v.key().high())));
    }
    h.table("values", values, 1);
    h.element("p", "note", "calibrated-scenario.yaml is the scenario with these values written into its own lines.");
    h.endSection();
    h.section("figures", "Observed against the model");
    List<List<String>> figures = new ArrayList<>();
    figures.add(List.of("figure", "observed", "± (95 %)", "model", "model 95 % CI", "z"));
    for (CalibrationResult.FigureCheck c : r.figures()) {
      figures.add(List.of(c.metric(), ObservedFigure.shown(c.metric(), c.observed()),
          ObservedFigure.shown(c.metric(), 1.96 * c.observedStandardError()), ObservedFigure.shown(c.metric(), c.simulated()),
          ObservedFigure.shown(c.metric(), c.simulatedLow()) + " to " + ObservedFigure.shown(c.metric(), c.simulatedHigh()),
          String.format(Locale.ROOT, "%+.1f", c.z())));
    }
    h.table("figures", figures, 1);
    h.element("p", "note", "z: the model's miss over the uncertainty of observation and simulation together; beyond ±2 a figure"
        + " stays off by more than its uncertainty.");
    h.endSection();
    h.section("search", "Where the search looked");
    h.figure(SvgChart.svg(CalibrationChart.chart(r), "chart-calibration", RunReportPage.WIDTH, 600),
        "Every simulation the fit ran, the fit with its intervals and the ridge (calibration.png).");
    h.endSection();
    h.section("run", "What was run");
    List<List<String>> run = new ArrayList<>();
    run.add(List.of("", ""));
    run.add(List.of("scenario", scenarioSource));
    run.add(List.of("observed figures", observedSource + ", period " + r.period()));
    run.add(List.of("seed and replications", r.fitted().seed() + ", " + r.fitted().replications()));
    run.add(List.of("command line", String.join(" ", commandLine)));
    h.table("run", run, Html.TEXT_ONLY);
    h.endSection();
    h.raw(ReportPage.foot("Written by sim1177 " + version + ". Every figure is also in calibration.json beside this file."));
    return h.toString();
  }
}
