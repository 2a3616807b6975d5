package se.sim1177.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.chart.title.TextTitle;

/**
 * Writes the scaling study as {@code scaling.csv} and {@code scaling.png} into a results folder. It
 * takes the study's rows as plain columns ({@link Row}), so that the report package does not depend
 * on the benchmark code that measures them.
 */
public final class ScalingReport {
  private ScalingReport() {}

  /**
   * One measurement of the scaling study, one line of {@code scaling.csv}.
   *
   * @param study {@code calls_per_day}, {@code horizon} or {@code replications}
   * @param callsPerDay mean calls per day of the measured scenario
   * @param peakNurses nurses rostered at the busiest moment
   * @param days measured days per replication
   * @param replications replications per experiment (1 for the one-replication studies)
   * @param threads threads that ran the measurement
   * @param calls calls simulated in the measurement (warm-up days included)
   * @param events events simulated in the measurement
   * @param seconds wall seconds of the measurement
   * @param nanosPerCall wall nanoseconds per call times threads: the cost of one call on one core
   * @param nanosPerEvent wall nanoseconds per event times threads
   * @param callsPerSecond calls per wall second
   * @param replicationsPerSecond replications per wall second
   * @param bytesPerReplication bytes one replication allocates (tallies and arrays), -1 if unknown
   */
  public record Row(String study, double callsPerDay, int peakNurses, int days, int replications, int threads, long calls,
      long events, double seconds, double nanosPerCall, double nanosPerEvent, double callsPerSecond,
      double replicationsPerSecond, long bytesPerReplication) {}

  public static void write(List<Row> rows, String machine, ResultFolder folder) throws IOException {
    Csv csv = new Csv();
    csv.row(List.of("study", "calls_per_day", "peak_nurses", "days", "replications", "threads", "calls", "events",
        "seconds", "ns_per_call", "ns_per_event", "calls_per_second", "replications_per_second", "bytes_per_replication"));
    for (Row r : rows) {
      csv.row(List.of(r.study(), Numbers.csv(r.callsPerDay()), Integer.toString(r.peakNurses()), Integer.toString(r.days()),
          Integer.toString(r.replications()), Integer.toString(r.threads()), Long.toString(r.calls()), Long.toString(r.events()),
          Numbers.csv(r.seconds()), Numbers.csv(r.nanosPerCall()), Numbers.csv(r.nanosPerEvent()), Numbers.csv(r.callsPerSecond()),
          Numbers.csv(r.replicationsPerSecond()), Long.toString(r.bytesPerReplication())));
    }
    folder.writeText("scaling.csv", csv.toString());
    JFreeChart calls = chart(rows, "calls_per_day", "calls per day (roster scaled with them)", "Cost per call as the line grows");
    JFreeChart horizon = chart(rows, "horizon", "measured days per replication", "Cost per call as the horizon grows");
    folder.write("scaling-calls.png", out -> ChartStyle.writePng(out, withSubtitle(calls, machine), 900, 520));
    folder.write("scaling-horizon.png", out -> ChartStyle.writePng(out, withSubtitle(horizon, machine), 900, 520));
    folder.commit();
  }

  private static JFreeChart withSubtitle(JFreeChart chart, String machine) {
    chart.addSubtitle(new TextTitle(machine));
    return chart;
  }

  private static JFreeChart chart(List<Row> rows, String study, String xLabel, String title) {
    XYSeries perCall = new XYSeries("ns per call");
    XYSeries perEvent = new XYSeries("ns per event");
    List<Row> selected = new ArrayList<>();
    for (Row r : rows) {
      if (r.study().equals(study)) {
        selected.add(r);
      }
    }
    for (Row r : selected) {
      double x = study.equals("horizon") ? r.days() : r.callsPerDay();
      perCall.add(x, r.nanosPerCall());
      perEvent.add(x, r.nanosPerEvent());
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
