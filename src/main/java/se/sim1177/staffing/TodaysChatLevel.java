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
 * at least as good as today's roster: today's share of chats answered within the chat threshold
 * (15 minutes unless the scenario says otherwise), simulated on the search's seed, becomes the
 * chat target the search meets, and a note says so.
 *
 * @param scenario the scenario the search staffs: the given one with that target
 * @param share today's share of chats answered within the threshold
 * @param withinSeconds the threshold
 */
public record TodaysChatLevel(Scenario scenario, double share, double withinSeconds) {
  /** The target to staff for, or null when the line has no chat or the scenario sets a chat target. */
  public static TodaysChatLevel of(Scenario scenario, SearchSettings settings) {
    if (!scenario.chat().inUse() || scenario.targets().chatResponse() != null) {
      return null;
    }
    ExperimentResult today = ExperimentRunner.run(new CallCentreModel(scenario), settings.seed(), settings.searchReplications(),
        settings.threads(), null);
    double share = today.metric(Metrics.CHAT_RESPONSE_SERVICE_LEVEL.key()).mean();
    if (!(share > 0)) {
      return null;
    }
    Targets t = scenario.targets();
    double within = t.chatResponseSeconds();
    Targets kept = new Targets(t.answerRate(), t.meanWaitSeconds(), t.serviceLevel(), new ServiceLevelTarget(within, share));
    return new TodaysChatLevel(scenario.withTargets(kept), share, within);
  }

  /** What the search did about the chat, for the notes. */
  public String note() {
    return String.format(Locale.ROOT, "The scenario sets no chat target (targets.chat_response_within), so the search kept the"
        + " chat at least as good as today's roster: %.1f %% of the chats that need a nurse answered within %s, in every month it"
        + " counts as meeting the targets.", 100 * share, se.sim1177.scenario.Durations.format(withinSeconds));
  }
}
