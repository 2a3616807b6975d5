package se.sim1177.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.report.file.DailyCsvWriter;
import se.sim1177.report.file.GroupsCsvWriter;
import se.sim1177.report.file.HistoryCsvWriter;
import se.sim1177.report.file.IntervalsCsvWriter;
import se.sim1177.report.file.ReplicationsCsvWriter;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.file.ResultWriter;
import se.sim1177.report.file.RunJsonWriter;
import se.sim1177.report.file.ScenarioCopyWriter;
import se.sim1177.report.file.SummaryJsonWriter;
import se.sim1177.report.format.RunInfo;

/** The files a {@code run} writes, and writing them all into a folder at once. */
public final class ResultWriters {
  private ResultWriters() {}

  /** Every writer of a {@code run}, {@code summary.json} last so it marks a complete folder. */
  public static List<ResultWriter> forRun() {
    return List.of(
        new ScenarioCopyWriter(),
        new IntervalsCsvWriter(),
        new DailyCsvWriter(),
        new ReplicationsCsvWriter(),
        new GroupsCsvWriter(),
        new HistoryCsvWriter(),
        new AnswerRateChartWriter(),
        new RunJsonWriter(),
        new RunReportWriter(),
        new SummaryJsonWriter());
  }

  /**
   * Writes every file of a run into {@code folder} and moves them into place. The files are
   * written on as many threads as the run's replications had (the chart and the report, the
   * slowest, are started first); {@code summary.json} is written after all the others have succeeded. A failure is
   * reported as writing them in order would report it: the first failing file's, in the order of
   * {@link #forRun}.
   */
  public static void writeRun(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    List<ResultWriter> writers = forRun();
    List<ResultWriter> beforeMarker = writers.subList(0, writers.size() - 1);
    List<FileWriting.FileTask> tasks = new ArrayList<>();
    List<Integer> charts = new ArrayList<>();
    for (int i = 0; i < beforeMarker.size(); i++) {
      ResultWriter w = beforeMarker.get(i);
      tasks.add(() -> w.write(result, info, folder));
      if (w.fileName().endsWith(".png") || w.fileName().endsWith(".html")) {
        charts.add(i);
      }
    }
    FileWriting.writeAll(tasks, charts, result.threads());
    writers.get(writers.size() - 1).write(result, info, folder);
    folder.commit();
  }
}
