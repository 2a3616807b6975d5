package se.sim1177.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import se.sim1177.scenario.Channel;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.staffing.Roster;
import se.sim1177.staffing.StaffingOutcome;
import se.sim1177.staffing.StaffingProblem;
import se.sim1177.staffing.WeekGrid;

/**
 * {@code sim1177 staff}'s coverage over the week ({@code coverage.png}, and the staffing
 * {@code report.html}'s chart): the requirement in standard nurses on duty, against the chosen
 * roster's phone nurses scheduled (dashed) and expected on duty (scheduled × (1 − absence)),
 * stacked by group, slot by slot.
 */
public final class CoverageChart {
  private static final Color[] GROUP_COLORS = {new Color(120, 170, 220), new Color(250, 180, 100), new Color(150, 210, 150),
      new Color(200, 160, 220), new Color(230, 140, 140), new Color(180, 180, 180)};

  private CoverageChart() {}

  public static JFreeChart chart(StaffingOutcome o, StaffingProblem p) {
    WeekGrid grid = p.grid();
    Roster roster = o.roster();
    List<StaffGroup> groups = roster.groups();
    DefaultTableXYDataset stacked = new DefaultTableXYDataset();
    for (int g = 0; g < groups.size(); g++) {
      if (!groups.get(g).answers(Channel.PHONE)) {
        continue;
      }
      XYSeries s = new XYSeries(groups.get(g).name() + " (expected on duty)", true, false);
      double present = 1 - groups.get(g).absence();
      for (int t = 0; t < grid.slots(); t++) {
        int from = t * grid.slotMinutes();
        double v = roster.meanScheduled(g, from, from + grid.slotMinutes()) * present;
        s.add(from / 60.0, v);
      }
      stacked.addSeries(s);
    }
    XYSeries required = new XYSeries("requirement (nurses on duty)");
    XYSeries scheduled = new XYSeries("scheduled");
    for (int i = 0; i < grid.intervals(); i++) {
      int from = i * grid.intervalMinutes();
      required.add(from / 60.0, o.required()[i]);
    }
    required.add(WeekAxis.HOURS, o.required()[grid.intervals() - 1]);
    for (int t = 0; t < grid.slots(); t++) {
      int from = t * grid.slotMinutes();
      double sum = 0;
      for (int g = 0; g < groups.size(); g++) {
        if (groups.get(g).answers(Channel.PHONE)) {
          sum += roster.meanScheduled(g, from, from + grid.slotMinutes());
        }
      }
      scheduled.add(from / 60.0, sum);
    }
    scheduled.add(WeekAxis.HOURS, scheduled.getY(scheduled.getItemCount() - 1));
    XYSeriesCollection lines = new XYSeriesCollection();
    lines.addSeries(required);
    lines.addSeries(scheduled);
    // One bar per slot, starting at the slot's start: the groups stack exactly, as steps.
    stacked.setIntervalWidth(grid.slotMinutes() / 60.0);
    stacked.setIntervalPositionFactor(0);
    StackedXYBarRenderer area = new StackedXYBarRenderer();
    area.setBarPainter(new StandardXYBarPainter());
    area.setShadowVisible(false);
    // Each bar outlined in its own colour, so that antialiasing leaves no hairline gap between
    // neighbouring slots (as in the load chart).
    area.setDrawBarOutline(true);
    for (int s = 0; s < stacked.getSeriesCount(); s++) {
      area.setSeriesPaint(s, GROUP_COLORS[s % GROUP_COLORS.length]);
      area.setSeriesOutlinePaint(s, GROUP_COLORS[s % GROUP_COLORS.length]);
      area.setSeriesOutlineStroke(s, new BasicStroke(0.8f));
    }
    XYStepRenderer step = new XYStepRenderer();
    step.setSeriesPaint(0, Color.BLACK);
    step.setSeriesStroke(0, new BasicStroke(2.5f));
    step.setSeriesPaint(1, new Color(0, 90, 160));
    step.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
    NumberAxis y = new NumberAxis("phone nurses");
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = ChartStyle.plot(stacked, new WeekAxis(), y, area);
    // The renderer first: a dataset without its own renderer would be measured by the stacked one.
    plot.setRenderer(1, step);
    plot.setDataset(1, lines);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    String subtitle = String.format(Locale.ROOT,
        "%s, %s roster: requirement in standard nurses on duty; areas = scheduled × (1 − absence) by group; dashed = scheduled",
        p.scenario().name(), o.method().key());
    JFreeChart chart = ChartStyle.chart("Coverage over the week", subtitle, plot, true);
    // Bars and steps are all horizontal and vertical edges: without antialiasing the bars of
    // neighbouring slots meet without seams. Text keeps its own antialiasing.
    chart.setAntiAlias(false);
    chart.setTextAntiAlias(true);
    return chart;
  }
}
