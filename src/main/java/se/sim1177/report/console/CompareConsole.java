package se.sim1177.report.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PairedDifference;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.report.format.Differences;
import se.sim1177.report.format.MetricDisplay;
import se.sim1177.report.format.Verdicts;

/**
 * The table {@code compare} prints, for people: each metric's mean per scenario in its unit (shares
 * in %, waits in minutes), the paired difference alternative − base rounded to what its interval
 * supports, in points for shares, with a word by the metric's direction ("better", "worse", or
 * "higher"/"lower" where neither is good in itself, "no clear difference" where the interval holds
 * 0), then the probability that a period meets each target, and a bottom line per alternative.
 * {@code compare.csv} keeps every figure unrounded in the units computed.
 */
public final class CompareConsole {
  /** One scenario of the comparison: where it came from and its result; the base first. */
  public record Column(String name, String source, ExperimentResult result) {}

  private static final String CELL = " %12s %-44s";

  private CompareConsole() {}

  /**
   * Prints the whole table.
   *
   * @param callerDifferences what keeps an alternative from seeing the base's callers (empty when
   *     every scenario draws the same callers)
   */
  public static void print(List<Column> columns, List<String> callerDifferences, PrintStream out) {
    ExperimentResult base = columns.get(0).result();
    out.printf(Locale.ROOT, "base: %s (%s)%n", columns.get(0).name(), columns.get(0).source());
    for (int a = 1; a < columns.size(); a++) {
      out.printf(Locale.ROOT, "alternative %d: %s (%s)%n", a, columns.get(a).name(), columns.get(a).source());
    }
    out.printf(Locale.ROOT, "%d replications each, seed %d%s; differences are alternative - base, paired, with their 95%% CI"
        + " (shares in points); * = the CI excludes 0%n", base.replications(), base.seed(),
        callerDifferences.isEmpty() ? ": the same callers in every scenario" : "");
    for (String d : callerDifferences) {
      out.println("not the same callers: " + d);
    }
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-28s %12s", "metric", "base"));
    for (int a = 1; a < columns.size(); a++) {
      header.append(String.format(Locale.ROOT, CELL, "alt " + a, "difference [95% CI]"));
    }
    out.println(header.toString().stripTrailing());
    for (Metric m : Metrics.SUMMARY) {
      MetricDisplay shown = MetricDisplay.of(m);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s %12s", shownKey(m.key(), shown),
          value(base.metric(m.key()).mean(), shown)));
      for (int a = 1; a < columns.size(); a++) {
        ExperimentResult alt = columns.get(a).result();
        MetricSummary d = PairedDifference.of(base.replicationParts(m.key()), alt.replicationParts(m.key()));
        line.append(String.format(Locale.ROOT, CELL, value(alt.metric(m.key()).mean(), shown), difference(d, shown)));
      }
      out.println(line.toString().stripTrailing());
    }
    printRisk(columns, out);
    printWorkplaces(columns, out);
    for (int a = 1; a < columns.size(); a++) {
      out.println(bottomLine(a, base, columns.get(a).result()));
    }
  }

  /** Per workplace, what each scenario's nurses there carry: on duty, occupancy, calls answered a day. */
  private static void printWorkplaces(List<Column> columns, PrintStream out) {
    LinkedHashSet<String> workplaces = new LinkedHashSet<>();
    for (Column c : columns) {
      c.result().groups().stream().filter(u -> u.kind().equals("workplace")).forEach(u -> workplaces.add(u.name()));
    }
    out.println("per workplace (nurse-hours on duty a day, occupancy, calls answered a day), base then alternatives:");
    for (String w : workplaces) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-26s", w));
      for (Column c : columns) {
        var unit = c.result().groups().stream().filter(u -> u.kind().equals("workplace") && u.name().equals(w)).findFirst();
        line.append(unit.map(u -> String.format(Locale.ROOT, " %7.1f h %6.1f %% %7.1f  ", u.figure("nurse_hours_on_duty_per_day").mean(),
            100 * u.figure("occupancy").mean(), u.figure("calls_answered_per_day").mean()))
            .orElse(String.format(Locale.ROOT, " %26s  ", "-")));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** The probability that a period meets each target, in %, and its paired difference in points. */
  private static void printRisk(List<Column> columns, PrintStream out) {
    ExperimentResult base = columns.get(0).result();
    Map<String, double[]> baseMet = PeriodRisk.indicators(base);
    // Every target of any scenario, the base's first; "all" last.
    LinkedHashSet<String> names = new LinkedHashSet<>(baseMet.keySet());
    for (Column c : columns) {
      names.addAll(PeriodRisk.indicators(c.result()).keySet());
    }
    if (names.remove(PeriodRisk.ALL)) {
      names.add(PeriodRisk.ALL);
    }
    MetricDisplay percent = MetricDisplay.of(Metrics.ANSWER_RATE);
    for (String name : names) {
      double[] mine = baseMet.get(name);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s %12s", "p_meets_" + name,
          mine == null ? "-" : share(mean(mine))));
      for (int a = 1; a < columns.size(); a++) {
        ExperimentResult alt = columns.get(a).result();
        double[] theirs = PeriodRisk.indicators(alt).get(name);
        boolean same = name.equals(PeriodRisk.ALL) ? sameAll(base, alt) : PeriodRisk.sameTarget(base.risk(), alt.risk(), name);
        String diff = theirs == null || mine == null || !same
            ? "- (not the same target" + (name.equals(PeriodRisk.ALL) ? "s apply" : "") + ")"
            : Double.isNaN(mean(mine)) || Double.isNaN(mean(theirs)) ? "- (not applicable)"
            : difference(PeriodRisk.pairedDifference(mine, theirs), percent, +1);
        line.append(String.format(Locale.ROOT, CELL, theirs == null ? "-" : share(mean(theirs)), diff));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /**
   * "alt 1 meets every target in 93 % of months against 61 %; it has 24.0 more nurse-hours on duty a
   * day [23.6, 24.4]": what a manager asks first, from the figures above.
   */
  static String bottomLine(int a, ExperimentResult base, ExperimentResult alt) {
    List<String> parts = new ArrayList<>();
    PeriodRisk.TargetRisk mine = base.risk().all();
    PeriodRisk.TargetRisk theirs = alt.risk().all();
    String periods = Verdicts.periods(base.risk().periodDays());
    if (mine != null && theirs != null && sameAll(base, alt)) {
      parts.add(String.format(Locale.ROOT, "meets every target in %s %% of %s against the base's %s %%",
          Verdicts.percent(theirs.probability()), periods, Verdicts.percent(mine.probability())));
    } else if (theirs != null) {
      parts.add(String.format(Locale.ROOT, "meets every target that applies to it in %s %% of %s (not the same targets as the base's)",
          Verdicts.percent(theirs.probability()), periods));
    }
    MetricSummary hours = PairedDifference.of(base.replicationParts(Metrics.NURSE_HOURS_PER_DAY.key()),
        alt.replicationParts(Metrics.NURSE_HOURS_PER_DAY.key()));
    if (!Double.isNaN(hours.mean())) {
      if (!PairedDifference.excludesZero(hours)) {
        parts.add((parts.isEmpty() ? "has " : "") + "no clear difference in nurse-hours on duty");
      } else {
        int decimals = Differences.decimalsFor(hours.ci95High() - hours.ci95Low());
        parts.add((parts.isEmpty() ? "has " : "") + String.format(Locale.ROOT, "%s %s nurse-hours on duty a day [%s, %s]", number(Math.abs(hours.mean()), decimals),
            hours.mean() > 0 ? "more" : "fewer", number(Math.abs(hours.mean() > 0 ? hours.ci95Low() : hours.ci95High()), decimals),
            number(Math.abs(hours.mean() > 0 ? hours.ci95High() : hours.ci95Low()), decimals)));
      }
    }
    return "alt " + a + (parts.isEmpty() ? ": no targets and no nurse-hours to compare" : " " + String.join("; it has ", parts)) + ".";
  }

  /** A probability in %, or "n/a" where the target applied in no period. */
  private static String share(double p) {
    return Double.isNaN(p) ? "n/a" : Verdicts.percent(p) + " %";
  }

  /**
   * Whether "every target at once" means the same in both: the same targets, and the same of them
   * applicable (a chat target without chats in one scenario is left out of its "all" there).
   */
  private static boolean sameAll(ExperimentResult base, ExperimentResult alt) {
    return PeriodRisk.sameTarget(base.risk(), alt.risk(), PeriodRisk.ALL) && applicable(base).equals(applicable(alt));
  }

  private static List<String> applicable(ExperimentResult r) {
    return r.risk().targets().stream().filter(PeriodRisk.TargetRisk::applicable).map(PeriodRisk.TargetRisk::name).sorted().toList();
  }

  private static String shownKey(String key, MetricDisplay shown) {
    return shown.unit().equals("min") ? key.replaceFirst("_s$", "") : key;
  }

  /** A mean in the display unit: "72.2 %", "21.3 min", "410.5". */
  private static String value(double computed, MetricDisplay shown) {
    if (Double.isNaN(computed)) {
      return "-";
    }
    String unit = unitSuffix(shown);
    return String.format(Locale.ROOT, "%.1f", shown.value(computed)) + unit;
  }

  private static String difference(MetricSummary d, MetricDisplay shown) {
    return difference(d, shown, Differences.direction(shown.key()));
  }

  /**
   * "+7.9 [+7.1, +8.7] better *": the difference in display units (points for shares), rounded to
   * the interval's second significant digit, never "-0"; the word by {@code direction} (+1 higher
   * is better, −1 lower is better, 0 neither).
   */
  private static String difference(MetricSummary d, MetricDisplay shown, int direction) {
    if (Double.isNaN(d.mean())) {
      return "-";
    }
    double mean = shown.value(d.mean());
    double low = shown.value(d.ci95Low());
    double high = shown.value(d.ci95High());
    int decimals = Differences.decimalsFor(high - low);
    boolean clear = PairedDifference.excludesZero(d);
    if (d.mean() == 0 && d.ci95Low() == 0 && d.ci95High() == 0) {
      return "0 the same in every replication";
    }
    String word = !clear ? "no clear difference"
        : direction == 0 ? (mean > 0 ? "higher" : "lower")
        : (mean > 0) == (direction > 0) ? "better" : "worse";
    String unit = shown.unit().equals("%") ? " pts" : shown.unit().equals("min") ? " min" : "";
    return Differences.signed(mean, decimals) + " [" + Differences.signed(low, decimals) + ", " + Differences.signed(high, decimals)
        + "]" + unit + " " + word + (clear ? " *" : "");
  }

  private static String number(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String unitSuffix(MetricDisplay shown) {
    return shown.unit().equals("%") ? " %" : shown.unit().equals("min") ? " min" : "";
  }

  /** The mean of the defined values (a period where a target was not applicable is NaN); NaN when none is. */
  private static double mean(double[] v) {
    return se.sim1177.experiment.PairedFigures.share(v);
  }
}
