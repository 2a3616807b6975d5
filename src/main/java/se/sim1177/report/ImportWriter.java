package se.sim1177.report;

import java.io.IOException;
import se.sim1177.history.ImportResult;
import se.sim1177.report.chart.HistoryChart;
import se.sim1177.report.file.ImportFiles;
import se.sim1177.report.file.ResultFolder;

/**
 * Everything {@code import} writes: its YAML files and {@code run.json} ({@link ImportFiles}),
 * {@code history.png} and {@code report.html}.
 */
public final class ImportWriter {
  private ImportWriter() {}

  public static void write(ImportResult r, ResultFolder folder) throws IOException {
    ImportFiles.write(r, folder);
    folder.write("history.png", out -> HistoryChart.writePng(out, r));
    folder.writeText("report.html", se.sim1177.report.page.ImportReportPage.html(r));
  }
}
