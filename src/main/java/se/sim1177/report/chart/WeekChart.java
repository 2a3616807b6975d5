package se.sim1177.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.report.format.MetricDisplay;

/**
 * A chart per hour of the week, Monday to Sunday: the answer rate (%) above, the mean wait of
 * answered calls (min) below, one line per scenario, the targets as labelled dashed lines. With
 * {@code bands}, each line carries its 95 % confidence band, clipped to the possible range. Used by
 * {@code week.png} (one scenario, with bands) and {@code compare.png} (several, lines only).
 */
public final class WeekChart {
  static final MetricDisplay RATE = MetricDisplay.of(Metrics.ANSWER_RATE);
  static final MetricDisplay WAIT = MetricDisplay.of(Metrics.MEAN_WAIT_ANSWERED);
  /** A run's one line. */
  private static final Color[] RUN_PALETTE = {new Color(0, 90, 160)};
  /** A comparison's lines: the base in near-black, the alternatives in colour. */
  private static final Color[] COMPARISON_PALETTE = {
    new Color(40, 40, 40), new Color(0, 90, 160), new Color(170, 60, 0), new Color(0, 130, 60), new Color(120, 0, 140)
  };

  private WeekChart() {}

  /**
   * A run's week ({@code week.png}, and the week of its {@code report.html}): answer rate (%) and
   * mean wait of answered calls (min) per hour of the week, with their 95 % confidence bands and
   * the region's targets drawn in.
   */
  public static JFreeChart ofRun(ExperimentResult result) {
    String subtitle = String.format(Locale.ROOT,
        "Per hour of the week, the calls of %d replications pooled: line = estimate, shaded = 95 %% confidence band",
        result.replications());
    return chart(result.scenarioName(), subtitle, List.of(line("answer rate", result)), RUN_PALETTE,
        true, ChartStyle.targets(Metrics.ANSWER_RATE, List.of(result)), ChartStyle.targets(Metrics.MEAN_WAIT_ANSWERED, List.of(result)));
  }

  /**
   * A comparison's week ({@code compare.png}, and the week of its {@code report.html}): the base
   * (the first of {@code results}) against the alternatives, lines only, one legend entry each.
   */
  public static JFreeChart ofComparison(List<ExperimentResult> results) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      ExperimentResult r = results.get(i);
      lines.add(line((i == 0 ? "base: " : "alt " + i + ": ") + r.scenarioName(), r));
    }
    return paired("Base against alternatives", lines, results);
  }

  /**
   * The what-if page's week: the scenario as written against the same scenario with a manager's
   * changes, on the same callers.
   */
  public static JFreeChart ofWhatIf(ExperimentResult asWritten, ExperimentResult changed) {
    return paired(asWritten.scenarioName(), List.of(line("as written", asWritten), line("with the changes", changed)),
        List.of(asWritten, changed));
  }

  private static JFreeChart paired(String title, List<Line> lines, List<ExperimentResult> results) {
    String subtitle = String.format(Locale.ROOT,
        "Per hour of the week, the calls of %d replications pooled; the same callers in every scenario",
        results.get(0).replications());
    return chart(title, subtitle, lines, COMPARISON_PALETTE, false,
        ChartStyle.targets(Metrics.ANSWER_RATE, results), ChartStyle.targets(Metrics.MEAN_WAIT_ANSWERED, results));
  }

  /** One scenario's line: per interval of the week, its mid-point in hours and both metrics. */
  public record Line(String name, double[] hours, MetricSummary[] answerRate, MetricSummary[] meanWait) {}

  /** The line of {@code result}, leaving out weekdays that no measured day fell on. */
  static Line line(String name, ExperimentResult result) {
    int rate = Metrics.INTERVAL.indexOf(Metrics.ANSWER_RATE);
    int wait = Metrics.INTERVAL.indexOf(Metrics.MEAN_WAIT_ANSWERED);
    int ipd = result.calendar().intervalsPerDay();
    List<Integer> cells = new ArrayList<>();
    for (int cell = 0; cell < 7 * ipd; cell++) {
      if (result.daysOnWeekday(cell / ipd) > 0) {
        cells.add(cell);
      }
    }
    double[] hours = new double[cells.size()];
    MetricSummary[] rates = new MetricSummary[cells.size()];
    MetricSummary[] waits = new MetricSummary[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      int cell = cells.get(i);
      hours[i] = (cell + 0.5) * 24.0 / ipd;
      rates[i] = result.interval(cell, rate);
      waits[i] = result.interval(cell, wait);
    }
    return new Line(name, hours, rates, waits);
  }

  /** The chart; {@code subtitle} says how to read the lines, the targets' legend is appended. */
  public static JFreeChart chart(String title, String subtitle, List<Line> lines, Color[] palette, boolean bands,
      List<Double> rateTargets, List<Double> waitTargets) {
    YIntervalSeriesCollection rates = new YIntervalSeriesCollection();
    YIntervalSeriesCollection waits = new YIntervalSeriesCollection();
    for (Line line : lines) {
      YIntervalSeries rate = new YIntervalSeries(line.name());
      YIntervalSeries wait = new YIntervalSeries(line.name());
      for (int i = 0; i < line.hours().length; i++) {
        if (bands) {
          ChartStyle.addBand(rate, line.hours()[i], RATE, line.answerRate()[i]);
          ChartStyle.addBand(wait, line.hours()[i], WAIT, line.meanWait()[i]);
        } else {
          ChartStyle.addMean(rate, line.hours()[i], RATE, line.answerRate()[i]);
          ChartStyle.addMean(wait, line.hours()[i], WAIT, line.meanWait()[i]);
        }
      }
      rates.addSeries(rate);
      waits.addSeries(wait);
    }
    XYPlot ratePlot = ChartStyle.plot(rates, null, ChartStyle.valueAxis(RATE, rates, rateTargets),
        renderer(lines.size(), palette, bands, true));
    ChartStyle.addTargets(ratePlot, RATE, rateTargets);
    XYPlot waitPlot = ChartStyle.plot(waits, null, ChartStyle.valueAxis(WAIT, waits, waitTargets),
        renderer(lines.size(), palette, bands, false));
    ChartStyle.addTargets(waitPlot, WAIT, waitTargets);
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new WeekAxis());
    combined.setGap(16);
    combined.add(ratePlot);
    combined.add(waitPlot);
    for (XYPlot p : List.of(ratePlot, waitPlot)) {
      p.setDomainGridlinePaint(Color.GRAY);
      p.setDomainGridlineStroke(new BasicStroke(1f));
    }
    boolean targets = !rateTargets.isEmpty() || !waitTargets.isEmpty();
    return ChartStyle.chart(title, subtitle + (targets ? ", dashed = target" : ""), combined, lines.size() > 1);
  }

  /** Lines in the palette's colours; only the upper plot's series appear in the legend. */
  private static XYLineAndShapeRenderer renderer(int series, Color[] palette, boolean bands, boolean inLegend) {
    XYLineAndShapeRenderer renderer = bands ? new DeviationRenderer(true, false) : new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < series; i++) {
      Color c = palette[i % palette.length];
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, c.brighter());
      renderer.setSeriesStroke(i, new BasicStroke(i == 0 && series > 1 ? 2.4f : 1.6f));
    }
    if (bands) {
      ((DeviationRenderer) renderer).setAlpha(0.25f);
    }
    renderer.setDefaultSeriesVisibleInLegend(inLegend);
    return renderer;
  }
}
