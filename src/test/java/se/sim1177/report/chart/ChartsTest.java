package se.sim1177.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.report.format.MetricDisplay;

/**
 * The charts a manager reads: every metric has words and a unit, rates are in per cent and waits in
 * minutes, bands stay within the possible range, every target is in view and labelled with its
 * value, the week reads Monday to Sunday and a comparison lists each scenario once. Built from
 * made-up summaries, so no simulation runs.
 */
class ChartsTest {
  /** A rate whose 95 % CI (two replications) runs far outside [0, 1]. */
  private static final MetricSummary WIDE_RATE = new MetricSummary(0.5, -0.3, 1.35, 2);
  /** A wait of 3 min whose CI runs below zero. */
  private static final MetricSummary WIDE_WAIT = new MetricSummary(180, -120, 480, 2);
  private static final double CHAT_TARGET = 0.8;
  private static final double WAIT_TARGET_SECONDS = 600;

  @Test
  void targetsAreLabelledWithTheirValueAndUnit() {
    assertEquals("target 85 %", ChartStyle.targetLabel(MetricDisplay.of(Metrics.ANSWER_RATE), 0.85));
    assertEquals("target 10 min", ChartStyle.targetLabel(MetricDisplay.of(Metrics.MEAN_WAIT_ANSWERED), 600));
    assertEquals("target 7.5 min", ChartStyle.targetLabel(MetricDisplay.of(Metrics.MEAN_WAIT_ANSWERED), 450));
  }

  @Test
  void sweepRateBandIsClippedAndTheTargetIsInView() {
    JFreeChart chart = sweepChart(Metrics.CHAT_RESPONSE_SERVICE_LEVEL, WIDE_RATE, CHAT_TARGET);
    XYPlot plot = chart.getXYPlot();
    assertBandWithin(plot, 0, 100);
    assertTargetShown(plot, 80, "target 80 %");
    assertEquals("chat response service level (%)", plot.getRangeAxis().getLabel());
    assertEquals("Chat response service level against chat adoption (chat.adoption)", chart.getTitle().getText());
  }

  @Test
  void sweepWaitBandStaysAtOrAboveZeroAndTheAxisReachesTheTarget() {
    JFreeChart chart = sweepChart(Metrics.MEAN_WAIT_ANSWERED, WIDE_WAIT, WAIT_TARGET_SECONDS);
    XYPlot plot = chart.getXYPlot();
    assertBandWithin(plot, 0, Double.POSITIVE_INFINITY);
    assertTargetShown(plot, 10, "target 10 min");
    assertEquals("mean wait of answered calls (min)", plot.getRangeAxis().getLabel());
  }

  @Test
  void sweepOfAMetricWithoutTargetSaysNothingAboutTargets() {
    JFreeChart chart = sweepChart(Metrics.NURSE_HOURS_PHONE, new MetricSummary(50, 40, 60, 5), Double.NaN);
    assertEquals("nurse hours on phone work (nurse hours per day)", chart.getXYPlot().getRangeAxis().getLabel());
    assertFalse(((TextTitle) chart.getSubtitle(0)).getText().contains("target"));
  }

