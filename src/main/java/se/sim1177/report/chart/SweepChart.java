package se.sim1177.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import se.sim1177.experiment.ExperimentSummary;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.report.format.MetricDisplay;
import se.sim1177.report.format.SweepVariant;
import se.sim1177.scenario.Chat;
import se.sim1177.scenario.Scenario;

/**
 * A sweep's charts: a figure against the first varied key, one line per value of the other varied
 * keys, with its 95 % band and the targets (in the units of {@link MetricDisplay}). The PNGs beside
 * {@code sweep.csv} and the sweep's {@code report.html} draw the same charts.
 */
public final class SweepChart {
  private static final Color[] PALETTE = {
    new Color(0, 90, 160), new Color(170, 60, 0), new Color(0, 130, 60), new Color(120, 0, 140),
    new Color(200, 140, 0), new Color(0, 140, 160), new Color(90, 90, 90)
  };

  /** The metrics that get a chart. */
  static final List<Metric> CHARTED = List.of(Metrics.ANSWER_RATE, Metrics.MEAN_WAIT_ANSWERED, Metrics.ABANDON_RATE,
      Metrics.SERVICE_LEVEL, Metrics.OCCUPANCY);
  /** Charted as well when the scenario has 1177 direkt. */
  static final List<Metric> CHARTED_CHAT = List.of(Metrics.CHAT_SHARE_REALISED, Metrics.CALLS_AVOIDED_PER_DAY,
      Metrics.CHAT_ANSWER_RATE, Metrics.CHAT_MEAN_RESPONSE, Metrics.CHAT_RESPONSE_SERVICE_LEVEL, Metrics.NURSE_HOURS_PHONE, Metrics.NURSE_HOURS_CHAT);

  /** Up to this many numeric variants, the x axis has a tick at each variant's value. */
  private static final int MAX_LABELLED_VARIANTS = 12;
  /**
   * Up to this many points, each is marked with a square on its line. Beyond, the squares run
   * together into a thick line and would be most of a chart's SVG (about 230 bytes each, against
   * some 75 for the point's share of the line and band), so the line and band alone show them.
   */
  static final int MAX_MARKED_POINTS = 100;
  /**
   * Up to this many lines (one per combination of the other varied keys), each is named in a legend
   * in a colour of its own. Beyond, a legend would take the whole chart and colours would repeat, so
   * the lines shade from dark blue to yellow in sweep order and a subtitle names the first and last.
   */
  static final int MAX_NAMED_LINES = 12;

  private SweepChart() {}

  /** The metrics a sweep of {@code base} charts: {@link #CHARTED}, and {@link #CHARTED_CHAT} when it has 1177 direkt. */
  public static List<Metric> charted(Scenario base) {
    List<Metric> charted = new ArrayList<>(CHARTED);
    if (base.chat() != Chat.NONE) {
      charted.addAll(CHARTED_CHAT);
    }
    return charted;
  }

  /** One charted point: the varied keys' values (as given) and the figure's summary there. */
  public record Point(List<String> values, MetricSummary summary) {}

  /** The chart of {@code metric} over every variant, with the targets any variant sets on it. */
  public static JFreeChart of(List<String> keys, List<SweepVariant> variants, Metric metric) {
    List<ExperimentSummary> summaries = variants.stream().map(SweepVariant::summary).toList();
    List<Point> points = variants.stream().map(v -> new Point(v.values(), v.summary().metric(metric.key()))).toList();
    int replications = variants.isEmpty() ? 0 : summaries.get(0).replications();
    return chart(keys, points, metric, targets(metric, summaries), replications);
  }

  /** The distinct targets that any variant sets on {@code metric}, in computed units. */
  static List<Double> targets(Metric metric, List<ExperimentSummary> summaries) {
    return ChartStyle.targetValues(metric, summaries.stream().flatMap(s -> s.targets().stream()));
  }

  static JFreeChart chart(List<String> keys, List<Point> points, Metric metric, List<Double> targets, int replications) {
    MetricDisplay display = MetricDisplay.of(metric);
    return chart(keys, points, display, targets, replications,
        "Line = " + lineIs(metric) + ", shaded = 95 %% confidence band%s; the same callers in every variant",
        display.title() + " against " + variedKeyLabel(keys.get(0)));
  }

  /**
   * What a chart's line is, as a format taking the replications: the calls, the chats or the nurse
   * time of the replications pooled (a ratio of sums), or the mean per day over them.
   */
  static String lineIs(Metric metric) {
    if (!metric.isRatio()) {
      return "the mean per day over %d replications";
    }
    if (metric.key().equals(Metrics.CHAT_SHARE_REALISED.key())) {
      return "the residents of %d replications pooled";
    }
    if (metric.key().startsWith("chat_")) {
      return "the chats of %d replications pooled";
    }
    return metric.key().equals(Metrics.OCCUPANCY.key()) ? "the nurse time of %d replications pooled"
        : "the calls of %d replications pooled";
  }

