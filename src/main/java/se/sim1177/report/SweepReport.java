package se.sim1177.report;

import java.io.IOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import se.sim1177.experiment.ExperimentSummary;
import se.sim1177.experiment.Metric;
import se.sim1177.report.chart.ChartStyle;
import se.sim1177.report.chart.SweepChart;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.file.RunRecord;
import se.sim1177.report.file.ScenarioCopyWriter;
import se.sim1177.report.file.SweepCsv;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.format.SweepVariant;
import se.sim1177.report.page.SweepReportPage;
import se.sim1177.scenario.Scenario;

/**
 * A sweep's outputs: {@code sweep.csv} ({@link SweepCsv}: one row per variant, the varied keys as
 * given, then every summary metric with its CI), a chart per main metric against the first varied
 * key with 95 % CI bands and the targets ({@link SweepChart}), {@code report.html}
 * ({@link SweepReportPage}), the base scenario and {@code run.json}.
 */
public final class SweepReport {
  private SweepReport() {}

  public static void write(List<String> keys, List<SweepVariant> rows, Scenario base, RunInfo info, ResultFolder folder)
      throws IOException {
    SweepCsv.write(keys, rows, folder);
    for (Metric m : SweepChart.charted(base)) {
      JFreeChart chart = SweepChart.of(keys, rows, m);
      folder.write(m.key() + ".png", out -> ChartStyle.writePng(out, chart, 1000, 600));
    }
    folder.writeText("scenario.yaml", ScenarioCopyWriter.text(info));
    folder.writeText(RunReportWriter.FILE_NAME, SweepReportPage.html(keys, rows, base, info));
    List<ExperimentSummary> summaries = rows.stream().map(SweepVariant::summary).toList();
    RunRecord.write(info, summaries, run -> {
      run.put("scenario", base.name());
      run.put("scenario_source", info.scenarioSource());
      var varied = run.putArray("varied_keys");
      keys.forEach(varied::add);
      run.put("variants", rows.size());
    }, folder);
    folder.commit();
  }
}