  @Test
  void weekAxisReadsMondayToSundayOverTheWholeWeek() {
    WeekAxis axis = new WeekAxis();
    List<String> labels = axis.ticks().stream().map(NumberTick::getText).filter(t -> !t.isEmpty()).toList();
    assertEquals(List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), labels);
    assertEquals(0, axis.getLowerBound());
    assertEquals(168, axis.getUpperBound());
    for (NumberTick t : axis.ticks()) {
      if (!t.getText().isEmpty()) {
        assertTrue(t.getValue() > 0 && t.getValue() < 168, "day label inside the week: " + t.getValue());
      }
    }
  }

  @Test
  void compareLegendListsEachScenarioOnce() {
    List<WeekChart.Line> lines = List.of(weekLine("base: office"), weekLine("alt 1: home"));
    JFreeChart chart = WeekChart.chart("t", "s", lines, new java.awt.Color[] {java.awt.Color.BLACK}, false,
        List.of(0.85), List.of(WAIT_TARGET_SECONDS));
    LegendItemCollection items = chart.getPlot().getLegendItems();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      names.add(items.get(i).getLabel());
    }
    assertEquals(List.of("base: office", "alt 1: home"), names);
    CombinedDomainXYPlot combined = (CombinedDomainXYPlot) chart.getPlot();
    XYPlot rates = combined.getSubplots().get(0);
    XYPlot waits = combined.getSubplots().get(1);
    assertEquals("answer rate (%)", rates.getRangeAxis().getLabel());
    assertEquals("mean wait of answered calls (min)", waits.getRangeAxis().getLabel());
    assertTargetShown(rates, 85, "target 85 %");
    assertTargetShown(waits, 10, "target 10 min");
    chart.draw(new BufferedImage(1400, 800, BufferedImage.TYPE_INT_RGB).createGraphics(),
        new java.awt.Rectangle(1400, 800));
  }

  @Test
  void weekBandsAreClipped() {
    JFreeChart chart = WeekChart.chart("t", "s", List.of(weekLine("one")), new java.awt.Color[] {java.awt.Color.BLUE},
        true, List.of(), List.of());
    CombinedDomainXYPlot combined = (CombinedDomainXYPlot) chart.getPlot();
    assertBandWithin(combined.getSubplots().get(0), 0, 100);
    assertBandWithin(combined.getSubplots().get(1), 0, Double.POSITIVE_INFINITY);
  }

  private static WeekChart.Line weekLine(String name) {
    double[] hours = new double[168];
    MetricSummary[] rates = new MetricSummary[168];
    MetricSummary[] waits = new MetricSummary[168];
    for (int h = 0; h < 168; h++) {
      hours[h] = h + 0.5;
      rates[h] = WIDE_RATE;
      waits[h] = WIDE_WAIT;
    }
    Arrays.fill(rates, 0, 1, MetricSummary.EMPTY);
    return new WeekChart.Line(name, hours, rates, waits);
  }

  private static JFreeChart sweepChart(Metric metric, MetricSummary atEveryVariant, double target) {
    List<SweepChart.Point> points = new ArrayList<>();
    for (String v : List.of("0", "0.1", "0.3")) {
      points.add(new SweepChart.Point(List.of(v), atEveryVariant));
    }
    List<Double> targets = Double.isNaN(target) ? List.of() : List.of(target);
    return SweepChart.chart(List.of("chat.adoption"), points, metric, targets, 2);
  }

  private static void assertBandWithin(XYPlot plot, double low, double high) {
    IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
    int checked = 0;
    for (int s = 0; s < data.getSeriesCount(); s++) {
      for (int i = 0; i < data.getItemCount(s); i++) {
        double from = data.getStartYValue(s, i);
        double to = data.getEndYValue(s, i);
        assertTrue(from >= low && to <= high, "band [" + from + ", " + to + "] outside [" + low + ", " + high + "]");
        checked++;
      }
    }
    assertTrue(checked > 0, "no points in the chart");
  }

  private static void assertTargetShown(XYPlot plot, double value, String label) {
    ValueAxis axis = plot.getRangeAxis();
    assertTrue(axis.getRange().contains(value), "axis " + axis.getRange() + " should include the target " + value);
    boolean line = false;
    for (Object m : plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
      line |= ((ValueMarker) m).getValue() == value;
    }
    assertTrue(line, "no target line at " + value);
    FixedTickAxis labels = (FixedTickAxis) plot.getRangeAxis(1);
    assertEquals(List.of(label), labels.ticks().stream().map(NumberTick::getText).toList());
    assertEquals(value, labels.ticks().get(0).getValue(), 1e-9);
    assertEquals(axis.getRange(), labels.getRange(), "target labels on the same scale as the values");
  }
}
