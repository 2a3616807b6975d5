package se.sim1177.app;

import java.io.PrintStream;
import java.util.Locale;
import se.sim1177.analytic.OfferedLoad;
import se.sim1177.experiment.OverloadText;
import se.sim1177.scenario.Arrivals;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;

/**
 * {@code sim1177 check}: read and validate a scenario, then print what it describes (demand, staff,
 * offered load, the work a run will be); runs nothing and writes nothing.
 */
public final class CheckJob {
  private CheckJob() {}

  public static void run(CheckOptions options, PrintStream out) throws ScenarioException {
    ScenarioSource source = ScenarioSource.file(options.scenario());
    Scenario s = source.read(options.overrides());
    if (s.staffing() != null) {
      // What sim1177 staff would refuse before it builds a shift, check refuses too.
      StaffingRefusals.checkRosterProgram(s, source, options.overrides());
    }
    describe(s, out);
  }

  private static String plural(int count) {
    return count == 1 ? "" : "s";
  }

  private static void describe(Scenario s, PrintStream out) {
    double firstAttemptsPerWeek = WorkEstimate.firstAttemptsPerWeek(s);
    double handleHoursPerWeek = firstAttemptsPerWeek * s.handling().meanHandleSeconds() / 3600;
    double nurseHoursPerWeek = 0;
    for (StaffGroup g : s.staff()) {
      for (Shift sh : g.shifts()) {
        nurseHoursPerWeek += Integer.bitCount(sh.days().mask()) * sh.nurses() * sh.onLineMinutes() / 60.0 * (1 - g.absence());
      }
    }
    out.printf(Locale.ROOT, "ok: %s%n", s.name());
    int days = s.simulation().days();
    int warmup = s.simulation().warmupDays();
    out.printf(Locale.ROOT, "  simulation: %d day%s after %d warm-up day%s, %d replications, seed %d%n",
        days, plural(days), warmup, plural(warmup), s.simulation().replications(), s.simulation().seed());
    double phoneShare = s.chat().inUse() ? 1 - s.chat().adoption() : 1;
    if (phoneShare < 1) {
      // With 1177 direkt, the adopting share of first contacts starts in the chat, not on the phone.
      out.printf(Locale.ROOT, "  first contacts: %,.0f a week, of which %,.0f calls (%.0f %%) and %,.0f start in 1177 direkt;"
          + " at %.1f min mean handling the calls are %,.0f nurse hours%n", firstAttemptsPerWeek, firstAttemptsPerWeek * phoneShare,
          100 * phoneShare, firstAttemptsPerWeek * (1 - phoneShare), s.handling().meanHandleSeconds() / 60,
          handleHoursPerWeek * phoneShare);
    } else {
      out.printf(Locale.ROOT, "  first attempts: %,.0f a week; at %.1f min mean handling that is %,.0f nurse hours of calls%n",
          firstAttemptsPerWeek, s.handling().meanHandleSeconds() / 60, handleHoursPerWeek);
    }
    if (s.arrivals().forecastError() > 0) {
      out.printf(Locale.ROOT, "  forecast error: each simulated period's volume × a Gamma factor with a %.0f %% coefficient of"
          + " variation (in 95 %% of periods between %.0f %% and %.0f %% of the forecast)%n", 100 * s.arrivals().forecastError(),
          100 * forecastQuantile(s, 0.025), 100 * forecastQuantile(s, 0.975));
    }
    out.printf(Locale.ROOT, "  staff: %d group%s, %,.0f nurse hours a week after expected absence%n",
        s.staff().size(), plural(s.staff().size()), nurseHoursPerWeek);
    if (s.chat() != se.sim1177.scenario.Chat.NONE) {
      var chat = s.chat();
      out.printf(Locale.ROOT, "  1177 direkt: %.0f %% adoption (%,.0f chats a week), %d open window%s, up to %d chat%s per nurse,"
          + " %.1f min nurse time per chat%n", 100 * chat.adoption(), firstAttemptsPerWeek * chat.adoption() * (1 + chat.inducedDemand()),
          chat.open().size(), plural(chat.open().size()), chat.concurrency(), plural(chat.concurrency()), chat.nurseTime().mean() / 60);
      if (chat.reactive()) {
        var c = chat.choice();
        boolean rate = c.signal() == se.sim1177.scenario.ChannelChoice.Signal.RECENT_ANSWER_RATE;
        out.printf(Locale.ROOT, "  residents react to the phone: %.0f %% start in chat at %s %s, seen %s after it is published"
            + " (a logit curve through %.0f %% when the phone is not congested)%n", 100 * c.atAdoption(),
            rate ? "an answer rate of" : "an announced wait of", rate ? String.format(Locale.ROOT, "%.0f %%", 100 * c.at())
                : se.sim1177.scenario.Durations.format(c.at()), se.sim1177.scenario.Durations.format(c.delaySeconds()),
            100 * chat.adoption());
      }
    }
    if (nurseHoursPerWeek == 0) {
      out.println("  no nurse hours are rostered: every call will wait until it is abandoned");
    }
    describeLoadAndWork(s, firstAttemptsPerWeek, out);
  }

