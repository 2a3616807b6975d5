package se.sim1177.experiment;

/**
 * One of the region's goals checked against the simulated result.
 *
 * @param name the goal's key under {@code targets}
 * @param metric the summary metric it is judged on
 * @param atLeast true when the metric must reach the target, false when it must stay at or below it
 * @param met whether the mean meets the target
 * @param verdict {@code met} or {@code not met} when the whole confidence interval is on one side,
 *     {@code uncertain} when the interval contains the target (more replications would tell),
 *     {@code not_applicable} when the metric is undefined in every period (nothing to judge: no
 *     chats for a chat target), so the target says nothing about this run
 */
public record TargetCheck(String name, String metric, double target, boolean atLeast, MetricSummary result, boolean met, String verdict) {
  /** The verdict of a target with nothing to judge. */
  public static final String NOT_APPLICABLE = "not_applicable";

  static TargetCheck of(String name, String metric, double target, boolean atLeast, MetricSummary result) {
    if (Double.isNaN(result.mean())) {
      return new TargetCheck(name, metric, target, atLeast, result, false, NOT_APPLICABLE);
    }
    boolean met = meets(atLeast, result.mean(), target);
    boolean surelyMet = atLeast ? result.ci95Low() >= target : result.ci95High() <= target;
    boolean surelyNot = atLeast ? result.ci95High() < target : result.ci95Low() > target;
    String verdict = surelyMet ? "met" : surelyNot ? "not met" : "uncertain";
    return new TargetCheck(name, metric, target, atLeast, result, met, verdict);
  }

  /** Whether the target is not applicable (nothing to judge). */
  public boolean notApplicable() {
    return verdict.equals(NOT_APPLICABLE);
  }

  /**
   * Whether {@code value} meets a target: at or above it for a target to reach, at or below it for
   * one to stay under. A figure exactly at its target meets it (85 of 100 answered meets 85 %).
   */
  public static boolean meets(boolean atLeast, double value, double target) {
    return atLeast ? value >= target : value <= target;
  }
}
