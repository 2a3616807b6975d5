package se.sim1177.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeries;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.TargetCheck;
import se.sim1177.report.format.MetricDisplay;

/**
 * The one look of every chart sim1177 writes: white background, light grid, fonts readable at the
 * written size, value axes in display units (see {@link MetricDisplay}) that always show the
 * targets, confidence bands kept within the possible range, and dashed target lines labelled with
 * their value on the right-hand side. Rendering is headless.
 */
public final class ChartStyle {
  static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final Font AXIS_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  static final Font TICK_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final Font TARGET_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  static final Color TARGET_COLOR = new Color(0, 130, 60);

  static {
    // Rotated text (a vertical axis label) as text, not as glyph outlines: JFreeChart's workaround
    // for an old JDK bug draws it through a TextLayout, which the SVG charts of report.html would
    // get as shapes, unreadable to a screen reader and to a search. Set once, before any chart is
    // drawn, so every PNG is drawn the same way too.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private ChartStyle() {}

  /** A plot on a white background with a light grid; {@code x} may be null inside a combined plot. */
  static XYPlot plot(XYDataset data, ValueAxis x, ValueAxis y, XYItemRenderer renderer) {
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }

  /** A titled chart on a white background, its axes and legend in the house fonts. */
  static JFreeChart chart(String title, Plot plot, boolean legend) {
    HeadlessDrawing.settle();
    JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(8, 8, 8, 24));
    if (plot instanceof XYPlot xy) {
      styleAxes(xy);
      if (xy instanceof CombinedDomainXYPlot combined) {
        combined.getSubplots().forEach(ChartStyle::styleAxes);
      }
    }
    LegendTitle legendTitle = chart.getLegend();
    if (legendTitle != null) {
      legendTitle.setItemFont(LEGEND_FONT);
    }
    return chart;
  }