  private static double forecastQuantile(Scenario s, double p) {
    double k = s.arrivals().forecastShape();
    return new org.apache.commons.math3.distribution.GammaDistribution(k, 1 / k).inverseCumulativeProbability(p);
  }

  private static boolean isFlat(java.util.List<Double> weights) {
    return weights.stream().distinct().count() == 1;
  }

  /** Whether the shape of the day is flat on every weekday: one weekday with a shape is enough for no warning. */
  private static boolean everyDayFlat(Arrivals a) {
    return a.intradayByDay().stream().allMatch(CheckJob::isFlat);
  }

  /** The offered load against the nurses on duty, and how much work (and time) a run will be. */
  private static void describeLoadAndWork(Scenario s, double firstAttemptsPerWeek, PrintStream out) {
    OfferedLoad load = OfferedLoad.of(s);
    if (load.overloaded()) {
      out.println("  warning: " + OverloadText.overloaded(load, Double.NaN));
    } else if (load.nurseHoursPerWeek() > 0) {
      int hours = load.hoursOverloaded();
      boolean chat = load.chatWorkHoursPerWeek() > 0;
      out.printf(Locale.ROOT, "  load (%s, before redials): %.0f %% of the %,.0f %snurse-hours rostered a week (after absence);"
          + " on the phone %s; worst phone hour %s%n", chat ? "calls and chats" : "calls", 100 * load.weeklyLoadRatio(),
          load.nurseHoursPerWeek() + load.chatOnlyNurseHoursPerWeek(), chat ? "" : "phone ",
          hours == 0 ? "no hour of the week is offered more work than its nurses can do"
              : hours + (hours == 1 ? " hour" : " hours") + " of the week are offered more work than the nurses on duty can do",
          load.worstHourText());
    }
    String uncovered = UncoveredHours.text(load);
    if (uncovered != null) {
      out.println("  warning: calls and no phone nurse on duty " + uncovered
          + "; callers then wait for the next shift or hang up");
    }
    if (everyDayFlat(s.arrivals())) {
      String which = s.arrivals().intradayByWeekday().isEmpty() ? "arrivals.intraday is flat"
          : "arrivals.intraday and intraday_by_weekday are flat";
      out.println("  warning: " + which + ": calls come evenly over the 24 hours, which a 1177 line never sees;"
          + " set the day's shape from your telephony export (share of calls by hour), as in scenarios/00-starter.yaml");
    }
    var run = s.simulation();
    double contacts = WorkEstimate.contactsPerReplication(s) * run.replications();
    int cores = Runtime.getRuntime().availableProcessors();
    int parallel = Math.min(cores, run.replications());
    out.printf(Locale.ROOT, "  work: about %,.0f calls and chats (first contacts, before redials) in %d replications x %d days;"
        + " roughly %s on %d thread%s at %.1f million calls a second per thread (longer while queues are long)%n", contacts,
        run.replications(), run.totalDays(), WorkEstimate.roughly(WorkEstimate.seconds(contacts, parallel)), parallel,
        parallel == 1 ? "" : "s", WorkEstimate.CALLS_PER_CORE_SECOND / 1e6);
  }
}
