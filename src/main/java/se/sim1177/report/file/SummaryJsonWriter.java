package se.sim1177.report.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import se.sim1177.analytic.OfferedLoad;
import se.sim1177.experiment.ChoiceStability;
import se.sim1177.experiment.DrainSummary;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.GroupFigures;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PeriodRisk;
import se.sim1177.experiment.QueueTrend;
import se.sim1177.experiment.TargetCheck;
import se.sim1177.report.format.RunInfo;
import se.sim1177.scenario.ChannelChoice;
import se.sim1177.scenario.Weekday;

/**
 * {@code summary.json}: the scenario name, replications, seed and days, {@code warnings} (a list of
 * sentences, empty when there is nothing to warn about), every summary metric as {@code {mean,
 * ci95_low, ci95_high, ci95_clipped}} and every target as {@code {metric, target, mean, ci95_low,
 * ci95_high, ci95_clipped, met, verdict}}; {@code ci95_clipped} is true when the interval was cut to
 * the metric's possible range; and {@code risk}, the probability that one period (replication)
 * meets each target and all of them, with Wilson intervals, and percentiles of a period's figures;
 * {@code groups}, per staff group by name (its workplace and each figure of {@link GroupFigures} as
 * {@code {mean, ci95_low, ci95_high, ci95_clipped}}), and {@code workplaces}, the same summed per
 * workplace present.
 * It holds nothing that varies between runs of the same scenario and
 * seed (no times, no thread count), so two such runs give identical files.
 */
public final class SummaryJsonWriter implements ResultWriter {
  @Override
  public String fileName() {
    return ResultFolder.COMPLETION_MARKER;
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    folder.writeText(fileName(), Json.text(toJson(result)));
  }

