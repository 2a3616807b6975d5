package se.sim1177.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import se.sim1177.report.format.DayRanges;
import se.sim1177.report.format.ShiftBreaks;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.TimeOfDay;
import se.sim1177.scenario.Weekday;
import se.sim1177.staffing.Roster;

/**
 * {@code sim1177 staff}'s roster as a manager pins it up ({@code roster.png}, and the staffing
 * report's chart): a row per shift of each group (its days, hours and nurses named on the left),
 * with a bar on every day it is worked, over the week; one colour per group.
 */
public final class RosterChart {
  private static final Color[] GROUP_COLORS = {new Color(0, 90, 160), new Color(200, 110, 0), new Color(0, 130, 60),
      new Color(120, 0, 140), new Color(170, 40, 40), new Color(90, 90, 90)};
  /** Height of one shift's row in the picture, pixels. */
  public static final int ROW_PIXELS = 22;
  /** Room above and below the rows: title, legend, axis. */
  public static final int FRAME_PIXELS = 190;

  private RosterChart() {}

  /** The shifts, in the order of the chart's rows: by group, then by start. */
  static List<String> rowLabels(Roster roster) {
    List<String> labels = new ArrayList<>();
    for (StaffGroup g : roster.groups()) {
      for (Shift s : sorted(g)) {
        String shiftBreak = ShiftBreaks.of(s, "-");
        labels.add(String.format(Locale.ROOT, "%s  %s %s-%s  ×%d%s", g.name(), DayRanges.of(s.days()), TimeOfDay.format(s.startMinute()),
            TimeOfDay.format(s.endMinute()), s.nurses(), shiftBreak.isEmpty() ? "" : "  break " + shiftBreak));
      }
    }
    return labels;
  }

  /** The picture's height for {@code roster}: a row per shift. */
  public static int height(Roster roster) {
    return FRAME_PIXELS + ROW_PIXELS * Math.max(1, rowLabels(roster).size());
  }

  private static List<Shift> sorted(StaffGroup g) {
    return g.shifts().stream().sorted(Shift.BY_HOURS).toList();
  }

  public static JFreeChart chart(Roster roster, String subtitle) {
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    List<String> labels = rowLabels(roster);
    // The first shift at the top: rows count down from the number of shifts.
    int row = labels.size() - 1;
    for (StaffGroup g : roster.groups()) {
      XYIntervalSeries series = new XYIntervalSeries(g.name() + " (" + g.workplace().key() + (g.shifts().isEmpty() ? ", no shifts" : "")
          + ")", false, true);
      for (Shift s : sorted(g)) {
        for (Weekday d : Weekday.values()) {
          if (s.days().contains(d)) {
            double start = d.ordinal() * 24 + s.startMinute() / 60.0;
            double end = start + s.lengthMinutes() / 60.0;
            if (s.shiftBreak() == null) {
              span(series, start, end, row);
            } else {
              // A gap where the nurses are on their break.
              double breakFrom = start + s.breakOffsetMinutes() / 60.0;
              span(series, start, breakFrom, row);
              span(series, breakFrom + s.shiftBreak().lengthMinutes() / 60.0, end, row);
            }
          }
        }
        row--;
      }
      data.addSeries(series);
    }
    List<String> top = new ArrayList<>(labels);
    java.util.Collections.reverse(top);
    SymbolAxis y = new SymbolAxis(null, top.toArray(new String[0]));
    y.setGridBandsVisible(true);
    y.setGridBandPaint(new Color(246, 246, 246));
    y.setTickLabelFont(ChartStyle.TICK_LABEL_FONT.deriveFont(12f));
    XYBarRenderer bars = new XYBarRenderer();
    bars.setUseYInterval(true);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    for (int s = 0; s < data.getSeriesCount(); s++) {
      bars.setSeriesPaint(s, GROUP_COLORS[s % GROUP_COLORS.length]);
    }
    XYPlot plot = ChartStyle.plot(data, new WeekAxis(), y, bars);
    return ChartStyle.chart("The roster", subtitle, plot, true);
  }

  /** A bar from hour {@code start} to {@code end} of the week; past Sunday's end it runs on at Monday's start. */
  private static void span(XYIntervalSeries series, double start, double end, int row) {
    if (start < WeekAxis.HOURS) {
      bar(series, start, Math.min(end, WeekAxis.HOURS), row);
    }
    if (end > WeekAxis.HOURS) {
      bar(series, Math.max(0, start - WeekAxis.HOURS), end - WeekAxis.HOURS, row);
    }
  }

  private static void bar(XYIntervalSeries series, double start, double end, int row) {
    series.add((start + end) / 2, start, end, row, row - 0.35, row + 0.35);
  }
}
