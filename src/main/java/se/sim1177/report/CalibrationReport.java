package se.sim1177.report;

import java.io.IOException;
import java.util.List;
import se.sim1177.calibration.CalibrationResult;
import se.sim1177.report.chart.CalibrationChart;
import se.sim1177.report.chart.ChartStyle;
import se.sim1177.report.file.CalibrationWriter;
import se.sim1177.report.file.ResultFolder;

/** Everything {@code calibrate} writes: its files ({@link CalibrationWriter}), {@code calibration.png} and {@code report.html}. */
public final class CalibrationReport {
  private CalibrationReport() {}

  public static void write(CalibrationResult r, String calibratedText, String version, List<String> commandLine, String scenarioSource,
      String observedSource, ResultFolder folder) throws IOException {
    CalibrationWriter.write(r, calibratedText, version, commandLine, scenarioSource, observedSource, folder);
    folder.write("calibration.png", out -> ChartStyle.writePng(out, CalibrationChart.chart(r), CalibrationChart.WIDTH,
        CalibrationChart.HEIGHT));
    folder.writeText("report.html", se.sim1177.report.page.CalibrationReportPage.html(r, version, commandLine, scenarioSource,
        observedSource));
  }
}
