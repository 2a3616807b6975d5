package se.sim1177.report.console;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.report.format.SweepVariant;

/**
 * The table {@code sweep} prints, for people: per variant its values, the answer rate in %, the
 * mean wait of answered calls in minutes, and the probability that a period meets every target
 * (the applicable ones) in %, each with its 95 % interval. {@code sweep.csv} keeps every figure in
 * the units computed.
 */
public final class SweepConsole {
  private SweepConsole() {}

  public static void print(List<String> keys, List<SweepVariant> rows, PrintStream out) {
    StringBuilder header = new StringBuilder();
    for (String k : keys) {
      header.append(String.format(Locale.ROOT, "%-18s ", k));
    }
    boolean targets = !rows.isEmpty() && rows.get(0).summary().risk().all() != null;
    out.println((header + String.format(Locale.ROOT, "%-24s %-28s %s", "answer_rate", "mean_wait_answered",
        targets ? "P(" + ConsoleReport.periodWord(rows.get(0).summary().risk().periodDays()) + " meets every target) [95% CI]"
            : "")).stripTrailing());
    for (SweepVariant row : rows) {
      StringBuilder line = new StringBuilder();
      for (String value : row.values()) {
        line.append(String.format(Locale.ROOT, "%-18s ", value));
      }
      MetricSummary rate = row.summary().metric(Metrics.ANSWER_RATE.key());
      MetricSummary wait = row.summary().metric(Metrics.MEAN_WAIT_ANSWERED.key());
      PeriodRisk.TargetRisk all = row.summary().risk().all();
      out.println((line + String.format(Locale.ROOT, "%-24s %-28s %s", withInterval(rate, 100, " %"), withInterval(wait, 1 / 60.0, " min"),
          all == null ? "" : ConsoleReport.riskText(all))).stripTrailing());
    }
  }

  /** "77.7 % [76.5, 78.9]", "21.3 min [19.9, 22.6]"; "-" where nothing was measured. */
  private static String withInterval(MetricSummary m, double scale, String unit) {
    if (Double.isNaN(m.mean())) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.1f%s [%.1f, %.1f]", m.mean() * scale, unit, m.ci95Low() * scale, m.ci95High() * scale);
  }
}
