package se.sim1177.report.file;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.RunInfo;
import se.sim1177.scenario.TimeOfDay;
import se.sim1177.scenario.Weekday;

/**
 * {@code intervals.csv}: one row per weekday × intraday interval, each interval metric with its
 * 95 % confidence interval across replications. Per-day figures are per day of that weekday.
 * With an answer-rate target, a last column {@code p_meets_answer_rate}: the share of replications
 * whose own answer rate in that hour reaches it.
 */
public final class IntervalsCsvWriter implements ResultWriter {
  @Override
  public String fileName() {
    return "intervals.csv";
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    Csv csv = new Csv();
    List<String> header = new ArrayList<>(List.of("weekday", "start", "end", "days"));
    for (Metric m : Metrics.INTERVAL) {
      header.add(m.key());
      header.add(m.key() + "_ci95_low");
      header.add(m.key() + "_ci95_high");
    }
    // With an answer-rate target: the probability that this hour of the week meets it in a period.
    double[] meets = result.risk().hourProbability();
    if (meets != null) {
      header.add("p_meets_answer_rate");
    }
    csv.row(header);
    int ipd = result.calendar().intervalsPerDay();
    int minutes = 1440 / ipd;
    for (int weekday = 0; weekday < 7; weekday++) {
      int days = result.daysOnWeekday(weekday);
      if (days == 0) {
        continue;
      }
      for (int k = 0; k < ipd; k++) {
        List<String> row = new ArrayList<>(List.of(Weekday.values()[weekday].key(),
            TimeOfDay.format(k * minutes), TimeOfDay.format((k + 1) * minutes), Integer.toString(days)));
        for (int i = 0; i < Metrics.INTERVAL.size(); i++) {
          MetricSummary s = result.interval(weekday * ipd + k, i);
          row.add(Numbers.csv(s.mean()));
          row.add(Numbers.csv(s.ci95Low()));
          row.add(Numbers.csv(s.ci95High()));
        }
        if (meets != null) {
          row.add(Numbers.csv(meets[weekday * ipd + k]));
        }
        csv.row(row);
      }
    }
    folder.writeText(fileName(), csv.toString());
  }
}
