package se.sim1177.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import se.sim1177.calibration.CalibrationResult;
import se.sim1177.calibration.FitKey;

/**
 * {@code calibration.png}: where the fit looked and what it found. With two or more keys, the two
 * that move most along the ridge: every simulation as a point coloured by its Σ z² (dark: close to
 * the observed figures), the fit with its 95 % intervals, and the ridge through it, the direction
 * along which the figures change least (where keys trade off, the dark points lie along it). With
 * one key, Σ z² against the key, the fit and its interval.
 */
public final class CalibrationChart {
  public static final int WIDTH = 1100;
  public static final int HEIGHT = 800;

  private CalibrationChart() {}

  public static JFreeChart chart(CalibrationResult r) {
    return r.values().size() == 1 ? oneKey(r) : twoKeys(r);
  }

  private static JFreeChart twoKeys(CalibrationResult r) {
    int[] axes = mostOnRidge(r);
    CalibrationResult.FittedValue fx = r.values().get(axes[0]);
    CalibrationResult.FittedValue fy = r.values().get(axes[1]);
    double lowest = Double.POSITIVE_INFINITY;
    double highest = 0;
    for (CalibrationResult.Evaluation e : r.runs()) {
      lowest = Math.min(lowest, scaleOf(e.distance()));
      highest = Math.max(highest, scaleOf(e.distance()));
    }
    Viridis colours = new Viridis(lowest, highest > lowest ? highest : lowest + 1);
    XYSeries points = new XYSeries("simulations (dark: close to the observed figures)", false, true);
    List<Paint> paints = new ArrayList<>();
    for (CalibrationResult.Evaluation e : r.runs()) {
      points.add(shown(fx.key(), e.values()[axes[0]]), shown(fy.key(), e.values()[axes[1]]));
      paints.add(colours.color(scaleOf(e.distance())));
    }
    XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true) {
      private static final long serialVersionUID = 1L;

      @Override
      public Paint getItemPaint(int series, int item) {
        return paints.get(item);
      }
    };
    XYSeriesCollection pointData = new XYSeriesCollection(points);
    pointRenderer.setSeriesPaint(0, colours.color((lowest + highest) / 2));
    XYIntervalSeries fit = new XYIntervalSeries("the fit, with its 95 % intervals");
    double x = shown(fx.key(), fx.value());
    double y = shown(fy.key(), fy.value());
    fit.add(x, fx.identified() ? shown(fx.key(), fx.low()) : x, fx.identified() ? shown(fx.key(), fx.high()) : x, y,
        fy.identified() ? shown(fy.key(), fy.low()) : y, fy.identified() ? shown(fy.key(), fy.high()) : y);
    XYErrorRenderer fitRenderer = new XYErrorRenderer();
    fitRenderer.setSeriesPaint(0, new Color(0xD55E00));
    fitRenderer.setErrorPaint(new Color(0xD55E00));
    fitRenderer.setErrorStroke(new BasicStroke(2f));
    fitRenderer.setCapLength(10);
    double[] ridge = r.ridgeDirection();
    double dx = shown(fx.key(), fx.key().low() + ridge[axes[0]]) - shown(fx.key(), fx.key().low());
    double dy = shown(fy.key(), fy.key().low() + ridge[axes[1]]) - shown(fy.key(), fy.key().low());
    XYSeries ridgeLine = new XYSeries("the ridge: the direction the figures change least", false, true);
    for (double t : new double[] {-0.3, 0.3}) {
      ridgeLine.add(x + t * dx, y + t * dy);
    }
    XYLineAndShapeRenderer ridgeRenderer = new XYLineAndShapeRenderer(true, false);
    ridgeRenderer.setSeriesPaint(0, Color.BLACK);
    ridgeRenderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    NumberAxis xAxis = axis(fx.key());
    NumberAxis yAxis = axis(fy.key());
    // Around where the search looked (and the intervals reach), inside the searched ranges.
    zoom(xAxis, points.getMinX(), points.getMaxX(), fit.getXLowValue(0), fit.getXHighValue(0), shown(fx.key(), fx.key().low()),
        shown(fx.key(), fx.key().high()));
    zoom(yAxis, points.getMinY(), points.getMaxY(), fit.getYLowValue(0), fit.getYHighValue(0), shown(fy.key(), fy.key().low()),
        shown(fy.key(), fy.key().high()));
    XYPlot plot = ChartStyle.plot(pointData, xAxis, yAxis, pointRenderer);
    plot.setDataset(1, new XYIntervalSeriesCollection() {
      private static final long serialVersionUID = 1L;

      {
        addSeries(fit);
      }
    });
    plot.setRenderer(1, fitRenderer);
    plot.setDataset(2, new XYSeriesCollection(ridgeLine));
    plot.setRenderer(2, ridgeRenderer);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    return ChartStyle.chart("Calibration to " + r.period(), subtitle(r), plot, true);
  }

  private static JFreeChart oneKey(CalibrationResult r) {
    CalibrationResult.FittedValue f = r.values().get(0);
    XYSeries curve = new XYSeries("Σ z² of each simulation", true, true);
    List<CalibrationResult.Evaluation> runs = new ArrayList<>(r.runs());
    runs.sort(Comparator.comparingDouble(e -> e.values()[0]));
    for (CalibrationResult.Evaluation e : runs) {
      curve.add(shown(f.key(), e.values()[0]), Math.min(e.distance(), 1e4));
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, new Color(0x0072B2));
    XYIntervalSeries fit = new XYIntervalSeries("the fit, with its 95 % interval");
    double x = shown(f.key(), f.value());
    fit.add(x, f.identified() ? shown(f.key(), f.low()) : x, f.identified() ? shown(f.key(), f.high()) : x, 0, 0, 0);
    XYErrorRenderer fitRenderer = new XYErrorRenderer();
    fitRenderer.setSeriesPaint(0, new Color(0xD55E00));
    fitRenderer.setErrorPaint(new Color(0xD55E00));
    fitRenderer.setErrorStroke(new BasicStroke(2f));
    NumberAxis y = new NumberAxis("Σ z² (the misses over their uncertainty, squared and summed)");
    // Near the minimum is what matters: the far simulations run off the top.
    double top = 0;
    for (CalibrationResult.Evaluation e : runs) {
      top = Math.max(top, e.distance());
    }
    y.setRange(0, Math.max(12, Math.min(top * 1.05, 50)));
    XYPlot plot = ChartStyle.plot(new XYSeriesCollection(curve), axis(f.key()), y, renderer);
    XYIntervalSeriesCollection fitData = new XYIntervalSeriesCollection();
    fitData.addSeries(fit);
    plot.setDataset(1, fitData);
    plot.setRenderer(1, fitRenderer);
    return ChartStyle.chart("Calibration to " + r.period(), subtitle(r), plot, true);
  }

  private static void zoom(NumberAxis axis, double min, double max, double low, double high, double rangeLow, double rangeHigh) {
    double lo = Math.min(min, low);
    double hi = Math.max(max, high);
    double margin = Math.max(hi - lo, 1e-9) * 0.1;
    axis.setRange(Math.max(rangeLow, lo - margin), Math.min(rangeHigh, hi + margin));
  }

  /** The two keys that move most along the ridge (the first two when none does). */
  private static int[] mostOnRidge(CalibrationResult r) {
    double[] ridge = r.ridgeDirection();
    int n = ridge.length;
    double[] scaled = new double[n];
    for (int j = 0; j < n; j++) {
      FitKey k = r.values().get(j).key();
      scaled[j] = Math.abs(ridge[j] / (k.high() - k.low()));
    }
    int a = 0;
    for (int j = 1; j < n; j++) {
      a = scaled[j] > scaled[a] ? j : a;
    }
    int b = a == 0 ? 1 : 0;
    for (int j = 0; j < n; j++) {
      b = j != a && scaled[j] > scaled[b] ? j : b;
    }
    return new int[] {Math.min(a, b), Math.max(a, b)};
  }

  private static String subtitle(CalibrationResult r) {
    String first = r.findings().get(0);
    int colon = first.indexOf(':');
    return (colon > 0 ? first.substring(0, colon) : first) + "; " + (r.reproduces() ? "reproduces the observed figures"
        : "does not reproduce the observed figures");
  }

  /** Σ z² on a log scale, so the few close simulations are told apart from the many far ones. */
  private static double scaleOf(double distance) {
    return Math.log10(1 + Math.min(distance, 1e6));
  }

  private static NumberAxis axis(FitKey k) {
    NumberAxis a = new NumberAxis(k.path() + (k.duration() ? " (min)" : k.path().endsWith("probability") ? " (%)" : ""));
    a.setAutoRangeIncludesZero(false);
    return a;
  }

  /** A key's value in the chart's units: minutes for a duration, % for a probability. */
  private static double shown(FitKey k, double v) {
    return k.duration() ? v / 60 : k.path().endsWith("probability") ? 100 * v : v;
  }
}
