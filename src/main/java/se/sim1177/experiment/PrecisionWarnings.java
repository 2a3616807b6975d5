package se.sim1177.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warnings about the precision of an experiment's figures: too few replications for a usable
 * confidence interval, and targets whose interval is too wide to be informative. Each is one
 * sentence without a leading "warning:", for the console and for {@code summary.json}'s
 * {@code warnings}.
 */
public final class PrecisionWarnings {
  /** Below this many replications the Student-t intervals are too wide and too rough to rely on. */
  public static final int MIN_REPLICATIONS = 10;
  /** A share's interval is uninformative when it spans more than this part of [0, 1]. */
  static final double MAX_SHARE_WIDTH = 0.5;
  /** Any other metric's interval is uninformative when it is wider than this many times its mean (± 50 %). */
  static final double MAX_RELATIVE_WIDTH = 1.0;

  private PrecisionWarnings() {}

  /** Every warning for {@code result}: replications first, then each target in the scenario's order. */
  public static List<String> of(ExperimentResult result) {
    List<String> out = new ArrayList<>();
    String replications = replications(result.replications());
    if (replications != null) {
      out.add(replications);
    }
    out.addAll(targets(result));
    return out;
  }

  /** The warning for an experiment of {@code replications}, or null when there are enough. */
  public static String replications(int replications) {
    if (replications >= MIN_REPLICATIONS) {
      return null;
    }
    return String.format(Locale.ROOT, "only %d replications: the 95 %% confidence intervals are too wide and rough to rely on;"
        + " run at least %d (--replications)", replications, MIN_REPLICATIONS);
  }

  /** A warning for each target whose interval is too wide to be informative. */
  public static List<String> targets(ExperimentResult result) {
    return targets(result.targets());
  }

  /** A warning for each of {@code targets} whose interval is too wide to be informative. */
  public static List<String> targets(List<TargetCheck> targets) {
    List<String> out = new ArrayList<>();
    for (TargetCheck t : targets) {
      Metric metric = Metrics.byKey(t.metric());
      MetricSummary s = t.result();
      if (metric != null && uninformative(s, metric.range())) {
        out.add(String.format(Locale.ROOT, "target %s: the 95 %% confidence interval of %s, [%s, %s] around %s, is too wide"
            + " to be informative; run more replications", t.name(), t.metric(), shown(s.ci95Low()), shown(s.ci95High()),
            shown(s.mean())));
      }
    }
    return out;
  }

  /**
   * Whether an interval is too wide to be informative: for a share, wider than half of [0, 1];
   * for any other metric, wider than its mean (a relative precision worse than ± 50 %).
   */
  static boolean uninformative(MetricSummary s, Metric.Range range) {
    if (Double.isNaN(s.mean()) || Double.isNaN(s.ci95Low()) || Double.isNaN(s.ci95High())) {
      return false;
    }
    double width = s.ci95High() - s.ci95Low();
    if (range.bounded()) {
      return width > MAX_SHARE_WIDTH * (range.highest() - range.lowest());
    }
    return width > MAX_RELATIVE_WIDTH * Math.abs(s.mean());
  }

  private static String shown(double v) {
    return String.format(Locale.ROOT, Math.abs(v) < 10 ? "%.3f" : "%.1f", v);
  }
}
