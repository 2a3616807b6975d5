package se.sim1177.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PairedDifference;

/**
 * A comparison's outputs: {@code compare.csv} (per scenario and metric: mean and CI, and for the
 * alternatives the paired difference to the base with its CI and whether it excludes zero),
 * {@code compare.png} (answer rate and mean wait per hour of the week, base against the
 * alternatives), each scenario's text and {@code run.json}.
 */
public final class CompareReport {
  private static final Color[] PALETTE = {
    new Color(40, 40, 40), new Color(0, 90, 160), new Color(170, 60, 0), new Color(0, 130, 60), new Color(120, 0, 140)
  };

  private CompareReport() {}

  /** A scenario's source (path) and its results; the first is the base. */
  public record Entry(String source, ExperimentResult result) {}

  public static void write(List<Entry> entries, List<RunInfo> infos, ResultFolder folder) throws IOException {
    Csv csv = new Csv();
    csv.row(List.of("scenario", "source", "role", "metric", "mean", "ci95_low", "ci95_high", "diff", "diff_ci95_low",
        "diff_ci95_high", "diff_excludes_zero"));
    ExperimentResult base = entries.get(0).result();
    for (int i = 0; i < entries.size(); i++) {
      ExperimentResult r = entries.get(i).result();
      for (Metric m : Metrics.SUMMARY) {
        MetricSummary s = r.metric(m.key());
        List<String> row = new ArrayList<>(List.of(r.scenario().name(), entries.get(i).source(), i == 0 ? "base" : "alternative " + i,
            m.key(), Numbers.csv(s.mean()), Numbers.csv(s.ci95Low()), Numbers.csv(s.ci95High())));
        if (i == 0) {
          row.addAll(List.of("", "", "", ""));
        } else {
          MetricSummary d = PairedDifference.of(base.replicationValues(m.key()), r.replicationValues(m.key()));
          row.addAll(List.of(Numbers.csv(d.mean()), Numbers.csv(d.ci95Low()), Numbers.csv(d.ci95High()),
              Double.isNaN(d.mean()) ? "" : Boolean.toString(PairedDifference.excludesZero(d))));
        }
        csv.row(row);
      }
    }
    folder.writeText("compare.csv", csv.toString());
    JFreeChart chart = weekChart(entries);
    folder.write("compare.png", out -> ChartUtils.writeChartAsPNG(out, chart, 1400, 800));
    for (int i = 0; i < infos.size(); i++) {
      folder.writeText((i == 0 ? "base" : "alternative-" + i) + ".yaml", ScenarioCopyWriter.text(infos.get(i)));
    }
    var run = Json.MAPPER.createObjectNode();
    run.put("version", infos.get(0).version());
    var command = run.putArray("command_line");
    infos.get(0).commandLine().forEach(command::add);
    var sources = run.putArray("scenarios");
    entries.forEach(e -> sources.add(e.source()));
    run.put("seed", base.seed());
    run.put("replications", base.replications());
    run.put("started_at", infos.get(0).startedAt());
    Json.put(run, "wall_seconds", entries.stream().mapToDouble(e -> e.result().wallSeconds()).sum());
    folder.writeText("run.json", Json.text(run));
    folder.commit();
  }

  static JFreeChart weekChart(List<Entry> entries) {
    XYSeriesCollection rates = new XYSeriesCollection();
    XYSeriesCollection waits = new XYSeriesCollection();
    int answerRate = Metrics.INTERVAL.indexOf(Metrics.ANSWER_RATE);
    int meanWait = Metrics.INTERVAL.indexOf(Metrics.MEAN_WAIT_ANSWERED);
    for (int i = 0; i < entries.size(); i++) {
      ExperimentResult r = entries.get(i).result();
      String label = (i == 0 ? "base: " : "alt " + i + ": ") + r.scenario().name();
      XYSeries rate = new XYSeries(label);
      XYSeries wait = new XYSeries(label);
      int ipd = r.model().intervalsPerDay();
      for (int cell = 0; cell < 7 * ipd; cell++) {
        if (r.daysOnWeekday(cell / ipd) == 0) {
          continue;
        }
        double x = (cell + 0.5) * 24.0 / ipd;
        double a = r.interval(cell, answerRate).mean();
        double w = r.interval(cell, meanWait).mean();
        if (!Double.isNaN(a)) {
          rate.add(x, a);
        }
        if (!Double.isNaN(w)) {
          wait.add(x, w / 60);
        }
      }
      rates.addSeries(rate);
      waits.addSeries(wait);
    }
    NumberAxis hours = new NumberAxis("hour of the week (0 = Monday 00:00; a tick every 24 h)");
    hours.setRange(0, 168);
    hours.setTickUnit(new NumberTickUnit(24));
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(hours);
    combined.add(linePlot(rates, "answer rate", entries.size()));
    combined.add(linePlot(waits, "mean wait (min)", entries.size()));
    var targets = entries.get(0).result().scenario().targets();
    if (targets.answerRate() != null) {
      ((XYPlot) combined.getSubplots().get(0)).addRangeMarker(AnswerRateChartWriter.targetMarker(targets.answerRate()));
    }
    if (targets.meanWaitSeconds() != null) {
      ((XYPlot) combined.getSubplots().get(1)).addRangeMarker(AnswerRateChartWriter.targetMarker(targets.meanWaitSeconds() / 60));
    }
    JFreeChart chart = ChartStyle.chart("Base against alternatives, per hour of the week (same callers)", combined, true);
    return chart;
  }

  private static XYPlot linePlot(XYSeriesCollection data, String label, int series) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < series; i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      renderer.setSeriesStroke(i, new BasicStroke(i == 0 ? 2.2f : 1.5f));
    }
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(true);
    XYPlot plot = ChartStyle.plot(data, null, axis, renderer);
    return plot;
  }
}
