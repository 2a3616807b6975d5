package se.sim1177.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.chart.title.TextTitle;
import se.sim1177.bench.ScalingStudy;

/** Writes the scaling study as {@code scaling.csv} and {@code scaling.png} into a results folder. */
public final class ScalingReport {
  private ScalingReport() {}

  public static void write(List<ScalingStudy.Row> rows, String machine, ResultFolder folder) throws IOException {
    Csv csv = new Csv();
    csv.row(List.of("study", "calls_per_day", "peak_nurses", "days", "replications", "threads", "calls", "events",
        "seconds", "ns_per_call", "ns_per_event", "calls_per_second", "replications_per_second", "bytes_per_replication"));
    for (ScalingStudy.Row r : rows) {
      var t = r.throughput();
      csv.row(List.of(r.study(), Numbers.csv(r.callsPerDay()), Integer.toString(r.peakNurses()), Integer.toString(r.days()),
          Integer.toString(r.replications()), Integer.toString(r.threads()), Long.toString(t.calls()), Long.toString(t.events()),
          Numbers.csv(t.seconds()), Numbers.csv(t.nanosPerCall()), Numbers.csv(t.nanosPerEvent()), Numbers.csv(t.callsPerSecond()),
          Numbers.csv(t.replicationsPerSecond()), Long.toString(r.bytesPerReplication())));
    }
    folder.writeText("scaling.csv", csv.toString());
    JFreeChart calls = chart(rows, "calls_per_day", "calls per day (roster scaled with them)", "Cost per call as the line grows");
    JFreeChart horizon = chart(rows, "horizon", "measured days per replication", "Cost per call as the horizon grows");
    folder.write("scaling-calls.png", out -> ChartUtils.writeChartAsPNG(out, withSubtitle(calls, machine), 900, 520));
    folder.write("scaling-horizon.png", out -> ChartUtils.writeChartAsPNG(out, withSubtitle(horizon, machine), 900, 520));
    folder.commit();
  }

  private static JFreeChart withSubtitle(JFreeChart chart, String machine) {
    chart.addSubtitle(new TextTitle(machine));
    return chart;
  }

  private static JFreeChart chart(List<ScalingStudy.Row> rows, String study, String xLabel, String title) {
    XYSeries perCall = new XYSeries("ns per call");
    XYSeries perEvent = new XYSeries("ns per event");
    List<ScalingStudy.Row> selected = new ArrayList<>();
    for (ScalingStudy.Row r : rows) {
      if (r.study().equals(study)) {
        selected.add(r);
      }
    }
    for (ScalingStudy.Row r : selected) {
      double x = study.equals("horizon") ? r.days() : r.callsPerDay();
      perCall.add(x, r.throughput().nanosPerCall());
      perEvent.add(x, r.throughput().nanosPerEvent());
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(perCall);
    data.addSeries(perEvent);
    LogarithmicAxis x = new LogarithmicAxis(xLabel);
    NumberAxis y = new NumberAxis("nanoseconds on one core");
    y.setAutoRangeIncludesZero(true);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, new Color(0, 90, 160));
    renderer.setSeriesPaint(1, new Color(170, 60, 0));
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    renderer.setSeriesStroke(1, new BasicStroke(2f));
    XYPlot plot = ChartStyle.plot(data, x, y, renderer);
    JFreeChart chart = ChartStyle.chart(title, plot, true);
    return chart;
  }
}