  /**
   * The chart of a figure shown as {@code display} against the first varied key; {@code subtitle}
   * is a format taking the replications and the targets' legend.
   */
  public static JFreeChart chart(List<String> keys, List<Point> points, MetricDisplay display, List<Double> targets, int replications,
      String subtitleFormat, String title) {
    boolean numeric = points.stream().allMatch(p -> isNumber(p.values().get(0)));
    List<String> categories = new ArrayList<>();
    for (Point p : points) {
      if (!categories.contains(p.values().get(0))) {
        categories.add(p.values().get(0));
      }
    }
    Map<String, YIntervalSeries> series = new LinkedHashMap<>();
    for (Point p : points) {
      String label = keys.size() == 1 ? display.label() : otherKeys(keys, p.values());
      YIntervalSeries s = series.computeIfAbsent(label, YIntervalSeries::new);
      double x = numeric ? Double.parseDouble(p.values().get(0)) : categories.indexOf(p.values().get(0));
      ChartStyle.addBand(s, x, display, p.summary());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    series.values().forEach(data::addSeries);
    DeviationRenderer renderer = new DeviationRenderer(true, points.size() <= MAX_MARKED_POINTS);
    boolean named = series.size() <= MAX_NAMED_LINES;
    Viridis shades = named ? null : new Viridis(0, series.size() - 1);
    for (int i = 0; i < series.size(); i++) {
      Color c = named ? PALETTE[i % PALETTE.length] : shades.color(i);
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, c.brighter());
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    renderer.setAlpha(0.2f);
    String xLabel = variedKeyLabel(keys.get(0)) + ", as set by --vary";
    ValueAxis x = numeric ? numberAxis(xLabel, categories) : new SymbolAxis(xLabel, categories.toArray(new String[0]));
    XYPlot plot = ChartStyle.plot(data, x, ChartStyle.valueAxis(display, data, targets), renderer);
    ChartStyle.addTargets(plot, display, targets);
    boolean diagonal = numeric && keys.get(0).equals("chat.adoption") && display.key().equals(Metrics.CHAT_SHARE_REALISED.key());
    if (diagonal) {
      // The fixed model's line: realised = base. Residents who react depart from it.
      double lo = points.stream().mapToDouble(p -> Double.parseDouble(p.values().get(0))).min().orElse(0);
      double hi = points.stream().mapToDouble(p -> Double.parseDouble(p.values().get(0))).max().orElse(1);
      plot.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(lo, lo * display.scale(), hi, hi * display.scale(),
          new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 1, new float[] {4, 4}, 0),
          java.awt.Color.GRAY));
    }
    String subtitle = String.format(Locale.ROOT, subtitleFormat, replications, targets.isEmpty() ? "" : ", dashed = target")
        + (diagonal ? "; grey dashes = realised equal to the base (a fixed share)" : "");
    JFreeChart chart = ChartStyle.chart(title, subtitle, plot, keys.size() > 1 && named);
    if (!named) {
      List<String> lines = new ArrayList<>(series.keySet());
      chart.addSubtitle(1, new TextTitle(String.format(Locale.ROOT, "%d lines, one per value of the other varied keys, from dark"
          + " blue (%s) to yellow (%s)", lines.size(), lines.get(0), lines.get(lines.size() - 1)), ChartStyle.SUBTITLE_FONT));
    }
    return chart;
  }

  /** The varied key in words followed by the key itself, {@code "chat adoption (chat.adoption)"}. */
  public static String variedKeyLabel(String key) {
    if (key.contains("[")) {
      return key;
    }
    return key.replace('.', ' ').replace('_', ' ') + " (" + key + ")";
  }

  /** An axis with a labelled tick at each variant's value as typed, or JFreeChart's own ticks for many variants. */
  private static NumberAxis numberAxis(String label, List<String> values) {
    NumberAxis axis;
    if (values.size() <= MAX_LABELLED_VARIANTS) {
      List<NumberTick> ticks = new ArrayList<>();
      for (String v : values) {
        ticks.add(new NumberTick(Double.parseDouble(v), v.trim(), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
      }
      axis = new FixedTickAxis(label, ticks);
    } else {
      axis = new NumberAxis(label);
    }
    axis.setAutoRangeIncludesZero(false);
    axis.setAutoRangeStickyZero(false);
    axis.setLowerMargin(0.04);
    axis.setUpperMargin(0.04);
    return axis;
  }

  private static String otherKeys(List<String> keys, List<String> values) {
    StringBuilder label = new StringBuilder();
    for (int k = 1; k < keys.size(); k++) {
      label.append(k > 1 ? ", " : "").append(keys.get(k)).append('=').append(values.get(k));
    }
    return label.toString();
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s.trim());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
