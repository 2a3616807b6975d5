package se.sim1177.staffing;

import java.util.Locale;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.Metrics;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ServiceLevelTarget;
import se.sim1177.scenario.Targets;

/**
 * A line with 1177 direkt but no chat target ({@code targets.chat_response_within}): a search that
 * staffs for the phone alone may cut the nurses who answer the chats. So the search keeps the chat
 * at least as good as today's roster: the share of chats answered within the chat threshold (15
 * minutes unless the scenario says otherwise) that today's roster reaches in the asked share of
 * months, simulated on the search's seed, becomes the chat target the search meets, and a note
 * says so.
 *
 * @param scenario the scenario the search staffs: the given one with that target
 * @param share today's share of chats answered within the threshold
 * @param withinSeconds the threshold
 * @param confidence the share of today's months that reach {@code share}
 */
public record TodaysChatLevel(Scenario scenario, double share, double withinSeconds, double confidence) {
  /**
   * The target to staff for, or null when the line has no chat or the scenario sets a chat target.
   * Months are judged one by one, so the goal is the figure today's roster reaches in the asked
   * share of months ({@code staffing.confidence}: its 10th percentile at 90 %), not its mean, which
   * today's roster itself misses in about half the months.
   */
  public static TodaysChatLevel of(Scenario scenario, SearchSettings settings) {
    if (!scenario.chat().inUse() || scenario.targets().chatResponse() != null) {
      return null;
    }
    ExperimentResult today = ExperimentRunner.run(new CallCentreModel(scenario), settings.seed(), settings.searchReplications(),
        settings.threads(), null);
    double[] months = java.util.Arrays.stream(today.replicationValues(Metrics.CHAT_RESPONSE_SERVICE_LEVEL.key()))
        .filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (months.length == 0) {
      return null;
    }
    double confidence = scenario.staffing().confidence();
    int at = (int) Math.floor((1 - confidence) * (months.length - 1));
    // Below 1: a share of exactly 1 is no target a roster can promise (see StaffingRefusals).
    double share = Math.min(months[at], 0.999);
    if (!(share > 0)) {
      return null;
    }
    Targets t = scenario.targets();
    double within = t.chatResponseSeconds();
    Targets kept = new Targets(t.answerRate(), t.meanWaitSeconds(), t.serviceLevel(), new ServiceLevelTarget(within, share));
    return new TodaysChatLevel(scenario.withTargets(kept), share, within, confidence);
  }

  /** What the search did about the chat, for the notes. */
  public String note() {
    return String.format(Locale.ROOT, "The scenario sets no chat target (targets.chat_response_within), so the search kept the"
        + " chat at least as good as today's roster: a month meets the targets only with %.1f %% of its chats that need a nurse"
        + " answered within %s, what today's roster reaches in %.0f %% of months.", 100 * share,
        se.sim1177.scenario.Durations.format(withinSeconds), 100 * confidence);
  }
}
