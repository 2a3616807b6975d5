package se.sim1177.report.file;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.SweepVariant;
import se.sim1177.report.format.TargetRisks;

/**
 * {@code sweep.csv}: one row per variant, the varied keys as given, then every summary metric with
 * its CI, then the probability that a period meets each target (the first variant's targets name
 * the columns) with its Wilson interval.
 */
public final class SweepCsv {
  static final String FILE_NAME = "sweep.csv";

  private SweepCsv() {}

  /** Writes {@code sweep.csv} into {@code folder} a row at a time, rather than built whole in memory first. */
  public static void write(List<String> keys, List<SweepVariant> rows, ResultFolder folder) throws IOException {
    List<String> header = new ArrayList<>(keys);
    for (Metric m : Metrics.SUMMARY) {
      header.add(m.key());
      header.add(m.key() + "_ci95_low");
      header.add(m.key() + "_ci95_high");
    }
    // The probability that a period meets each target (the first variant's targets name the columns).
    List<String> riskNames = rows.isEmpty() ? List.of() : TargetRisks.names(rows.get(0).summary().risk());
    for (String name : riskNames) {
      header.add("p_meets_" + name);
      header.add("p_meets_" + name + "_wilson95_low");
      header.add("p_meets_" + name + "_wilson95_high");
    }
    folder.write(FILE_NAME, out -> {
      BufferedWriter csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      csv.write(new Csv().row(header).toString());
      for (SweepVariant r : rows) {
        List<String> line = new ArrayList<>(r.values());
        for (Metric m : Metrics.SUMMARY) {
          MetricSummary s = r.summary().metric(m.key());
          line.add(Numbers.csv(s.mean()));
          line.add(Numbers.csv(s.ci95Low()));
          line.add(Numbers.csv(s.ci95High()));
        }
        PeriodRisk risk = r.summary().risk();
        for (String name : riskNames) {
          PeriodRisk.TargetRisk t = TargetRisks.find(risk, name);
          line.add(t == null ? "" : Numbers.csv(t.probability()));
          line.add(t == null ? "" : Numbers.csv(t.wilsonLow()));
          line.add(t == null ? "" : Numbers.csv(t.wilsonHigh()));
        }
        csv.write(new Csv().row(line).toString());
      }
      csv.flush();
    });
  }
}