  /** A chart with a second line under the title saying how to read it. */
  static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
    JFreeChart chart = chart(title, plot, legend);
    chart.addSubtitle(0, new TextTitle(subtitle, SUBTITLE_FONT));
    return chart;
  }

  private static void styleAxes(XYPlot plot) {
    for (int i = 0; i < plot.getDomainAxisCount(); i++) {
      style(plot.getDomainAxis(i));
    }
    style(plot.getRangeAxis()); // not the target axis, which has its own look
  }

  private static void style(Axis axis) {
    if (axis != null) {
      axis.setLabelFont(AXIS_LABEL_FONT);
      axis.setTickLabelFont(TICK_LABEL_FONT);
    }
  }

  /**
   * A value axis for {@code display}: 0–100 for rates, otherwise from 0 to just above the larger of
   * the data (bands included) and the targets, so every target line is in view.
   */
  static NumberAxis valueAxis(MetricDisplay display, XYDataset data, Collection<Double> computedTargets) {
    NumberAxis axis = new NumberAxis(display.axisLabel());
    if (display.bounded()) {
      axis.setRange(0, display.max() * 1.02);
      return axis;
    }
    double upper = 0;
    Range bounds = data == null ? null : DatasetUtils.findRangeBounds(data, true);
    if (bounds != null && Double.isFinite(bounds.getUpperBound())) {
      upper = bounds.getUpperBound();
    }
    for (double t : computedTargets) {
      upper = Math.max(upper, display.value(t));
    }
    axis.setRange(0, upper > 0 ? upper * 1.08 : 1);
    return axis;
  }

  /**
   * Adds a point with its 95 % band in display units; the band is clipped to the possible range
   * (a rate's CI can exceed 100 % with few replications, a wait's can go below 0). A missing bound
   * (one replication) draws no band. Skips points whose mean is undefined.
   */
  static void addBand(YIntervalSeries series, double x, MetricDisplay display, MetricSummary s) {
    if (Double.isNaN(s.mean())) {
      return;
    }
    double low = Double.isNaN(s.ci95Low()) ? s.mean() : s.ci95Low();
    double high = Double.isNaN(s.ci95High()) ? s.mean() : s.ci95High();
    series.add(x, display.clipped(s.mean()), display.clipped(low), display.clipped(high));
  }

  /** Adds a point without a band (its interval is the mean alone), so the axis fits the means. */
  static void addMean(YIntervalSeries series, double x, MetricDisplay display, MetricSummary s) {
    addBand(series, x, display, new MetricSummary(s.mean(), s.mean(), s.mean(), s.n()));
  }

  /** A dashed target line at {@code computedTarget}, in display units; its label is on the target axis. */
  static ValueMarker targetMarker(MetricDisplay display, double computedTarget) {
    ValueMarker marker = new ValueMarker(display.value(computedTarget));
    marker.setPaint(TARGET_COLOR);
    marker.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 5}, 0));
    return marker;
  }

  /** The label of a target line, {@code "target 85 %"}. */
  static String targetLabel(MetricDisplay display, double computedTarget) {
    return "target " + display.format(computedTarget);
  }

  /** The distinct targets set on {@code metric} by any of {@code results}, in computed units. */
  public static List<Double> targets(Metric metric, List<ExperimentResult> results) {
    return targetValues(metric, results.stream().flatMap(r -> r.targets().stream()));
  }

  /** The distinct targets among {@code checks} that are set on {@code metric}, in computed units, first seen first. */
  static List<Double> targetValues(Metric metric, Stream<TargetCheck> checks) {
    return checks.filter(t -> t.metric().equals(metric.key())).map(TargetCheck::target).distinct().toList();
  }

  /**
   * Adds a dashed line per distinct target to {@code plot}, and on the right an axis with the same
   * range that labels each line with its value ("target 85 %"), so no label covers the data. Call
   * after the plot's value axis has its range.
   */
  static void addTargets(XYPlot plot, MetricDisplay display, List<Double> computedTargets) {
    List<Double> distinct = computedTargets.stream().distinct().toList();
    if (distinct.isEmpty()) {
      return;
    }
    List<NumberTick> ticks = new ArrayList<>();
    for (double t : distinct) {
      plot.addRangeMarker(targetMarker(display, t));
      ticks.add(new NumberTick(display.value(t), targetLabel(display, t), TextAnchor.CENTER_LEFT, TextAnchor.CENTER, 0));
    }
    FixedTickAxis labels = new FixedTickAxis(null, ticks);
    labels.setRange(plot.getRangeAxis().getRange());
    labels.setTickLabelFont(TARGET_FONT);
    labels.setTickLabelPaint(TARGET_COLOR);
    labels.setTickMarkPaint(TARGET_COLOR);
    labels.setAxisLineVisible(false);
    plot.setRangeAxis(1, labels, false);
    plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT, false);
  }

  /**
   * Number axes that format their ticks the same on every machine: a point as the decimal
   * separator and no grouping, whatever the JVM's locale (JFreeChart's default tick labels follow
   * it, so a Swedish machine would draw "0,5" beside the report's "0.5"). Axes that set their own
   * format keep it.
   */
  static JFreeChart plainNumbers(JFreeChart chart) {
    plainNumbers(chart.getPlot());
    return chart;
  }

  private static void plainNumbers(Plot plot) {
    if (plot instanceof CombinedDomainXYPlot combined) {
      for (XYPlot sub : combined.getSubplots()) {
        plainNumbers(sub);
      }
    }
    if (plot instanceof org.jfree.chart.plot.CombinedRangeXYPlot combined) {
      for (XYPlot sub : combined.getSubplots()) {
        plainNumbers(sub);
      }
    }
    if (plot instanceof XYPlot xy) {
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        plainNumbers(xy.getDomainAxis(i));
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        plainNumbers(xy.getRangeAxis(i));
      }
    } else if (plot instanceof org.jfree.chart.plot.CategoryPlot category) {
      for (int i = 0; i < category.getRangeAxisCount(); i++) {
        plainNumbers(category.getRangeAxis(i));
      }
    }
  }

  private static void plainNumbers(Axis axis) {
    // Only axes that choose JFreeChart's default ticks: an axis with its own tick units or format
    // (weekday names, clock times) formats its ticks itself.
    if (axis instanceof NumberAxis n && n.getNumberFormatOverride() == null && n.isAutoTickUnitSelection()) {
      java.text.NumberFormat plain = new java.text.DecimalFormat("0.##########",
          java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
      if (n.getStandardTickUnits() instanceof org.jfree.chart.axis.NumberTickUnitSource) {
        n.setStandardTickUnits(new org.jfree.chart.axis.NumberTickUnitSource(false, plain));
      } else if (n.getStandardTickUnits() instanceof org.jfree.chart.axis.TickUnits units && units.getCeilingTickUnit(0.1).getSize() >= 1) {
        // NumberAxis.createIntegerTickUnits() with the default locale: the same in the root locale.
        n.setStandardTickUnits(NumberAxis.createIntegerTickUnits(java.util.Locale.ROOT));
      }
    }
  }

  /** Writes {@code chart} as a PNG, its numbers as {@link #plainNumbers} draws them. */
  public static void writePng(java.io.OutputStream out, JFreeChart chart, int width, int height) throws java.io.IOException {
    org.jfree.chart.ChartUtils.writeChartAsPNG(out, plainNumbers(chart), width, height);
  }
}
