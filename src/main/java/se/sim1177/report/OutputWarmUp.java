package se.sim1177.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jfree.chart.JFreeChart;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.report.chart.ChartStyle;
import se.sim1177.report.chart.HeadlessDrawing;
import se.sim1177.report.chart.SvgChart;
import se.sim1177.report.chart.WeekChart;
import se.sim1177.report.file.Json;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.page.Html;

/**
 * Loads what writing the results needs the first time in a process (JFreeChart, Java 2D and its
 * fonts, the PNG encoder, Jackson, the CSV number format) on a background thread while the scenario
 * is read and the replications run. Done cold, after the replications, it kept the user waiting
 * about 0.9 s on a results folder that takes about 0.25 s of work to write once loaded.
 *
 * <p>It draws a small chart in the house style into nothing and formats a few numbers: nothing it
 * does is written anywhere or changes what is written later. A failure here is ignored; the real
 * writer meets the same problem and reports it.
 */
public final class OutputWarmUp {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private OutputWarmUp() {}

  /** Starts the warm-up, once per process; returns at once. */
  public static void start() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    // Before any chart class loads, as the command line's own setting would be: the warm-up may start
    // before it, and charts must never open a display.
    HeadlessDrawing.settle();
    Thread warmUp = new Thread(OutputWarmUp::warmUp, "sim1177-warm-up-output");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  private static void warmUp() {
    try {
      MetricSummary[] rates = {new MetricSummary(0.8, 0.75, 0.85, 2), new MetricSummary(0.9, 0.85, 0.95, 2)};
      MetricSummary[] waits = {new MetricSummary(300, 200, 400, 2), new MetricSummary(200, 100, 300, 2)};
      // Jackson first: reading the scenario loads much of it too, so the two share the work.
      Json.text(Json.summary(rates[0]));
      // Loaded only: since the number format is integer arithmetic (TenDigits), compiling it
      // ahead by formatting 2,000 numbers here no longer measurably shortens the writing.
      Numbers.csv(1 / 7.0);
      WeekChart.Line line = new WeekChart.Line("warm-up", new double[] {0.5, 1.5}, rates, waits);
      JFreeChart chart = WeekChart.chart("warm-up", "warm-up", List.of(line), new Color[] {Color.BLUE}, true,
          List.of(0.85), List.of(600.0));
      ChartStyle.writePng(OutputStream.nullOutputStream(), chart, 320, 200);
      // The same chart as report.html draws it: JFreeSVG's classes and the page's text code.
      Html.text(SvgChart.svg(chart, "warm-up", 320, 200));
    } catch (IOException | RuntimeException | LinkageError e) {
      // Only a head start: whatever failed here fails again in the writer, which reports it.
    }
  }
}
