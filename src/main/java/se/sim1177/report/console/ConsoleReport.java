package se.sim1177.report.console;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.GroupFigures;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.experiment.TargetCheck;
import se.sim1177.report.format.MetricDisplay;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.Verdicts;

/**
 * The short table {@code run} prints: metric, mean, 95 % CI, target, met, and beside each target
 * the probability that one simulated period (a month) meets it; then, with more than one staff
 * group, a line per group and workplace ({@link #printGroups}).
 *
 * <p>The table is for people, so figures are in their units: shares in per cent, waits in minutes
 * (the metric's key then without its {@code _s}), probabilities in per cent with their interval's
 * bounds rounded outwards. {@code summary.json} and the CSV files keep the keys and units as
 * computed (shares 0..1, seconds).
 */
public final class ConsoleReport {
  /** Marks an interval cut to the metric's possible range. */
  static final String CLIPPED = "(clipped)";

  private ConsoleReport() {}

  public static void print(ExperimentResult result, PrintStream out) {
    int warmup = result.calendar().warmupDays();
    int days = result.calendar().measuredDays();
    out.printf(Locale.ROOT, "%s: %d replications x %d day%s (after %d warm-up day%s), seed %d, %d thread%s, %.1f s%n",
        result.scenarioName(), result.replications(), days, days == 1 ? "" : "s",
        warmup, warmup == 1 ? "" : "s", result.seed(), result.threads(),
        result.threads() == 1 ? "" : "s", result.wallSeconds());
    Map<String, TargetCheck> targets = new HashMap<>();
    for (TargetCheck t : result.targets()) {
      targets.put(t.metric(), t);
    }
    PeriodRisk risk = result.risk();
    Map<String, PeriodRisk.TargetRisk> risks = new HashMap<>();
    for (PeriodRisk.TargetRisk r : risk.targets()) {
      risks.put(r.metric(), r);
    }
    String period = periodWord(risk.periodDays());
    String riskHeader = risks.isEmpty() ? "" : "P(" + period + " meets) [95% CI]";
    out.println(String.format(Locale.ROOT, ROW, "metric", "mean", "95% CI", "target", "met", riskHeader).stripTrailing());
    boolean anyClipped = false;
    for (Map.Entry<String, MetricSummary> e : result.summary().entrySet()) {
      String key = e.getKey();
      if (!shown(key, result)) {
        continue;
      }
      MetricSummary s = e.getValue();
      Unit unit = Unit.of(key);
      String ci = Double.isNaN(s.ci95Low()) ? "-"
          : "[" + unit.number(s.ci95Low()) + ", " + unit.number(s.ci95High()) + "]" + (s.clipped() ? " " + CLIPPED : "");
      anyClipped |= s.clipped();
      TargetCheck t = targets.get(key);
      String target = t == null ? "" : (t.atLeast() ? ">= " : "<= ") + unit.target(t.target());
      String met = t == null ? "" : switch (t.verdict()) {
        case "met" -> "yes";
        case "not met" -> "no";
        case TargetCheck.NOT_APPLICABLE -> "n/a";
        default -> t.met() ? "yes (uncertain)" : "no (uncertain)";
      };
      PeriodRisk.TargetRisk r = risks.get(key);
      out.println(String.format(Locale.ROOT, ROW, unit.shownKey(key), unit.withUnit(s.mean()), ci, target, met,
          r == null ? "" : riskText(r)).stripTrailing());
    }
    if (risk.all() != null && risk.targets().size() > 1) {
      out.println(String.format(Locale.ROOT, ROW, "every target at once", "", "", "", "", riskText(risk.all())));
    }
    if (anyClipped) {
      out.println(CLIPPED + ": the 95% t-interval reached past the values the metric can take (below 0, or above 1 for a share)"
          + " and was cut to them");
    }
    printGroups(result, out);
  }

