package se.sim1177.report.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.GroupFigures;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PairedDifference;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.experiment.RatioParts;
import se.sim1177.report.format.ComparedScenario;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.TargetRisks;

/**
 * {@code compare.csv}: per scenario and metric, mean and CI, and for the alternatives the paired
 * difference to the base with its CI and whether it excludes zero; then per target
 * {@code p_meets_<target>} and {@code p_meets_all}, the probability that a period meets it with its
 * Wilson interval and the paired difference in it; then {@code group.<name>.<figure>} and
 * {@code workplace.<workplace>.<figure>}, the figures per staff group and workplace, with the
 * paired difference where the base has the same group or workplace. Every figure unrounded, in the
 * units computed.
 */
public final class CompareCsv {
  public static final String FILE_NAME = "compare.csv";

  private CompareCsv() {}

  /** The file's text; the first of {@code entries} is the base. */
  public static String text(List<ComparedScenario> entries) {
    Csv csv = new Csv();
    csv.row(List.of("scenario", "source", "role", "metric", "mean", "ci95_low", "ci95_high", "diff", "diff_ci95_low",
        "diff_ci95_high", "diff_excludes_zero"));
    ExperimentResult base = entries.get(0).result();
    for (int i = 0; i < entries.size(); i++) {
      ExperimentResult r = entries.get(i).result();
      for (Metric m : Metrics.SUMMARY) {
        MetricSummary s = r.metric(m.key());
        List<String> row = new ArrayList<>(List.of(r.scenarioName(), entries.get(i).source(), i == 0 ? "base" : "alternative " + i,
            m.key(), Numbers.csv(s.mean()), Numbers.csv(s.ci95Low()), Numbers.csv(s.ci95High())));
        if (i == 0) {
          row.addAll(List.of("", "", "", ""));
        } else {
          MetricSummary d = PairedDifference.of(base.replicationParts(m.key()), r.replicationParts(m.key()));
          row.addAll(List.of(Numbers.csv(d.mean()), Numbers.csv(d.ci95Low()), Numbers.csv(d.ci95High()),
              Double.isNaN(d.mean()) ? "" : Boolean.toString(PairedDifference.excludesZero(d))));
        }
        csv.row(row);
      }
      // The probability that a period meets each target: the share of replications, its Wilson
      // interval, and the paired difference to the base over the same replications.
      PeriodRisk risk = r.risk();
      Map<String, double[]> met = PeriodRisk.indicators(r);
      Map<String, double[]> baseMet = PeriodRisk.indicators(base);
      for (String name : TargetRisks.names(risk)) {
        PeriodRisk.TargetRisk t = TargetRisks.find(risk, name);
        List<String> row = new ArrayList<>(List.of(r.scenarioName(), entries.get(i).source(), i == 0 ? "base" : "alternative " + i,
            "p_meets_" + name, Numbers.csv(t.probability()), Numbers.csv(t.wilsonLow()), Numbers.csv(t.wilsonHigh())));
        // A difference only where both judge the target alike (else it would compare different goals).
        if (i == 0 || !PeriodRisk.sameTarget(base.risk(), risk, name)) {
          row.addAll(List.of("", "", "", ""));
        } else {
          MetricSummary d = PeriodRisk.pairedDifference(baseMet.get(name), met.get(name));
          row.addAll(List.of(Numbers.csv(d.mean()), Numbers.csv(d.ci95Low()), Numbers.csv(d.ci95High()),
              Boolean.toString(PairedDifference.excludesZero(d))));
        }
        csv.row(row);
      }
      // Figures per staff group and per workplace, side by side, with the paired difference where
      // the base has the same group (by name) or workplace: the same callers meet both rosters.
      for (GroupFigures.Unit u : r.groups()) {
        for (GroupFigures.Figure f : GroupFigures.FIGURES) {
          MetricSummary g = u.figure(f.key());
          List<String> row = new ArrayList<>(List.of(r.scenarioName(), entries.get(i).source(), i == 0 ? "base" : "alternative " + i,
              u.kind() + "." + u.name() + "." + f.key(), Numbers.csv(g.mean()), Numbers.csv(g.ci95Low()), Numbers.csv(g.ci95High())));
          RatioParts baseParts = i == 0 ? null : base.unitParts(u.kind(), u.name(), f.key());
          if (baseParts == null) {
            row.addAll(List.of("", "", "", ""));
          } else {
            MetricSummary d = PairedDifference.of(baseParts, r.unitParts(u.kind(), u.name(), f.key()));
            row.addAll(List.of(Numbers.csv(d.mean()), Numbers.csv(d.ci95Low()), Numbers.csv(d.ci95High()),
                Double.isNaN(d.mean()) ? "" : Boolean.toString(PairedDifference.excludesZero(d))));
          }
          csv.row(row);
        }
      }
    }
    return csv.toString();
  }
}
