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
 *     {@code no data} when the metric is undefined (no calls to judge)
 */
public record TargetCheck(String name, String metric, double target, boolean atLeast, MetricSummary result, boolean met, String verdict) {
  static TargetCheck of(String name, String metric, double target, boolean atLeast, MetricSummary result) {
    if (Double.isNaN(result.mean())) {
      return new TargetCheck(name, metric, target, atLeast, result, false, "no data");
    }
    boolean met = atLeast ? result.mean() >= target : result.mean() <= target;
    boolean surelyMet = atLeast ? result.ci95Low() >= target : result.ci95High() <= target;
    boolean surelyNot = atLeast ? result.ci95High() < target : result.ci95Low() > target;
    String verdict = surelyMet ? "met" : surelyNot ? "not met" : "uncertain";
    return new TargetCheck(name, metric, target, atLeast, result, met, verdict);
  }
}
