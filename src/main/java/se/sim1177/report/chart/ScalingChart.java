package se.sim1177.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import se.sim1177.report.format.ScalingMeasurement;

/**
 * The scaling study's charts ({@code scaling-calls.png}, {@code scaling-horizon.png}): nanoseconds
 * per call and per event on one core against the calls per day or the measured days, on a
 * logarithmic axis, the machine named beneath the title.
 */
public final class ScalingChart {
  private ScalingChart() {}

  /**
   * The chart of one study.
   *
   * @param study the rows' {@code study} drawn: {@code calls_per_day} (against calls per day) or
   *     {@code horizon} (against measured days)
   * @param machine the machine measured, in words
   */
  public static JFreeChart chart(List<ScalingMeasurement> rows, String study, String xLabel, String title, String machine) {
    XYSeries perCall = new XYSeries("ns per call");
    XYSeries perEvent = new XYSeries("ns per event");
    List<ScalingMeasurement> selected = new ArrayList<>();
    for (ScalingMeasurement r : rows) {
      if (r.study().equals(study)) {
        selected.add(r);
      }
    }
    for (ScalingMeasurement r : selected) {
      double x = study.equals("horizon") ? r.days() : r.callsPerDay();
      perCall.add(x, r.nanosPerCall());
      perEvent.add(x, r.nanosPerEvent());
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(perCall);
    data.addSeries(perEvent);
    LogarithmicAxis x = new LogarithmicAxis(xLabel);
    NumberAxis y = new NumberAxis("nanoseconds on one core");
    y.setAutoRangeIncludesZero(true);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, new Color(0, 90, 160));
    renderer.setSeriesPaint(1, new Color(170, 60, 0));
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    renderer.setSeriesStroke(1, new BasicStroke(2f));
    XYPlot plot = ChartStyle.plot(data, x, y, renderer);
    JFreeChart chart = ChartStyle.chart(title, plot, true);
    chart.addSubtitle(new TextTitle(machine));
    return chart;
  }
}
