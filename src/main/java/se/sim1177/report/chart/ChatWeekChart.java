package se.sim1177.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.report.format.MetricDisplay;

/**
 * 1177 direkt over the week, per interval: chats started (per day of that weekday) above, the mean
 * time to a nurse's first response of answered chats below, each with its 95 % band; Monday to
 * Sunday as in {@link WeekChart}.
 */
public final class ChatWeekChart {
  private static final Color CHAT = new Color(0xD55E00);

  private ChatWeekChart() {}

  public static JFreeChart chart(String title, String subtitle, ExperimentResult result) {
    MetricDisplay wait = MetricDisplay.of(Metrics.CHAT_MEAN_RESPONSE);
    XYPlot volume = subplot(result, Metrics.CHAT_CONTACTS_PER_DAY, MetricDisplay.of(Metrics.CHAT_CONTACTS_PER_DAY),
        "chats started per interval");
    XYPlot response = subplot(result, Metrics.CHAT_MEAN_RESPONSE, wait, "mean first response (min)");
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new WeekAxis());
    combined.setGap(16);
    combined.add(volume);
    combined.add(response);
    return ChartStyle.chart(title, subtitle, combined, false);
  }

  private static XYPlot subplot(ExperimentResult result, Metric metric, MetricDisplay display, String label) {
    int index = Metrics.INTERVAL.indexOf(metric);
    int ipd = result.calendar().intervalsPerDay();
    YIntervalSeries series = new YIntervalSeries(label);
    for (int cell = 0; cell < 7 * ipd; cell++) {
      if (result.daysOnWeekday(cell / ipd) > 0) {
        MetricSummary s = result.interval(cell, index);
        ChartStyle.addBand(series, (cell + 0.5) * 24.0 / ipd, display, s);
      }
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setSeriesPaint(0, CHAT);
    renderer.setSeriesFillPaint(0, CHAT.brighter());
    renderer.setSeriesStroke(0, new BasicStroke(1.6f));
    renderer.setAlpha(0.25f);
    NumberAxis y = ChartStyle.valueAxis(display, data, List.of());
    y.setLabel(label);
    XYPlot plot = ChartStyle.plot(data, null, y, renderer);
    plot.setDomainGridlinePaint(Color.GRAY);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    return plot;
  }
}
