package se.sim1177.report.file;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.ResultCalendar;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.RunInfo;

/** {@code daily.csv}: one row per measured day (1 = the first day after warm-up), metrics with 95 % CIs. */
public final class DailyCsvWriter implements ResultWriter {
  @Override
  public String fileName() {
    return "daily.csv";
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    Csv csv = new Csv();
    List<String> header = new ArrayList<>(List.of("day", "weekday"));
    for (Metric m : Metrics.DAILY) {
      header.add(m.key());
      header.add(m.key() + "_ci95_low");
      header.add(m.key() + "_ci95_high");
    }
    csv.row(header);
    ResultCalendar calendar = result.calendar();
    for (int d = 0; d < calendar.measuredDays(); d++) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(d + 1), calendar.weekdayOfMeasuredDay(d).key()));
      for (int i = 0; i < Metrics.DAILY.size(); i++) {
        MetricSummary s = result.day(d, i);
        row.add(Numbers.csv(s.mean()));
        row.add(Numbers.csv(s.ci95Low()));
        row.add(Numbers.csv(s.ci95High()));
      }
      csv.row(row);
    }
    folder.writeText(fileName(), csv.toString());
  }
}
