package se.sim1177.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.scenario.Targets;

/**
 * {@code week.png}: answer rate and mean wait of answered calls over the hours of the week, with
 * their 95 % confidence bands and the region's targets drawn in.
 */
final class AnswerRateChartWriter implements ResultWriter {
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 800;

  @Override
  public String fileName() {
    return "week.png";
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    int answerRate = Metrics.INTERVAL.indexOf(Metrics.ANSWER_RATE);
    int meanWait = Metrics.INTERVAL.indexOf(Metrics.MEAN_WAIT_ANSWERED);
    YIntervalSeries rate = new YIntervalSeries("answer rate");
    YIntervalSeries wait = new YIntervalSeries("mean wait of answered calls (min)");
    int ipd = result.model().intervalsPerDay();
    double hoursPerInterval = 24.0 / ipd;
    for (int cell = 0; cell < 7 * ipd; cell++) {
      if (result.daysOnWeekday(cell / ipd) == 0) {
        continue;
      }
      double x = (cell + 0.5) * hoursPerInterval;
      MetricSummary r = result.interval(cell, answerRate);
      if (!Double.isNaN(r.mean())) {
        rate.add(x, r.mean(), orMean(r.ci95Low(), r.mean()), orMean(r.ci95High(), r.mean()));
      }
      MetricSummary w = result.interval(cell, meanWait);
      if (!Double.isNaN(w.mean())) {
        wait.add(x, w.mean() / 60, orMean(w.ci95Low(), w.mean()) / 60, orMean(w.ci95High(), w.mean()) / 60);
      }
    }
    Targets targets = result.scenario().targets();
    XYPlot ratePlot = plot(rate, "answer rate", new Color(0, 90, 160));
    ((NumberAxis) ratePlot.getRangeAxis()).setRange(0, 1.02);
    if (targets.answerRate() != null) {
      ratePlot.addRangeMarker(targetMarker(targets.answerRate()));
    }
    XYPlot waitPlot = plot(wait, "mean wait (min)", new Color(170, 60, 0));
    if (targets.meanWaitSeconds() != null) {
      waitPlot.addRangeMarker(targetMarker(targets.meanWaitSeconds() / 60));
    }
    NumberAxis hours = new NumberAxis("hour of the week (0 = Monday 00:00)");
    hours.setRange(0, 168);
    hours.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(24));
    hours.setLabel("hour of the week (0 = Monday 00:00; a tick every 24 h)");
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(hours);
    combined.add(ratePlot);
    combined.add(waitPlot);
    JFreeChart chart = ChartStyle.chart(result.scenario().name() + " — per hour of the week, 95 % CI bands", combined, true);
    folder.write(fileName(), out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
  }

  private static double orMean(double bound, double mean) {
    return Double.isNaN(bound) ? mean : bound;
  }

  static XYPlot plot(YIntervalSeries series, String axisLabel, Color color) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setSeriesPaint(0, color);
    renderer.setSeriesFillPaint(0, color.brighter());
    renderer.setSeriesStroke(0, new BasicStroke(1.5f));
    renderer.setAlpha(0.25f);
    NumberAxis axis = new NumberAxis(axisLabel);
    axis.setAutoRangeIncludesZero(true);
    XYPlot plot = ChartStyle.plot(data, null, axis, renderer);
    return plot;
  }

  static ValueMarker targetMarker(double value) {
    ValueMarker marker = new ValueMarker(value);
    marker.setPaint(new Color(0, 140, 60));
    marker.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    marker.setLabel("target");
    marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
    return marker;
  }
}
