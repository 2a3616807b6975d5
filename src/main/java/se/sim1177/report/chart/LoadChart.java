package se.sim1177.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import se.sim1177.analytic.OfferedLoad;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metrics;
import se.sim1177.scenario.Channel;
import se.sim1177.scenario.StaffGroup;

/**
 * Offered phone load in erlangs against the nurses expected on duty, hour by hour over the week:
 * the nurses stacked by staff group (the groups that answer the phone, rostered × (1 − absence),
 * blended nurses counted in full), the load as a line. Where the line runs above the stack, the
 * roster is thin: more work comes in than the nurses on duty can do.
 *
 * <p>Two loads, each named where it is shown, since they differ by the redials:
 *
 * <ul>
 *   <li><b>planned load</b> per hour: the scenario's first attempts × the mean handling time,
 *       {@link OfferedLoad} (what {@code check} prints and {@code summary.json}'s {@code load}
 *       holds, {@code hours_overloaded} among them);
 *   <li><b>simulated load</b> per interval: every call attempt offered there per day, redials
 *       included ({@code intervals.csv offered_calls_per_day}) × the realised mean handling time
 *       (phone work / calls answered over the run) / the interval's length.
 * </ul>
 */
public final class LoadChart {
  /** Okabe and Ito's colour-blind-safe qualitative palette, black left out. */
  static final Color[] GROUP_COLORS = {new Color(0x56B4E9), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0x0072B2), new Color(0xD55E00), new Color(0xF0E442), new Color(0x999999)};

  private LoadChart() {}

  /** What the chart shows, also for its caption. */
  public record Load(double[] erlangsPerCell, int ipd, double handleSeconds, List<String> groups, List<double[]> nursesPerHour,
      OfferedLoad planned) {
    /** Offered erlangs in each hour of the week: the mean over the hour's cells. */
    double[] erlangsPerHour() {
      double[] h = new double[OfferedLoad.HOURS];
      for (int c = 0; c < erlangsPerCell.length; c++) {
        double hourStart = c * 24.0 / ipd;
        double width = 24.0 / ipd;
        // a cell of an hour or less lies in one hour; an hour's cells each count their share of it
        h[(int) Math.floor(hourStart + 1e-9)] += (Double.isNaN(erlangsPerCell[c]) ? 0 : erlangsPerCell[c]) * width;
      }
      return h;
    }

    double[] nursesTotal() {
      double[] t = new double[OfferedLoad.HOURS];
      for (double[] g : nursesPerHour) {
        for (int h = 0; h < t.length; h++) {
          t[h] += g[h];
        }
      }
      return t;
    }
  }

  public static Load load(ExperimentResult result) {
    int ipd = result.calendar().intervalsPerDay();
    double answered = result.metric(Metrics.ANSWERED_PER_DAY.key()).mean();
    double phoneHours = result.metric(Metrics.NURSE_HOURS_PHONE.key()).mean();
    double handle = answered > 0 && Double.isFinite(phoneHours) ? phoneHours * 3600 / answered
        : result.scenario().handling().meanHandleSeconds();
    int offered = Metrics.INTERVAL.indexOf(Metrics.OFFERED_PER_DAY);
    double intervalSeconds = 86400.0 / ipd;
    double[] erlangs = new double[7 * ipd];
    for (int c = 0; c < erlangs.length; c++) {
      erlangs[c] = result.daysOnWeekday(c / ipd) == 0 ? Double.NaN
          : result.interval(c, offered).mean() * handle / intervalSeconds;
    }
    List<String> names = new ArrayList<>();
    List<double[]> nurses = new ArrayList<>();
    for (StaffGroup g : result.scenario().staff()) {
      if (g.answers(Channel.PHONE)) {
        names.add(g.name());
        nurses.add(onDuty(g));
      }
    }
    return new Load(erlangs, ipd, handle, names, nurses, result.offeredLoad());
  }

  /** A group's nurses expected on duty per hour of the week (Monday 00:00 = 0): rostered × (1 − absence). */
  static double[] onDuty(StaffGroup g) {
    return OfferedLoad.expectedOnDuty(g);
  }

  public static JFreeChart chart(String title, Load load) {
    DefaultTableXYDataset stack = new DefaultTableXYDataset();
    for (int g = 0; g < load.groups().size(); g++) {
      XYSeries s = new XYSeries("nurses on duty: " + load.groups().get(g), false, false);
      double[] n = load.nursesPerHour().get(g);
      for (int h = 0; h < n.length; h++) {
        s.add(h + 0.5, n[h]);
      }
      stack.addSeries(s);
    }
    stack.setIntervalWidth(1.0);
    StackedXYBarRenderer bars = new StackedXYBarRenderer(0);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    // Each bar outlined in its own colour: no hairline seams between the hours.
    bars.setDrawBarOutline(true);
    for (int g = 0; g < load.groups().size(); g++) {
      bars.setSeriesPaint(g, GROUP_COLORS[g % GROUP_COLORS.length]);
      bars.setSeriesOutlinePaint(g, GROUP_COLORS[g % GROUP_COLORS.length]);
      bars.setSeriesOutlineStroke(g, new BasicStroke(0.8f));
    }
    XYSeriesCollection line = new XYSeriesCollection();
    XYSeries offered = new XYSeries("simulated load, redials included (erlangs)", false, true);
    int ipd = load.ipd();
    for (int c = 0; c < load.erlangsPerCell().length; c++) {
      double e = load.erlangsPerCell()[c];
      if (!Double.isNaN(e)) {
        offered.add((c + 0.5) * 24.0 / ipd, e);
      }
    }
    line.addSeries(offered);
    XYSeries planned = new XYSeries("planned load, first attempts (erlangs)", false, true);
    double[] plannedPerHour = load.planned().offeredErlangs();
    for (int h = 0; h < plannedPerHour.length; h++) {
      planned.add(h + 0.5, plannedPerHour[h]);
    }
    line.addSeries(planned);
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    lineRenderer.setSeriesPaint(0, Color.BLACK);
    lineRenderer.setSeriesStroke(0, new BasicStroke(2.2f));
    lineRenderer.setSeriesPaint(1, Color.BLACK);
    lineRenderer.setSeriesStroke(1, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
    double top = 0;
    for (double v : load.nursesTotal()) {
      top = Math.max(top, v);
    }
    for (double v : load.erlangsPerCell()) {
      top = Double.isNaN(v) ? top : Math.max(top, v);
    }
    for (double v : plannedPerHour) {
      top = Math.max(top, v);
    }
    NumberAxis y = new NumberAxis("nurses on duty / offered load (erlangs)");
    y.setRange(0, top > 0 ? top * 1.08 : 1);
    XYPlot plot = ChartStyle.plot(stack, new WeekAxis(), y, bars);
    plot.setDataset(1, line);
    plot.setRenderer(1, lineRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setDomainGridlinePaint(Color.GRAY);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    return ChartStyle.chart(title, String.format(Locale.ROOT,
        "Bars: nurses planned on duty by group (roster × (1 − absence)); lines: load offered, simulated (every attempt × %.1f min"
            + " handling) and planned (first attempts, dashed)",
        load.handleSeconds() / 60), plot, true);
  }

  /**
   * Where the roster is thin, in both loads, each named: how many hours of the week the planned
   * load (as {@code summary.json}'s {@code load.hours_overloaded}) and the simulated load exceed
   * the nurses planned on duty, and the thinnest hour by the planned load ({@code load.worst_hour}).
   */
  public static String thinHours(Load load) {
    OfferedLoad planned = load.planned();
    double[] simulated = load.erlangsPerHour();
    double[] nurses = load.nursesTotal();
    int simulatedOver = 0;
    for (int h = 0; h < simulated.length; h++) {
      if (simulated[h] > 0.05 && simulated[h] > nurses[h] * OfferedLoad.OVERLOADED) {
        simulatedOver++;
      }
    }
    if (planned.offeredHoursPerWeek() <= 0 && simulatedOver == 0) {
      return "No phone load was planned.";
    }
    int worst = planned.worstHour();
    String hours = hoursText(planned.hoursOverloaded());
    String thinnest = String.format(Locale.ROOT, "%s: %.1f erlangs planned (%.1f simulated) and %s", OfferedLoad.hourName(worst),
        planned.offeredErlangs()[worst], simulated[worst], nurses[worst] < 0.05 ? "no phone nurse planned on duty"
            : String.format(Locale.ROOT, "%.1f nurses planned on duty", nurses[worst]));
    return String.format(Locale.ROOT, "The planned load (first attempts, as check and summary.json's load.hours_overloaded count it)"
        + " exceeds the nurses planned on duty in %s; the simulated load (redials included) in %s. The thinnest hour is %s.",
        hours, hoursText(simulatedOver), thinnest);
  }

  private static String hoursText(int hours) {
    return hours == 0 ? "no hour of the week" : hours == 1 ? "1 of the week's 168 hours" : hours + " of the week's 168 hours";
  }
}
