package se.sim1177.report.file;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.GroupFigures;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.RunInfo;

/**
 * {@code groups.csv}: one row per staff group (the scenario's order), then one per workplace
 * present: {@code kind,name,workplace}, then each figure of {@link GroupFigures#FIGURES} with its
 * 95 % interval.
 */
public final class GroupsCsvWriter implements ResultWriter {
  @Override
  public String fileName() {
    return "groups.csv";
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    Csv csv = new Csv();
    List<String> header = new ArrayList<>(List.of("kind", "name", "workplace"));
    for (GroupFigures.Figure f : GroupFigures.FIGURES) {
      header.add(f.key());
      header.add(f.key() + "_ci95_low");
      header.add(f.key() + "_ci95_high");
    }
    csv.row(header);
    for (GroupFigures.Unit u : result.groups()) {
      List<String> row = new ArrayList<>(List.of(u.kind(), u.name(), u.workplace()));
      for (MetricSummary s : u.figures()) {
        row.add(Numbers.csv(s.mean()));
        row.add(Numbers.csv(s.ci95Low()));
        row.add(Numbers.csv(s.ci95High()));
      }
      csv.row(row);
    }
    folder.writeText(fileName(), csv.toString());
  }
}
