package se.sim1177.report.file;

import java.util.Locale;
import se.sim1177.scenario.DistributionSpec;

/**
 * A duration distribution as a scenario writes it, with a new mean and the same shape (coefficient
 * of variation, or Erlang phases): how {@code import} puts a measured handle time into a scenario
 * without changing how spread out it is.
 */
final class DistributionYaml {
  private DistributionYaml() {}

  /**
   * {@code spec} rescaled to {@code meanSeconds}, as a flow mapping; null for an empirical
   * distribution, whose observed values cannot be rescaled without changing what was observed.
   */
  static String withMean(DistributionSpec spec, double meanSeconds) {
    String mean = seconds(meanSeconds);
    if (spec instanceof DistributionSpec.Exponential) {
      return "{distribution: exponential, mean: " + mean + "}";
    } else if (spec instanceof DistributionSpec.Erlang e) {
      return "{distribution: erlang, k: " + e.k() + ", mean: " + mean + "}";
    } else if (spec instanceof DistributionSpec.Fixed) {
      return "{distribution: fixed, value: " + mean + "}";
    } else if (spec instanceof DistributionSpec.Empirical) {
      return null;
    }
    return "{distribution: " + spec.kind() + ", mean: " + mean + ", cv: "
        + String.format(Locale.ROOT, "%.4g", spec.sd() / spec.mean()) + "}";
  }

  /** {@code spec} as it is. */
  static String of(DistributionSpec spec) {
    return withMean(spec, spec.mean());
  }

  /** Seconds to a tenth, with the unit: {@code 412.3s}. */
  static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1fs", s);
  }
}
