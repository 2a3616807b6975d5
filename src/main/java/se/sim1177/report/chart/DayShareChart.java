package se.sim1177.report.chart;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import se.sim1177.experiment.PeriodRisk;

/**
 * The share of single days meeting each target, by weekday ({@code summary.json risk.days.<target>.by_weekday}):
 * a bar per target and weekday, labelled with its value. A weekday no measured day fell on has no bar.
 */
public final class DayShareChart {
  /** Okabe and Ito's blue, vermillion, bluish green and reddish purple: each stands out on white. */
  private static final Color[] COLORS = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7)};

  private DayShareChart() {}

  /** @param goals each day target's name in words, in the order of {@code days} */
  public static JFreeChart chart(String title, String subtitle, List<PeriodRisk.DayRisk> days, List<String> goals) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < days.size(); i++) {
      double[] w = days.get(i).byWeekday();
      for (int wd = 0; wd < 7; wd++) {
        data.addValue(Double.isNaN(w[wd]) ? null : Double.valueOf(w[wd] * 100), goals.get(i), WeekAxis.DAYS.get(wd));
      }
    }
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setItemMargin(0.05);
    for (int i = 0; i < days.size(); i++) {
      bars.setSeriesPaint(i, COLORS[i % COLORS.length]);
    }
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(ChartStyle.TICK_LABEL_FONT);
    bars.setDefaultItemLabelPaint(Color.BLACK);
    bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    NumberAxis y = new NumberAxis("days meeting the target (%)");
    y.setRange(0, 108);
    CategoryAxis x = new CategoryAxis("weekday");
    x.setLabelFont(ChartStyle.AXIS_LABEL_FONT);
    x.setTickLabelFont(ChartStyle.TICK_LABEL_FONT);
    y.setLabelFont(ChartStyle.AXIS_LABEL_FONT);
    y.setTickLabelFont(ChartStyle.TICK_LABEL_FONT);
    CategoryPlot plot = new CategoryPlot(data, x, y, bars);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return ChartStyle.chart(title, subtitle, plot, true);
  }
}