  /**
   * With more than one staff group: one line per group and per workplace, the means per day of
   * nurse-hours on duty, absent and in overtime, hours on the phone and on chat work, occupancy and
   * calls answered ({@code groups.csv} and {@code summary.json} have every figure with its interval).
   */
  static void printGroups(ExperimentResult result, PrintStream out) {
    if (result.groups().stream().filter(u -> u.kind().equals("group")).count() < 2) {
      return;
    }
    String format = "%-24s %-10s %9s %8s %9s %8s %8s %10s %10s";
    out.println();
    out.println(String.format(Locale.ROOT, format, "group / workplace", "workplace", "on duty", "absent", "overtime", "phone",
        "chat", "occupancy", "calls/day"));
    out.println("(means per day; on duty, absent, overtime in nurse-hours, phone and chat work in hours)");
    for (GroupFigures.Unit u : result.groups()) {
      String name = u.kind().equals("group") ? u.name() : "all " + u.name();
      out.println(String.format(Locale.ROOT, format, name, u.workplace(),
          Numbers.fixed(u.figure("nurse_hours_on_duty_per_day").mean(), 1),
          Numbers.fixed(u.figure("nurse_hours_absent_per_day").mean(), 1),
          Numbers.fixed(u.figure("overtime_hours_per_day").mean(), 1),
          Numbers.fixed(u.figure("phone_hours_per_day").mean(), 1),
          Numbers.fixed(u.figure("chat_hours_per_day").mean(), 1),
          Numbers.fixed(u.figure("occupancy").mean(), 3),
          Numbers.fixed(u.figure("calls_answered_per_day").mean(), 1)));
    }
  }

  /**
   * "62 % [44, 77]": the probability that a period meets the target in per cent, with its Wilson
   * interval's bounds rounded outwards (a share near 0 or 1 reads "<1" or ">99", never 0 or 100).
   */
  static String riskText(PeriodRisk.TargetRisk r) {
    if (!r.applicable()) {
      return "not applicable: nothing to judge";
    }
    return Verdicts.percent(r.probability()) + " % [" + Verdicts.percentDown(r.wilsonLow()) + ", " + Verdicts.percentUp(r.wilsonHigh())
        + "]";
  }

  /** What a period of {@code days} measured days is called: a month from 28 to 31 days. */
  static String periodWord(int days) {
    return days >= 28 && days <= 31 ? "month" : days == 7 ? "week" : days == 1 ? "day" : days + "-day period";
  }

  /** Chat and callback figures only where the scenario has them (the files always have every metric). */
  static boolean shown(String key, ExperimentResult result) {
    if (key.equals("callbacks_per_day") || key.equals("callbacks_unreached_per_day")) {
      return result.hasCallbacks();
    }
    if (key.equals("unique_caller_served_rate") || key.equals("moved_to_chat_rate")) {
      return result.hasChatLink();
    }
    if (key.equals("calls_avoided_per_day")) {
      return result.scenario().chat().inUse();
    }
    if (key.startsWith("chat_") || key.equals("self_care_resolved_per_day") || key.equals("escalations_per_day")
        || key.equals("nurse_hours_chat") || key.equals("nurse_hours_phone")) {
      return result.hasChat();
    }
    return true;
  }

  /** One line of the table: metric, mean, interval, target, verdict, probability of a period meeting it. */
  private static final String ROW = "%-28s %12s  %-22s %-11s %-16s %s";

  /** A metric as the table shows it: shares in per cent, durations in minutes, counts as they are. */
  private record Unit(String suffix, double scale) {
    static Unit of(String key) {
      MetricDisplay d = MetricDisplay.of(key);
      return switch (d.unit()) {
        case "%" -> new Unit(" %", 100);
        case "min" -> new Unit(" min", 1 / 60.0);
        default -> new Unit("", 1);
      };
    }

    /** The key, without the {@code _s} of a duration shown in minutes. */
    String shownKey(String key) {
      return suffix.equals(" min") ? key.replaceFirst("_s$", "") : key;
    }

    String number(double computed) {
      return Numbers.fixed(computed * scale, 1);
    }

    String withUnit(double computed) {
      return Double.isNaN(computed) ? "-" : number(computed) + suffix;
    }

    /** A target as written: "85 %", "87.5 %", "10 min", "7.5 min". */
    String target(double computed) {
      return Numbers.trim(computed * scale) + suffix;
    }
  }
}
