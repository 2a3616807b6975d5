package se.sim1177.app;

import java.util.List;
import java.util.Locale;
import se.sim1177.analytic.ErlangLimitException;
import se.sim1177.analytic.ErlangLimits;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.staffing.RequirementLimitException;
import se.sim1177.staffing.RosterProgramLimits;
import se.sim1177.staffing.TooManyCandidatesException;
import se.sim1177.staffing.UnstaffableException;

/**
 * What the staffing search refuses, said the way bad input is said: at the line of the scenario
 * key to change (and the {@code --set} overrides that set it), exit 2. The search knows the keys'
 * meaning, not the file; this class knows the file.
 */
final class StaffingRefusals {
  private StaffingRefusals() {}

  /**
   * Refuses a {@code staffing:} section whose templates offer a larger roster program than
   * {@link RosterProgramLimits} allows, at the line of the template that offers the most, before
   * any shift is built ({@code check} refuses it the same way).
   */
  /**
   * A group that answers the chat only gets shifts from the simulation method with scope period
   * alone: the Erlang methods staff the phone, and scope interval raises the phone interval by
   * interval; either would leave the group empty and the chat unanswered.
   */
  static void checkChatOnlyTemplates(Scenario scenario, ScenarioSource source, List<String> overrides) throws ScenarioException {
    var staffing = scenario.staffing();
    for (int i = 0; i < staffing.templates().size(); i++) {
      String group = staffing.templates().get(i).group();
      boolean chatOnly = scenario.staff().stream().anyMatch(g -> g.name().equals(group)
          && !g.answers(se.sim1177.scenario.Channel.PHONE));
      if (!chatOnly) {
        continue;
      }
      if (staffing.method() != se.sim1177.scenario.Staffing.Method.SIMULATION) {
        throw located(source, overrides, List.of("staffing.method", "staffing"), "staffing.templates[" + i + "] is for " + group
            + ", which answers the chat only, but " + staffing.method().key() + " staffs the phone alone: use method: simulation"
            + " (it staffs the chat from its simulated load), or keep " + group + "'s shifts fixed", true);
      }
      if (staffing.scope() == se.sim1177.scenario.Staffing.Scope.INTERVAL) {
        throw located(source, overrides, List.of("staffing.scope", "staffing"), "staffing.templates[" + i + "] is for " + group
            + ", which answers the chat only, but scope: interval raises the phone interval by interval: use scope: period"
            + " (the chat's response target holds over the period), or keep " + group + "'s shifts fixed", true);
      }
    }
  }

  static void checkRosterProgram(Scenario scenario, ScenarioSource source, List<String> overrides) throws ScenarioException {
    try {
      RosterProgramLimits.check(scenario);
    } catch (TooManyCandidatesException e) {
      throw located(source, overrides, List.of("staffing.templates[" + e.template() + "]", "staffing.templates"), e.getMessage(), true);
    } catch (se.sim1177.staffing.BreakWindowException e) {
      throw located(source, overrides, List.of("staffing.breaks[" + e.rule() + "].window", "staffing.breaks[" + e.rule() + "]",
          "staffing.breaks"), e.getMessage(), true);
    }
  }

  /**
   * Refuses a target of 100 %: calls arrive at random, so however many nurses are on duty some
   * caller finds them all busy, waits and may hang up, and a share of exactly 1 is met by no roster
   * (the search would add nurses without end). Said at the target's line, before anything runs.
   */
  static void checkReachableTargets(Scenario scenario, ScenarioSource source, List<String> overrides) throws ScenarioException {
    var t = scenario.targets();
    String why = ": no roster can promise it, since calls arrive at random and some caller always finds every nurse busy;"
        + " allowed for sim1177 staff: a share below 1, like 0.99 for nearly all";
    if (t.serviceLevel() != null && t.serviceLevel().share() >= 1) {
      throw located(source, overrides, List.of("targets.service_level.share", "targets.service_level", "targets"),
          "a service level of 100 % (every call answered within " + se.sim1177.scenario.Durations.format(
              t.serviceLevel().withinSeconds()) + ")" + why, true);
    }
    if (t.answerRate() != null && t.answerRate() >= 1 && scenario.callers().patience().mean() < Double.POSITIVE_INFINITY) {
      throw located(source, overrides, List.of("targets.answer_rate", "targets"), "an answer rate of 100 % while callers hang up"
          + " after callers.patience" + why, true);
    }
    if (t.chatResponse() != null && t.chatResponse().share() >= 1) {
      throw located(source, overrides, List.of("targets.chat_response_within.share", "targets.chat_response_within", "targets"),
          "a chat response share of 100 %" + why.replace("caller always finds every nurse busy", "chat always finds every nurse busy"),
          true);
    }
  }

  /** No roster of the templates fits the seats: at the seats, or the templates. */
  static ScenarioException unstaffable(ScenarioSource source, List<String> overrides, UnstaffableException e) {
    return located(source, overrides, List.of("staffing.seats", "staffing.templates"), e.getMessage(), false);
  }

  /** An interval's Erlang requirement beyond {@link ErlangLimits}: at the key whose value took it there. */
  static ScenarioException beyondErlangLimits(ScenarioSource source, List<String> overrides, RequirementLimitException e) {
    List<String> keys = switch (e.limit()) {
      case AGENTS -> List.of("arrivals.calls_per_year", "arrivals.calls_per_day", "arrivals");
      case STATES -> List.of("callers.patience.mean", "callers.patience");
      case SERVICE_LEVEL_TERMS -> List.of("targets.service_level.within", "targets.service_level");
    };
    String advice = switch (e.limit()) {
      case AGENTS -> String.format(Locale.ROOT, "sim1177 staff staffs an interval with at most %,d nurses on duty: check the"
          + " calls (arrivals) and the handling time (handling)", ErlangLimits.MOST_AGENTS);
      case STATES -> "Erlang A cannot follow a queue that long: shorten callers.patience";
      case SERVICE_LEVEL_TERMS -> "give a shorter targets.service_level.within";
    };
    return located(source, overrides, keys, e.getMessage() + "; " + advice, true);
  }

  /**
   * A problem at the first of {@code keyPaths} written in the file (or its nearest section). The
   * value may come from {@code --set} rather than the file: then the overrides are named beside
   * the file's line.
   *
   * @param alternatives whether the key paths are alternatives (shown: the one written) rather
   *     than keys that together caused it (shown: all)
   */
  private static ScenarioException located(ScenarioSource source, List<String> overrides, List<String> keyPaths, String message,
      boolean alternatives) {
    List<String> set = overrides.stream()
        .filter(o -> keyPaths.stream().anyMatch(k -> o.startsWith(k.replaceFirst("\\[.*", "")))).toList();
    String said = message + (set.isEmpty() ? "" : " (with --set " + String.join(", --set ", set) + ")");
    return alternatives ? ScenarioReader.problemAtFirstWritten(source.text(), source.name(), keyPaths, said)
        : ScenarioReader.problemAt(source.text(), source.name(), keyPaths, said);
  }
}
