package se.sim1177.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;

/**
 * A sweep's charts keep every variant however many there are, and stay charts: beyond
 * {@link SweepChart#MAX_MARKED_POINTS} points the squares on each point go (they were 230 bytes a
 * point of the page's SVG and ran together into a thick line), and beyond
 * {@link SweepChart#MAX_NAMED_LINES} lines the legend goes (a legend of 100 lines took the whole
 * chart, leaving no room for the plot); a small sweep's chart is as it was.
 */
class SweepChartsTest {
  private static final MetricSummary RATE = new MetricSummary(0.85, 0.8, 0.9, 30);
  private static final List<String> KEYS = List.of("arrivals.calls_per_day", "callers.balk_probability");

  @Test
  void aSmallSweepMarksEachPointAndNamesEachLine() {
    JFreeChart chart = chart(5, 3);
    assertEquals(15, points(chart));
    assertTrue(renderer(chart).getDefaultShapesVisible(), "each point is marked");
    assertNotNull(chart.getLegend(), "each line is named");
    assertEquals(1, subtitles(chart).size(), "only the reading guide: " + subtitles(chart));
  }

  @Test
  void aLargeSweepKeepsEveryPointWithoutMarkingEach() {
    JFreeChart chart = chart(60, 2);
    assertEquals(120, points(chart), "every variant is a point");
    assertFalse(renderer(chart).getDefaultShapesVisible(), "no square on each of 120 points");
    assertNotNull(chart.getLegend(), "two lines are still named");
  }

  @Test
  void aSweepOfManyLinesShadesThemAndNamesTheFirstAndLast() {
    JFreeChart chart = chart(5, 20);
    assertEquals(100, points(chart), "every variant is a point");
    assertNull(chart.getLegend(), "no legend of 20 lines");
    List<String> subtitles = subtitles(chart);
    assertEquals(2, subtitles.size(), subtitles.toString());
    assertEquals("20 lines, one per value of the other varied keys, from dark blue (callers.balk_probability=0) to yellow"
        + " (callers.balk_probability=19)", subtitles.get(1));
    XYPlot plot = chart.getXYPlot();
    assertFalse(plot.getRenderer().getSeriesPaint(0).equals(plot.getRenderer().getSeriesPaint(19)), "the lines are told apart");
  }

  /** A sweep of {@code first} values of the first key by {@code other} values of the second. */
  private static JFreeChart chart(int first, int other) {
    List<SweepChart.Point> points = new ArrayList<>();
    for (int i = 0; i < first; i++) {
      for (int j = 0; j < other; j++) {
        points.add(new SweepChart.Point(List.of(Integer.toString(1000 + 10 * i), Integer.toString(j)), RATE));
      }
    }
    return SweepChart.chart(KEYS, points, Metrics.ANSWER_RATE, List.of(0.85), 30);
  }

  private static int points(JFreeChart chart) {
    var data = chart.getXYPlot().getDataset();
    int n = 0;
    for (int s = 0; s < data.getSeriesCount(); s++) {
      n += data.getItemCount(s);
    }
    return n;
  }

  private static XYLineAndShapeRenderer renderer(JFreeChart chart) {
    return (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
  }

  private static List<String> subtitles(JFreeChart chart) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof TextTitle t) {
        out.add(t.getText());
      }
    }
    return out;
  }

  /** Issue 18.8: a chart's subtitle says what its line pools: calls, chats, nurse time, or a mean per day. */
  @Test
  void eachChartSaysWhatItsLineIs() {
    org.junit.jupiter.api.Assertions.assertEquals("the calls of %d replications pooled",
        SweepChart.lineIs(se.sim1177.experiment.Metrics.ANSWER_RATE));
    org.junit.jupiter.api.Assertions.assertEquals("the chats of %d replications pooled",
        SweepChart.lineIs(se.sim1177.experiment.Metrics.CHAT_ANSWER_RATE));
    org.junit.jupiter.api.Assertions.assertEquals("the nurse time of %d replications pooled",
        SweepChart.lineIs(se.sim1177.experiment.Metrics.OCCUPANCY));
    org.junit.jupiter.api.Assertions.assertEquals("the mean per day over %d replications",
        SweepChart.lineIs(se.sim1177.experiment.Metrics.NURSE_HOURS_CHAT));
  }
}
