package se.sim1177.report;

import java.io.IOException;
import org.jfree.chart.JFreeChart;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.report.chart.ChartStyle;
import se.sim1177.report.chart.WeekChart;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.file.ResultWriter;
import se.sim1177.report.format.RunInfo;

/**
 * {@code week.png}: answer rate (%) and mean wait of answered calls (min) per hour of the week,
 * Monday to Sunday, with their 95 % confidence bands and the region's targets drawn in
 * ({@link WeekChart#ofRun}).
 */
final class AnswerRateChartWriter implements ResultWriter {
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 800;

  @Override
  public String fileName() {
    return "week.png";
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    JFreeChart chart = WeekChart.ofRun(result);
    folder.write(fileName(), out -> ChartStyle.writePng(out, chart, WIDTH, HEIGHT));
  }
}
