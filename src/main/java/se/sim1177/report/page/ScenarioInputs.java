package se.sim1177.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.report.format.Numbers;
import se.sim1177.scenario.Arrivals;
import se.sim1177.scenario.Callers;
import se.sim1177.scenario.Channel;
import se.sim1177.scenario.Chat;
import se.sim1177.scenario.DistributionSpec;
import se.sim1177.scenario.Durations;
import se.sim1177.scenario.QueueLimits;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Targets;

/**
 * A scenario's key inputs in words, as a table for {@code report.html}'s "what was run": demand,
 * callers, handling, the roster per group, the chat and the targets, each with the key it comes
 * from, so a reader sees what the figures rest on and where to change it.
 */
final class ScenarioInputs {
  private ScenarioInputs() {}

  /** Rows of {input, value, scenario key}, the header first. */
  static List<List<String>> rows(Scenario s) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("input", "value", "key"));
    demand(rows, s.arrivals());
    callers(rows, s.callers(), s.queue());
    rows.add(List.of("talk time", distribution(s.handling().talkTime()), "handling.talk_time"));
    rows.add(List.of("after-call work", distribution(s.handling().afterCallWork()), "handling.after_call_work"));
    roster(rows, s.staff());
    chat(rows, s.chat());
    rows.add(List.of("targets", targets(s.targets()), "targets"));
    var run = s.simulation();
    rows.add(List.of("simulated", String.format(Locale.ROOT,
        "%d replications of %d days after %d warm-up days, starting on a %s; seed %d", run.replications(), run.days(),
        run.warmupDays(), dayName(run.startWeekday()), run.seed()), "simulation"));
    return rows;
  }

  private static void demand(List<List<String>> rows, Arrivals a) {
    double meanFactor = a.weekdayFactors().stream().mapToDouble(Double::doubleValue).average().orElse(1);
    rows.add(List.of("first call attempts a year", String.format(Locale.ROOT, "%,.0f (%.1f a day on average)",
        a.callsPerDay() * 365 * meanFactor, a.callsPerDay() * meanFactor), "arrivals.calls_per_year / calls_per_day"));
    rows.add(List.of("weekday factors, Mon–Sun", numbers(a.weekdayFactors()), "arrivals.weekday_factors"));
    String ownShapes = String.join(", ", a.intradayByWeekday().stream().map(Arrivals.DayShape::key).toList());
    rows.add(List.of("day's profile", a.intervalsPerDay() + " intervals of " + Durations.format(a.intervalSeconds())
        + (ownShapes.isEmpty() ? "" : "; own shapes for " + ownShapes),
        ownShapes.isEmpty() ? "arrivals.intraday" : "arrivals.intraday / intraday_by_weekday"));
    rows.add(List.of("day-to-day variation", a.dayBusynessShape() == 0 ? "none beyond Poisson noise"
        : String.format(Locale.ROOT, "Gamma, shape %s (cv %.0f %%)", Numbers.trim(a.dayBusynessShape()),
            100 / Math.sqrt(a.dayBusynessShape())),
        "arrivals.day_busyness"));
  }

  private static void callers(List<List<String>> rows, Callers c, QueueLimits q) {
    rows.add(List.of("patience", distribution(c.patience()), "callers.patience"));
    rows.add(List.of("balking", percent(c.balkProbability()), "callers.balk_probability"));
    rows.add(List.of("redials", c.redial().probability() == 0 ? "none"
        : percent(c.redial().probability()) + " of those not answered call again after a delay ("
            + distribution(c.redial().delay()) + "), at most " + c.redial().maxAttempts() + " attempts", "callers.redial"));
    if (c.callback() != null) {
      var cb = c.callback();
      rows.add(List.of("callback offer", "when the predicted wait is over " + Durations.format(cb.offerWhenPredictedWaitOverSeconds())
          + ", accepted by " + percent(cb.acceptProbability()) + ", resident reached " + percent(cb.reachProbability())
          + (cb.keepPlace() ? ", keeps the place in the queue" : ", in a callback queue"), "callers.callback"));
    }
    if (c.chatLink() != null) {
      rows.add(List.of("SMS link to the chat", "when the predicted wait is over "
          + Durations.format(c.chatLink().offerWhenPredictedWaitOverSeconds()) + ", accepted by "
          + percent(c.chatLink().acceptProbability()), "callers.chat_link"));
    }
    boolean byLength = q != null && q.maxWaiting() != Integer.MAX_VALUE;
    boolean byWait = q != null && Double.isFinite(q.maxPredictedWaitSeconds());
    if (byLength || byWait) {
      rows.add(List.of("queue closes", (byLength ? "at " + q.maxWaiting() + " waiting" : "") + (byLength && byWait ? "; " : "")
          + (byWait ? "when the predicted wait is over " + Durations.format(q.maxPredictedWaitSeconds()) : ""), "queue"));
    }
  }

  private static void roster(List<List<String>> rows, List<StaffGroup> staff) {
    double week = 0;
    for (int i = 0; i < staff.size(); i++) {
      StaffGroup g = staff.get(i);
      double hours = rosteredHoursPerWeek(g);
      week += hours;
      int shifts = g.shifts().size();
      rows.add(List.of("staff group " + g.name(), String.format(Locale.ROOT,
          "%s, %s; %,.0f rostered nurse-hours a week in %d shift%s; absence %s%s", g.workplace().key(), channels(g), hours, shifts,
          shifts == 1 ? "" : "s", percent(g.absence()), g.handleTimeFactor() == 1 ? "" : "; handle-time factor "
              + Numbers.trim(g.handleTimeFactor())), "staff.groups[" + i + "]"));
    }
    rows.add(List.of("roster in all", String.format(Locale.ROOT, "%,.0f nurse-hours a week", week), "staff.groups"));
  }

  private static void chat(List<List<String>> rows, Chat chat) {
    if (chat == Chat.NONE) {
      return;
    }
    rows.add(List.of("1177 direkt adoption", percent(chat.adoption()) + " of first contacts start in chat"
        + (chat.inducedDemand() > 0 ? ", induced demand " + percent(chat.inducedDemand()) : ""), "chat.adoption"));
    rows.add(List.of("chat: self-care, nurse time", percent(chat.selfCareAutomated()) + " resolved by self-care; nurse time "
        + distribution(chat.nurseTime()) + ", " + chat.concurrency() + " at once", "chat"));
  }

  private static String dayName(se.sim1177.scenario.Weekday d) {
    return List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday").get(d.ordinal());
  }

  /** A group's rostered nurse-hours on the line a week (breaks left out), before absence. */
  static double rosteredHoursPerWeek(StaffGroup g) {
    double h = 0;
    for (Shift sh : g.shifts()) {
      h += Integer.bitCount(sh.days().mask()) * sh.nurses() * sh.onLineMinutes() / 60.0;
    }
    return h;
  }

  private static String channels(StaffGroup g) {
    boolean phone = g.answers(Channel.PHONE);
    boolean chat = g.answers(Channel.CHAT);
    return phone && chat ? "phone and chat" : phone ? "phone" : "chat";
  }

  private static String targets(Targets t) {
    List<String> parts = new ArrayList<>();
    if (t.answerRate() != null) {
      parts.add("answer rate at least " + percent(t.answerRate()));
    }
    if (t.meanWaitSeconds() != null) {
      parts.add("mean wait at most " + Durations.format(t.meanWaitSeconds()));
    }
    if (t.serviceLevel() != null) {
      parts.add(percent(t.serviceLevel().share()) + " answered within " + Durations.format(t.serviceLevel().withinSeconds()));
    }
    if (t.chatResponse() != null) {
      parts.add(percent(t.chatResponse().share()) + " of chats answered within " + Durations.format(t.chatResponse().withinSeconds()));
    }
    return parts.isEmpty() ? "none" : String.join("; ", parts);
  }

  /** "lognormal, mean 9 min, cv 0.70". */
  static String distribution(DistributionSpec d) {
    String mean = minutes(d.mean());
    if (d.kind().equals("fixed")) {
      return "fixed " + mean;
    }
    if (d.kind().equals("exponential")) {
      return "exponential, mean " + mean;
    }
    return String.format(Locale.ROOT, "%s, mean %s, cv %.2f", d.kind(), mean, d.mean() > 0 ? d.sd() / d.mean() : 0);
  }

  private static String minutes(double seconds) {
    return seconds < 60 ? String.format(Locale.ROOT, "%.0f s", seconds) : String.format(Locale.ROOT, "%s min", Numbers.trim(seconds / 60));
  }

  private static String percent(double share) {
    return Numbers.trim(share * 100) + " %";
  }

  private static String numbers(List<Double> values) {
    return String.join(", ", values.stream().map(Numbers::trim).toList());
  }
}
