package se.sim1177.report.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.experiment.TargetCheck;
import se.sim1177.scenario.Targets;

/**
 * The verdict of a run in words, one sentence per target and one for every target at once, as
 * {@code report.html} opens: "85 % answered: met in 62 % of simulated months (expected 86.1 %)".
 * The numbers are those {@code summary.json} is written from: the share of periods meeting the
 * target ({@link PeriodRisk}, rounded to a whole per cent) and the expected figure (the target's
 * mean, {@link TargetCheck}).
 */
public final class Verdicts {
  private Verdicts() {}

  /**
   * One target's verdict.
   *
   * @param goal the target in words, "85 % answered"
   * @param sentence the whole sentence, goal first
   * @param detail the count and Wilson interval behind the share, "0 of 30 months; 95 % interval 0–11 %"
   * @param probability the share of periods meeting it, 0..1
   */
  public record Verdict(String goal, String sentence, String detail, double probability) {}

  /** The verdicts of every target, then of all of them at once; empty when the scenario sets none. */
  public static List<Verdict> of(ExperimentResult result) {
    PeriodRisk risk = result.risk();
    String periods = periods(risk.periodDays());
    List<Verdict> out = new ArrayList<>();
    List<TargetCheck> checks = result.targets();
    for (int i = 0; i < checks.size(); i++) {
      TargetCheck t = checks.get(i);
      PeriodRisk.TargetRisk r = risk.targets().get(i);
      String goal = goal(t, result.scenario().targets());
      if (!r.applicable()) {
        out.add(new Verdict(goal, goal + ": not applicable, nothing to judge in any simulated " + singular(periods) + " ("
            + (t.metric().startsWith("chat_") ? "no chats" : "no calls") + "); left out of every target at once.",
            "0 " + periods + " judged", Double.NaN));
        continue;
      }
      String expected = Double.isNaN(t.result().mean()) ? "no calls to judge" : "expected " + expectedValue(t);
      out.add(verdict(goal, r, periods, " (" + expected + ")"));
    }
    if (risk.all() != null && risk.all().applicable()) {
      boolean someLeftOut = risk.targets().stream().anyMatch(r -> !r.applicable());
      out.add(verdict("Every target at once", risk.all(), periods, someLeftOut ? ", the applicable ones" : ""));
    }
    return out;
  }

  private static Verdict verdict(String goal, PeriodRisk.TargetRisk r, String periods, String tail) {
    String sentence = goal + ": met in " + percent(r.probability()) + " % of simulated " + periods + tail + ".";
    String detail = String.format(Locale.ROOT, "%d of %d %s; 95 %% interval %s–%s %%", r.meeting(), r.periods(), periods,
        percentDown(r.wilsonLow()), percentUp(r.wilsonHigh()));
    return new Verdict(goal, sentence, detail, r.probability());
  }

  /** One period of {@link #periods}: "month", "week" or "period". */
  public static String singular(String periods) {
    return switch (periods) {
      case "months" -> "month";
      case "weeks" -> "week";
      default -> "period";
    };
  }

  /** "months" for periods of 28 to 31 days, "weeks" for 7, otherwise "periods of N days". */
  public static String periods(int periodDays) {
    if (periodDays >= 28 && periodDays <= 31) {
      return "months";
    }
    if (periodDays == 7) {
      return "weeks";
    }
    return "periods of " + periodDays + (periodDays == 1 ? " day" : " days");
  }

  /**
   * A share as a whole per cent, "62"; "<1" and ">99" for shares that would round to 0 or 100
   * without being exactly that (299 of 300 months is not "met in 100 %").
   */
  public static String percent(double share) {
    if (Double.isNaN(share)) {
      return "n/a";
    }
    long whole = Math.round(share * 100);
    if (whole == 0 && share > 0) {
      return "<1";
    }
    if (whole == 100 && share < 1) {
      return ">99";
    }
    return Long.toString(whole);
  }

  /** A lower bound as a whole per cent, rounded down, so that it never claims more than it is. */
  public static String percentDown(double share) {
    if (Double.isNaN(share)) {
      return "n/a";
    }
    return Long.toString((long) Math.floor(share * 100 + 1e-9));
  }

  /** An upper bound as a whole per cent, rounded up. */
  public static String percentUp(double share) {
    if (Double.isNaN(share)) {
      return "n/a";
    }
    return Long.toString((long) Math.ceil(share * 100 - 1e-9));
  }

  /** A target share as written, in per cent: "85", "87.5". */
  public static String targetPercent(double share) {
    return Numbers.trim(share * 100);
  }

  /** "months of 28 days", "weeks of 7 days", "periods of 14 days": a period and its length, once. */
  public static String periodsOfDays(int periodDays) {
    String periods = periods(periodDays);
    return periods.startsWith("periods of") ? periods : periods + " of " + periodDays + " days";
  }

  /** "1 warm-up day", "3 warm-up days". */
  public static String warmupDays(int days) {
    return days + (days == 1 ? " warm-up day" : " warm-up days");
  }

  /** The target in words: "85 % answered", "Mean wait at most 10 min", "80 % answered within 5 min". */
  public static String goal(TargetCheck t, Targets targets) {
    MetricDisplay wait = MetricDisplay.of(Metrics.MEAN_WAIT_ANSWERED);
    return switch (t.name()) {
      case "answer_rate" -> targetPercent(t.target()) + " % answered";
      case "mean_wait" -> "Mean wait at most " + wait.format(t.target());
      case "service_level" -> targetPercent(t.target()) + " % answered within " + wait.format(targets.serviceLevelSeconds());
      case "chat_response_within" -> targetPercent(t.target()) + " % of chats answered within " + wait.format(targets.chatResponseSeconds());
      default -> t.name() + (t.atLeast() ? " at least " : " at most ") + MetricDisplay.of(t.metric()).format(t.target());
    };
  }

  /** The expected figure with one decimal in its unit: "86.1 %", "12.3 min". */
  static String expectedValue(TargetCheck t) {
    MetricDisplay d = MetricDisplay.of(t.metric());
    return String.format(Locale.ROOT, "%.1f %s", d.value(t.result().mean()), d.unit());
  }
}
