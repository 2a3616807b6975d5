package se.sim1177.report.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import se.sim1177.experiment.GroupFigures;

/**
 * Each staff group's nurse-hours per day by what they went to: phone work, chat work, on duty
 * without a contact in hand, and lost to absence; one horizontal bar per group, in the scenario's
 * order ({@code groups.csv}).
 */
public final class GroupHoursChart {
  static final List<String> PARTS = List.of("phone work", "chat work", "on duty, not busy", "absent");
  private static final Color[] COLORS = {new Color(0x0072B2), new Color(0xE69F00), new Color(0xA6D8F2), new Color(0xB0B0B0)};

  private GroupHoursChart() {}

  /** @param withChat whether the line has a chat: without one, chat work is left out of the bars and the legend */
  public static JFreeChart chart(String title, String subtitle, List<GroupFigures.Unit> groups, boolean withChat) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (GroupFigures.Unit g : groups) {
      double phone = g.figure("phone_hours_per_day").mean();
      double chat = g.figure("chat_hours_per_day").mean();
      double onDuty = g.figure("nurse_hours_on_duty_per_day").mean();
      data.addValue(phone, PARTS.get(0), g.name());
      if (withChat) {
        data.addValue(chat, PARTS.get(1), g.name());
      }
      data.addValue(Math.max(0, onDuty - phone - chat), PARTS.get(2), g.name());
      data.addValue(g.figure("nurse_hours_absent_per_day").mean(), PARTS.get(3), g.name());
    }
    StackedBarRenderer bars = new StackedBarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setMaximumBarWidth(0.12);
    for (int i = 0; i < PARTS.size(); i++) {
      int row = data.getRowIndex(PARTS.get(i));
      if (row >= 0) {
        bars.setSeriesPaint(row, COLORS[i]);
      }
    }
    CategoryAxis x = new CategoryAxis("staff group");
    NumberAxis y = new NumberAxis("nurse-hours per day");
    for (var axis : List.of(x, y)) {
      axis.setLabelFont(ChartStyle.AXIS_LABEL_FONT);
      axis.setTickLabelFont(ChartStyle.TICK_LABEL_FONT);
    }
    CategoryPlot plot = new CategoryPlot(data, x, y, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return ChartStyle.chart(title, subtitle, plot, true);
  }
}
