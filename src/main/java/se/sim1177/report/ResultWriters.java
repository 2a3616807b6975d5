package se.sim1177.report;

import java.io.IOException;
import java.util.List;
import se.sim1177.experiment.ExperimentResult;

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
        new AnswerRateChartWriter(),
        new RunJsonWriter(),
        new SummaryJsonWriter());
  }

  /** Writes every file of a run into {@code folder} and moves them into place. */
  public static void writeRun(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    for (ResultWriter w : forRun()) {
      w.write(result, info, folder);
    }
    folder.commit();
  }
}
