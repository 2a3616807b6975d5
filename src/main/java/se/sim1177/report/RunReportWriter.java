package se.sim1177.report;

import java.io.IOException;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.file.ResultWriter;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.page.RunReportPage;

/** {@code report.html} of a run ({@link RunReportPage}); every command's page has this name. */
final class RunReportWriter implements ResultWriter {
  static final String FILE_NAME = "report.html";

  @Override
  public String fileName() {
    return FILE_NAME;
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    folder.writeText(fileName(), RunReportPage.html(result, info));
  }
}
