package se.sim1177.report;

import java.io.IOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.report.chart.ChartStyle;
import se.sim1177.report.chart.WeekChart;
import se.sim1177.report.file.CompareCsv;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.file.RunRecord;
import se.sim1177.report.file.ScenarioCopyWriter;
import se.sim1177.report.format.ComparedScenario;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.page.CompareReportPage;

/**
 * A comparison's outputs: {@code compare.csv} ({@link CompareCsv}: per scenario every figure with its
 * CI, and the alternatives' paired differences to the base), {@code compare.png} (answer rate in %
 * and mean wait in minutes per hour of the week, Monday to Sunday, base against the alternatives,
 * one legend entry per scenario; {@link WeekChart#ofComparison}), {@code report.html}
 * ({@link CompareReportPage}), each scenario's text and {@code run.json}.
 */
public final class CompareReport {
  private CompareReport() {}

  /** Writes every file into {@code folder}; the first of {@code entries} (and of {@code infos}) is the base. */
  public static void write(List<ComparedScenario> entries, List<RunInfo> infos, ResultFolder folder) throws IOException {
    List<ExperimentResult> results = entries.stream().map(ComparedScenario::result).toList();
    folder.writeText(CompareCsv.FILE_NAME, CompareCsv.text(entries));
    JFreeChart chart = WeekChart.ofComparison(results);
    folder.write("compare.png", out -> ChartStyle.writePng(out, chart, 1400, 800));
    for (int i = 0; i < infos.size(); i++) {
      folder.writeText((i == 0 ? "base" : "alternative-" + i) + ".yaml", ScenarioCopyWriter.text(infos.get(i)));
    }
    folder.writeText(RunReportWriter.FILE_NAME, CompareReportPage.html(entries, infos));
    RunRecord.write(infos.get(0), results, run -> {
      var sources = run.putArray("scenarios");
      entries.forEach(e -> sources.add(e.source()));
    }, folder);
    folder.commit();
  }
}
