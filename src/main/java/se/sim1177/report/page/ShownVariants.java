package se.sim1177.report.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import se.sim1177.experiment.ExperimentSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PeriodRisk;

/**
 * Which variants a sweep's {@code report.html} lists in its table. A sweep of a few dozen lists
 * them all; a larger one lists {@link #MAX_ROWS}, spread evenly through the sweep (its first and
 * last among them) and with the best and the worst variant, because a table of thousands of rows
 * is read by nobody and made the page tens of megabytes. {@code sweep.csv} and the charts keep
 * every variant.
 *
 * <p>The best variant is the one most likely to meet every target in a period, then the one with
 * the highest answer rate (the answer rate alone when the scenario sets no targets); the worst is
 * the other end. Ties go to the variant that comes first in the sweep.
 *
 * @param indexes the variants shown, by their place in the sweep, in sweep order
 * @param best the best variant's place in the sweep
 * @param worst the worst variant's place in the sweep
 */
record ShownVariants(List<Integer> indexes, int best, int worst) {
  /** Most rows the table lists. */
  static final int MAX_ROWS = 50;

  ShownVariants {
    indexes = List.copyOf(indexes);
  }

  /** The variants to list of {@code summaries}, given in sweep order. */
  static ShownVariants of(List<ExperimentSummary> summaries) {
    int n = summaries.size();
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    // Stable sort: among variants that rank alike, the first in the sweep comes first.
    Comparator<Integer> better = Comparator.comparingDouble((Integer i) -> -allTargets(summaries.get(i)))
        .thenComparingDouble(i -> -answerRate(summaries.get(i)));
    int best = all.stream().sorted(better).findFirst().orElse(0);
    int worst = all.stream().sorted(better.reversed()).findFirst().orElse(0);
    if (n <= MAX_ROWS) {
      return new ShownVariants(all, best, worst);
    }
    // As many evenly spread as leave room for the best and the worst where they are not among them.
    for (int spread = MAX_ROWS; ; spread--) {
      TreeSet<Integer> shown = new TreeSet<>(List.of(best, worst));
      for (int k = 0; k < spread; k++) {
        shown.add((int) Math.round((double) k * (n - 1) / (spread - 1)));
      }
      if (shown.size() <= MAX_ROWS) {
        return new ShownVariants(new ArrayList<>(shown), best, worst);
      }
    }
  }

  /** Whether some variants are left out of the table. */
  boolean leavesOut(int variants) {
    return indexes.size() < variants;
  }

  /** The probability that a period meets every target, or 0 without targets (all variants alike). */
  private static double allTargets(ExperimentSummary s) {
    PeriodRisk.TargetRisk all = s.risk().all();
    return all == null ? 0 : all.probability();
  }

  /** The answer rate, the lowest possible where it is undefined (no calls). */
  private static double answerRate(ExperimentSummary s) {
    double rate = s.metric(Metrics.ANSWER_RATE.key()).mean();
    return Double.isNaN(rate) ? Double.NEGATIVE_INFINITY : rate;
  }
}
