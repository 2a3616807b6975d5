package se.sim1177.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import se.sim1177.history.FittedDemand;
import se.sim1177.history.HistoryDay;
import se.sim1177.history.ImportResult;
import se.sim1177.history.ShapeGroups;

/**
 * {@code history.png}: what {@code import} fitted against what the export holds. Above, the week:
 * each weekday's mean calls per hour over the profile window's complete days against the fitted
 * profile (calls per day × weekday factor × the day's shape). Below, the days of the window: each
 * day's calls against its weekday's fitted mean, with the band a day falls in 95 % of the time if
 * the fit is right (Poisson noise and the fitted day-to-day busyness: μ ± 1.96·√(μ + μ²/shape)).
 */
public final class HistoryChart {
  static final int WIDTH = 1400;
  static final int HEIGHT = 1000;

  private HistoryChart() {}

  /** Both charts, one above the other, as one PNG. */
  public static void writePng(OutputStream out, ImportResult r) throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    ChartStyle.plainNumbers(week(r)).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT / 2.0));
    ChartStyle.plainNumbers(days(r)).draw(g, new Rectangle2D.Double(0, HEIGHT / 2.0, WIDTH, HEIGHT / 2.0));
    g.dispose();
    ImageIO.write(image, "png", out);
  }

  /** The week: the export's mean calls per hour of each weekday against the fitted profile. */
  public static JFreeChart week(ImportResult r) {
    FittedDemand d = r.demand();
    double[] sum = new double[168];
    int[] days = new int[7];
    int perHour = r.history().intervalsPerDay() / 24;
    for (HistoryDay day : r.history().days()) {
      if (!d.profileWindow().contains(day.date()) || !day.shapesTheDay()) {
        continue;
      }
      int w = day.weekdayIndex();
      days[w]++;
      long[] calls = d.fromUniqueCallers() ? day.uniqueCallers() : day.offered();
      for (int k = 0; k < calls.length; k++) {
        sum[w * 24 + k / perHour] += calls[k];
      }
    }
    XYSeries observed = new XYSeries("the export: mean calls per hour", false, true);
    XYSeries fitted = new XYSeries("fitted: calls per day × weekday factor × the day's shape", false, true);
    for (int w = 0; w < 7; w++) {
      double[] shares = shapeOf(d, w);
      for (int h = 0; h < 24; h++) {
        if (days[w] > 0) {
          observed.add(w * 24 + h + 0.5, sum[w * 24 + h] / days[w]);
        }
        double share = 0;
        for (int k = h * perHour; k < (h + 1) * perHour; k++) {
          share += shares[k];
        }
        fitted.add(w * 24 + h + 0.5, d.callsPerDay() * d.weekdayFactors()[w] * share);
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(observed);
    data.addSeries(fitted);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, new Color(0x0072B2));
    renderer.setSeriesStroke(0, new BasicStroke(1.6f));
    renderer.setSeriesPaint(1, Color.BLACK);
    renderer.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    NumberAxis y = new NumberAxis((d.fromUniqueCallers() ? "first attempts" : "offered calls") + " per hour");
    XYPlot plot = ChartStyle.plot(data, new WeekAxis(), y, renderer);
    return ChartStyle.chart("The week: the export against the fitted demand",
        String.format(Locale.ROOT, "%s; %s", d.profileWindow().label(), shapesText(d)), plot, true);
  }

  /** The days: each day's calls against its weekday's fitted mean and the band busyness allows. */
  public static JFreeChart days(ImportResult r) {
    FittedDemand d = r.demand();
    double excess = d.busyness().overdispersed() ? 1 / d.busyness().shape() : 0;
    YIntervalSeries band = new YIntervalSeries("fitted mean, and where 95 % of days fall (Poisson"
        + (excess > 0 ? " and day busyness)" : ")"));
    XYSeries observed = new XYSeries("the export: calls that day", false, true);
    int i = 0;
    for (HistoryDay day : r.history().days()) {
      if (!d.profileWindow().contains(day.date())) {
        continue;
      }
      double mu = d.callsPerDay() * d.weekdayFactors()[day.weekdayIndex()];
      double half = 1.96 * Math.sqrt(mu + mu * mu * excess);
      band.add(i, mu, Math.max(0, mu - half), mu + half);
      if (day.used()) {
        observed.add(i, day.total(d.fromUniqueCallers() ? day.uniqueCallers() : day.offered()));
      }
      i++;
    }
    YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
    bandData.addSeries(band);
    DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
    bandRenderer.setSeriesPaint(0, Color.BLACK);
    bandRenderer.setSeriesFillPaint(0, new Color(0x999999));
    bandRenderer.setAlpha(0.25f);
    XYSeriesCollection points = new XYSeriesCollection();
    points.addSeries(observed);
    XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
    pointRenderer.setSeriesPaint(0, new Color(0xD55E00));
    NumberAxis x = new NumberAxis("day of " + d.profileWindow().label());
    NumberAxis y = new NumberAxis((d.fromUniqueCallers() ? "first attempts" : "offered calls") + " per day");
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = ChartStyle.plot(bandData, x, y, bandRenderer);
    plot.setDataset(1, points);
    plot.setRenderer(1, pointRenderer);
    return ChartStyle.chart("The days: each day's calls against the fitted day-to-day variation",
        d.busyness().overdispersed() ? String.format(Locale.ROOT, "day busyness shape %.1f ± %.1f; holidays and incomplete days left out",
            d.busyness().shape(), d.busyness().shapeStandardError()) : "Poisson days (no busyness beyond it); holidays and incomplete"
            + " days left out", plot, true);
  }

  private static double[] shapeOf(FittedDemand d, int weekday) {
    for (ShapeGroups.Group g : d.shapeGroups()) {
      if ((g.weekdays() & (1 << weekday)) != 0) {
        return g.shares();
      }
    }
    return d.shapeGroups().get(0).shares();
  }

  private static String shapesText(FittedDemand d) {
    if (d.shapeGroups().size() == 1) {
      return "one shape of the day for every weekday";
    }
    StringBuilder s = new StringBuilder("shapes of the day: ");
    for (int i = 0; i < d.shapeGroups().size(); i++) {
      s.append(i == 0 ? "" : ", ").append(se.sim1177.history.DayNames.of(d.shapeGroups().get(i).weekdays()));
    }
    return s.toString();
  }
}
