package se.sim1177.report;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/** The one look of every chart sim1177 writes: white background, light grid, headless rendering. */
final class ChartStyle {
  private ChartStyle() {}

  /** A plot on a white background with a light grid; {@code x} may be null inside a combined plot. */
  static XYPlot plot(XYDataset data, ValueAxis x, ValueAxis y, XYItemRenderer renderer) {
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }

  /** A titled chart on a white background. */
  static JFreeChart chart(String title, Plot plot, boolean legend) {
    System.setProperty("java.awt.headless", "true");
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }
}
