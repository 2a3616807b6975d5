package se.sim1177.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.HistogramDataset;
import se.sim1177.report.format.MetricDisplay;

/**
 * The distribution across replications (simulated periods) of one period's figure: a histogram of
 * the replications' own values in display units, the target as a labelled dashed line and the
 * expected figure (the ratio estimate over all periods) as a dotted one. How far the bars spread
 * around the target is how often a month misses it.
 */
public final class PeriodDistributionChart {
  private static final int BINS = 15;
  private static final Color BAR = new Color(0x0072B2);

  private PeriodDistributionChart() {}

  /** Labels a vertical line at the top of the plot, {@code down} from it, on its left when it is in the right half. */
  private static void label(ValueMarker m, String text, Color paint, boolean onLeft, double down) {
    m.setLabel(text);
    m.setLabelFont(ChartStyle.TARGET_FONT);
    m.setLabelPaint(paint);
    m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    m.setLabelAnchor(onLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
    m.setLabelTextAnchor(onLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    m.setLabelOffset(new RectangleInsets(down, 4, 2, 4));
  }

  /**
   * @param computed each replication's value in computed units (NaN where undefined, left out)
   * @param targets the metric's targets, in computed units
   * @param expected the expected figure, computed units
   */
  public static JFreeChart chart(String title, String subtitle, MetricDisplay display, double[] computed, List<Double> targets,
      double expected, String periodsLabel) {
    double[] v = Arrays.stream(computed).filter(x -> !Double.isNaN(x)).map(display::value).toArray();
    double lo = Arrays.stream(v).min().orElse(0);
    double hi = Arrays.stream(v).max().orElse(1);
    for (double t : targets) {
      lo = Math.min(lo, display.value(t));
      hi = Math.max(hi, display.value(t));
    }
    double pad = hi > lo ? (hi - lo) * 0.06 : Math.max(1, Math.abs(hi) * 0.05);
    lo = Math.max(0, lo - pad);
    hi = display.bounded() ? Math.min(display.max(), hi + pad) : hi + pad;
    if (!(hi > lo)) {
      hi = lo + 1;
    }
    HistogramDataset data = new HistogramDataset();
    if (v.length > 0) {
      data.addSeries(periodsLabel, v, BINS, lo, hi);
    }
    XYBarRenderer bars = new XYBarRenderer(0.08);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, BAR);
    NumberAxis x = new NumberAxis(display.axisLabel());
    x.setRange(lo, hi);
    NumberAxis y = new NumberAxis(periodsLabel);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot plot = ChartStyle.plot(data, x, y, bars);
    y.setUpperMargin(0.25);
    double mid = (lo + hi) / 2;
    for (double t : targets) {
      ValueMarker m = ChartStyle.targetMarker(display, t);
      label(m, ChartStyle.targetLabel(display, t), ChartStyle.TARGET_COLOR, display.value(t) > mid, 4);
      plot.addDomainMarker(m);
    }
    if (!Double.isNaN(expected)) {
      ValueMarker e = new ValueMarker(display.value(expected));
      e.setPaint(Color.BLACK);
      e.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 3}, 0));
      label(e, "expected " + display.format(expected), Color.BLACK, display.value(expected) > mid, 22);
      plot.addDomainMarker(e);
    }
    return ChartStyle.chart(title, subtitle, plot, false);
  }
}
