package se.sim1177.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Targets;

/**
 * A sweep's outputs: {@code sweep.csv} (one row per variant: the varied keys as given, then every
 * summary metric with its CI), a chart per main metric against the first varied key with 95 % CI
 * bands and the targets, the base scenario and {@code run.json}.
 */
public final class SweepReport {
  private static final Color[] PALETTE = {
    new Color(0, 90, 160), new Color(170, 60, 0), new Color(0, 130, 60), new Color(120, 0, 140),
    new Color(200, 140, 0), new Color(0, 140, 160), new Color(90, 90, 90)
  };

  /** The metrics that get a chart. */
  static final List<Metric> CHARTED = List.of(Metrics.ANSWER_RATE, Metrics.MEAN_WAIT_ANSWERED, Metrics.ABANDON_RATE,
      Metrics.SERVICE_LEVEL, Metrics.OCCUPANCY);
  /** Charted as well when the scenario has 1177 direkt. */
  static final List<Metric> CHARTED_CHAT = List.of(Metrics.CHAT_ANSWER_RATE, Metrics.CHAT_MEAN_RESPONSE,
      Metrics.CHAT_RESPONSE_SERVICE_LEVEL, Metrics.NURSE_HOURS_PHONE, Metrics.NURSE_HOURS_CHAT);

  private SweepReport() {}

  /** One variant: the varied keys' values (as given) and its results. */
  public record Row(List<String> values, ExperimentResult result) {}

  public static void write(List<String> keys, List<Row> rows, Scenario base, RunInfo info, ResultFolder folder) throws IOException {
    Csv csv = new Csv();
    List<String> header = new ArrayList<>(keys);
    for (Metric m : Metrics.SUMMARY) {
      header.add(m.key());
      header.add(m.key() + "_ci95_low");
      header.add(m.key() + "_ci95_high");
    }
    csv.row(header);
    for (Row r : rows) {
      List<String> line = new ArrayList<>(r.values());
      for (Metric m : Metrics.SUMMARY) {
        MetricSummary s = r.result().metric(m.key());
        line.add(Numbers.csv(s.mean()));
        line.add(Numbers.csv(s.ci95Low()));
        line.add(Numbers.csv(s.ci95High()));
      }
      csv.row(line);
    }
    folder.writeText("sweep.csv", csv.toString());
    List<Metric> charted = new ArrayList<>(CHARTED);
    if (base.chat() != se.sim1177.scenario.Chat.NONE) {
      charted.addAll(CHARTED_CHAT);
    }
    for (Metric m : charted) {
      JFreeChart chart = chart(keys, rows, m, base.targets());
      folder.write(m.key() + ".png", out -> ChartUtils.writeChartAsPNG(out, chart, 1000, 600));
    }
    folder.writeText("scenario.yaml", ScenarioCopyWriter.text(info));
    ObjectNode run = Json.MAPPER.createObjectNode();
    run.put("version", info.version());
    run.put("scenario_source", info.scenarioSource());
    ArrayNode command = run.putArray("command_line");
    info.commandLine().forEach(command::add);
    ArrayNode varied = run.putArray("varied_keys");
    keys.forEach(varied::add);
    run.put("variants", rows.size());
    run.put("seed", rows.isEmpty() ? 0 : rows.get(0).result().seed());
    run.put("replications", rows.isEmpty() ? 0 : rows.get(0).result().replications());
    run.put("started_at", info.startedAt());
    double wall = rows.stream().mapToDouble(r -> r.result().wallSeconds()).sum();
    Json.put(run, "wall_seconds", wall);
    folder.writeText("run.json", Json.text(run));
    folder.commit();
  }

  static JFreeChart chart(List<String> keys, List<Row> rows, Metric metric, Targets targets) {
    boolean numeric = rows.stream().allMatch(r -> isNumber(r.values().get(0)));
    List<String> categories = new ArrayList<>();
    for (Row r : rows) {
      if (!categories.contains(r.values().get(0))) {
        categories.add(r.values().get(0));
      }
    }
    Map<String, YIntervalSeries> series = new LinkedHashMap<>();
    for (Row r : rows) {
      String label = keys.size() == 1 ? metric.key() : otherKeys(keys, r.values());
      YIntervalSeries s = series.computeIfAbsent(label, YIntervalSeries::new);
      MetricSummary m = r.result().metric(metric.key());
      if (Double.isNaN(m.mean())) {
        continue;
      }
      double x = numeric ? Double.parseDouble(r.values().get(0)) : categories.indexOf(r.values().get(0));
      double scale = metric == Metrics.MEAN_WAIT_ANSWERED || metric == Metrics.CHAT_MEAN_RESPONSE ? 1 / 60.0 : 1;
      s.add(x, m.mean() * scale, orMean(m.ci95Low(), m.mean()) * scale, orMean(m.ci95High(), m.mean()) * scale);
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    series.values().forEach(data::addSeries);
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    for (int i = 0; i < series.size(); i++) {
      Color c = PALETTE[i % PALETTE.length];
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, c.brighter());
    }
    renderer.setAlpha(0.2f);
    ValueAxis x = numeric ? new NumberAxis(keys.get(0)) : new SymbolAxis(keys.get(0), categories.toArray(new String[0]));
    if (x instanceof NumberAxis n) {
      n.setAutoRangeIncludesZero(false);
    }
    String unit = metric == Metrics.MEAN_WAIT_ANSWERED ? "mean wait of answered calls (min)"
        : metric == Metrics.CHAT_MEAN_RESPONSE ? "mean first response of answered chats (min)" : metric.key();
    NumberAxis y = new NumberAxis(unit);
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = ChartStyle.plot(data, x, y, renderer);
    if (metric == Metrics.ANSWER_RATE && targets.answerRate() != null) {
      plot.addRangeMarker(AnswerRateChartWriter.targetMarker(targets.answerRate()));
    }
    if (metric == Metrics.MEAN_WAIT_ANSWERED && targets.meanWaitSeconds() != null) {
      plot.addRangeMarker(AnswerRateChartWriter.targetMarker(targets.meanWaitSeconds() / 60));
    }
    if (metric == Metrics.SERVICE_LEVEL && targets.serviceLevel() != null) {
      plot.addRangeMarker(AnswerRateChartWriter.targetMarker(targets.serviceLevel().share()));
    }
    if (metric == Metrics.CHAT_RESPONSE_SERVICE_LEVEL && targets.chatResponse() != null) {
      plot.addRangeMarker(AnswerRateChartWriter.targetMarker(targets.chatResponse().share()));
    }
    JFreeChart chart = ChartStyle.chart(metric.key() + " against " + keys.get(0) + " (95 % CI bands, same callers in every variant)", plot, keys.size() > 1);
    return chart;
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

  private static double orMean(double bound, double mean) {
    return Double.isNaN(bound) ? mean : bound;
  }
}
