package se.sim1177.report.file;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.Metrics;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.RunInfo;

/** {@code replications.csv}: every summary metric for each replication (0 = the first substream). */
public final class ReplicationsCsvWriter implements ResultWriter {
  @Override
  public String fileName() {
    return "replications.csv";
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    Csv csv = new Csv();
    List<String> header = new ArrayList<>(List.of("replication"));
    for (Metric m : Metrics.SUMMARY) {
      header.add(m.key());
    }
    csv.row(header);
    for (int r = 0; r < result.replications(); r++) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(r)));
      for (double v : result.replicationSummary(r)) {
        row.add(Numbers.csv(v));
      }
      csv.row(row);
    }
    folder.writeText(fileName(), csv.toString());
  }
}
