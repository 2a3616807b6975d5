package se.sim1177.staffing;

import se.sim1177.experiment.Metrics;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Targets;

/**
 * Whether one simulated period (a replication) met every period target on its own figures: the
 * answer rate, the mean wait of answered calls, the service level, and the chat's response when
 * the line has a chat and a target for it. One test for the share a roster is judged by ({@link
 * RosterEvaluation}) and for the search's early stop ({@link MarginCurtailment}), so the two cannot
 * disagree.
 */
final class PeriodTargets {
  private static final int RATE = Metrics.SUMMARY.indexOf(Metrics.ANSWER_RATE);
  private static final int WAIT = Metrics.SUMMARY.indexOf(Metrics.MEAN_WAIT_ANSWERED);
  private static final int SERVICE = Metrics.SUMMARY.indexOf(Metrics.SERVICE_LEVEL);
  private static final int CHAT = Metrics.SUMMARY.indexOf(Metrics.CHAT_RESPONSE_SERVICE_LEVEL);

  private final Targets targets;
  private final boolean chatTarget;

  private PeriodTargets(Targets targets, boolean chatTarget) {
    this.targets = targets;
    this.chatTarget = chatTarget;
  }

  /** The targets of {@code scenario}; the chat's only when its line has a chat. */
  static PeriodTargets of(Scenario scenario) {
    return new PeriodTargets(scenario.targets(), scenario.chat().inUse() && scenario.targets().chatResponse() != null);
  }

  /** Whether a period with these figures met every target. */
  boolean metBy(double answerRate, double meanWaitSeconds, double serviceLevel, double chatResponseServiceLevel) {
    Targets t = targets;
    return (t.answerRate() == null || answerRate >= t.answerRate())
        && (t.meanWaitSeconds() == null || meanWaitSeconds <= t.meanWaitSeconds())
        && (t.serviceLevel() == null || serviceLevel >= t.serviceLevel().share())
        && (!chatTarget || chatResponseServiceLevel >= t.chatResponse().share());
  }

  /** Whether a period whose figures are {@code summary} ({@link Metrics#SUMMARY} order) met every target. */
  boolean metBy(double[] summary) {
    return metBy(summary[RATE], summary[WAIT], summary[SERVICE], summary[CHAT]);
  }
}