  static ObjectNode toJson(ExperimentResult result) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("scenario", result.scenarioName());
    root.put("replications", result.replications());
    root.put("seed", result.seed());
    root.put("days", result.calendar().measuredDays());
    root.put("warmup_days", result.calendar().warmupDays());
    root.put("start_weekday", result.calendar().startWeekday().key());
    ArrayNode warnings = root.putArray("warnings");
    for (String w : result.warnings()) {
      warnings.add(w);
    }
    ObjectNode metrics = root.putObject("metrics");
    for (Map.Entry<String, MetricSummary> e : result.summary().entrySet()) {
      metrics.set(e.getKey(), Json.summary(e.getValue()));
    }
    root.set("load", load(result));
    ChoiceStability stability = result.choiceStability();
    ChannelChoice choice = result.scenario().chat().choice();
    // A flat curve (the response's adoption is the base) is no reaction: the output is the fixed model's.
    if (stability != null && choice.atAdoption() != result.scenario().chat().adoption()) {
      ObjectNode c = root.putObject("chat_choice");
      c.put("signal", choice.signal().key());
      Json.put(c, "delay_minutes", choice.delaySeconds() / 60);
      Json.put(c, "base_adoption", result.scenario().chat().adoption());
      Json.put(c, "realised_share", result.metric(Metrics.CHAT_SHARE_REALISED.key()).mean());
      Json.put(c, "realised_share_day_to_day_sd", stability.dayToDay());
      Json.put(c, "swing", stability.swing());
      Json.put(c, "lowest_autocorrelation", stability.autocorrelation());
      c.put("lowest_autocorrelation_lag_intervals", stability.lagIntervals());
      c.put("oscillates", stability.oscillates());
    }
    ObjectNode drain = root.putObject("drain");
    Json.put(drain, "mean_minutes", result.drain().meanSeconds() / 60);
    Json.put(drain, "max_minutes", result.drain().maxSeconds() / 60);
    drain.put("replications_cut_off", result.drain().cutOffReplications());
    Json.put(drain, "limit_hours", DrainSummary.limitSeconds() / 3600);
    ObjectNode targets = root.putObject("targets");
    for (TargetCheck t : result.targets()) {
      ObjectNode n = targets.putObject(t.name());
      n.put("metric", t.metric());
      n.put("direction", t.atLeast() ? "at_least" : "at_most");
      Json.put(n, "target", t.target());
      Json.put(n, "mean", t.result().mean());
      Json.put(n, "ci95_low", t.result().ci95Low());
      Json.put(n, "ci95_high", t.result().ci95High());
      n.put("ci95_clipped", t.result().clipped());
      if (t.notApplicable()) {
        n.putNull("met");
      } else {
        n.put("met", t.met());
      }
      n.put("verdict", t.verdict());
    }
    root.set("risk", risk(result.risk()));
    ObjectNode groups = root.putObject("groups");
    ObjectNode workplaces = root.putObject("workplaces");
    for (GroupFigures.Unit u : result.groups()) {
      boolean group = u.kind().equals("group");
      ObjectNode n = (group ? groups : workplaces).putObject(u.name());
      if (group) {
        n.put("workplace", u.workplace());
      }
      for (int i = 0; i < GroupFigures.FIGURES.size(); i++) {
        n.set(GroupFigures.FIGURES.get(i).key(), Json.summary(u.figures().get(i)));
      }
    }
    return root;
  }

  /** The risk of missing the targets: per target and for all of them, and the period's figures' spread. */
  static ObjectNode risk(PeriodRisk risk) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("periods", risk.periods());
    n.put("period_days", risk.periodDays());
    ObjectNode targets = n.putObject("targets");
    for (PeriodRisk.TargetRisk t : risk.targets()) {
      ObjectNode r = goal(targets.putObject(t.name()), t.metric(), t.atLeast(), t.target());
      targetRisk(r, t);
    }
    if (risk.all() != null) {
      targetRisk(targets.putObject("all"), risk.all());
    }
    ObjectNode days = n.putObject("days");
    for (PeriodRisk.DayRisk d : risk.days()) {
      ObjectNode r = goal(days.putObject(d.name()), d.metric(), d.atLeast(), d.target());
      r.put("days_meeting", d.daysMeeting());
      r.put("days", d.days());
      Json.put(r, "share", d.share());
      ObjectNode byWeekday = r.putObject("by_weekday");
      double[] w = d.byWeekday();
      for (Weekday wd : Weekday.values()) {
        Json.put(byWeekday, wd.key(), w[wd.ordinal()]);
      }
      Json.put(r, "worst_5_percent", d.worstFivePercent());
    }
    ObjectNode distribution = n.putObject("distribution");
    for (PeriodRisk.Distribution d : risk.distributions()) {
      ObjectNode m = distribution.putObject(d.metric());
      double[] p = d.percentiles();
      for (int i = 0; i < p.length; i++) {
        Json.put(m, "p" + (int) PeriodRisk.PERCENTILES[i], p[i]);
      }
    }
    return n;
  }

  /** What a target asks: its metric, direction and value. */
  private static ObjectNode goal(ObjectNode r, String metric, boolean atLeast, double target) {
    r.put("metric", metric);
    r.put("direction", atLeast ? "at_least" : "at_most");
    Json.put(r, "target", target);
    return r;
  }

  private static void targetRisk(ObjectNode r, PeriodRisk.TargetRisk t) {
    r.put("periods_meeting", t.meeting());
    r.put("periods_judged", t.periods());
    if (!t.applicable()) {
      r.put("verdict", TargetCheck.NOT_APPLICABLE);
    }
    Json.put(r, "probability", t.probability());
    Json.put(r, "wilson95_low", t.wilsonLow());
    Json.put(r, "wilson95_high", t.wilsonHigh());
  }

  /** The offered load against the roster, and the queue at the start and end of the measured period. */
  private static ObjectNode load(ExperimentResult result) {
    OfferedLoad load = result.offeredLoad();
    ObjectNode n = Json.MAPPER.createObjectNode();
    Json.put(n, "offered_erlang_hours_per_week", load.offeredHoursPerWeek());
    Json.put(n, "phone_nurse_hours_per_week", load.nurseHoursPerWeek());
    Json.put(n, "chat_work_hours_per_week", load.chatWorkHoursPerWeek());
    Json.put(n, "chat_only_nurse_hours_per_week", load.chatOnlyNurseHoursPerWeek());
    Json.put(n, "load_ratio", load.weeklyLoadRatio());
    n.put("overloaded", load.overloaded());
    n.put("hours_overloaded", load.hoursOverloaded());
    int worst = load.worstHour();
    n.put("worst_hour", OfferedLoad.hourName(worst));
    Json.put(n, "worst_hour_offered_erlangs", load.offeredErlangs()[worst]);
    Json.put(n, "worst_hour_nurses_on_duty", load.nursesOnDuty()[worst]);
    QueueTrend trend = result.queueTrend();
    n.put("queue_trend_span_days", trend.span());
    Json.put(n, "queue_early_mean", trend.early());
    Json.put(n, "queue_late_mean", trend.late());
    n.put("queue_growing", trend.growing());
    return n;
  }
}
