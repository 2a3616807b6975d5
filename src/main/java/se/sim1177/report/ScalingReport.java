package se.sim1177.report;

import java.io.IOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import se.sim1177.report.chart.ChartStyle;
import se.sim1177.report.chart.ScalingChart;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.file.ScalingCsv;
import se.sim1177.report.format.ScalingMeasurement;

/**
 * Writes the scaling study as {@code scaling.csv} ({@link ScalingCsv}) and {@code scaling-calls.png}
 * and {@code scaling-horizon.png} ({@link ScalingChart}) into a results folder. It takes the
 * study's rows as plain columns ({@link ScalingMeasurement}), so that the report packages do not
 * depend on the benchmark code that measures them.
 */
public final class ScalingReport {
  private ScalingReport() {}

  public static void write(List<ScalingMeasurement> rows, String machine, ResultFolder folder) throws IOException {
    folder.writeText("scaling.csv", ScalingCsv.text(rows));
    JFreeChart calls = ScalingChart.chart(rows, "calls_per_day", "calls per day (roster scaled with them)",
        "Cost per call as the line grows", machine);
    JFreeChart horizon = ScalingChart.chart(rows, "horizon", "measured days per replication", "Cost per call as the horizon grows",
        machine);
    folder.write("scaling-calls.png", out -> ChartStyle.writePng(out, calls, 900, 520));
    folder.write("scaling-horizon.png", out -> ChartStyle.writePng(out, horizon, 900, 520));
    folder.commit();
  }
}
