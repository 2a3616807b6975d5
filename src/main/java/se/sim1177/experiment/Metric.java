package se.sim1177.experiment;

import java.util.function.ToDoubleFunction;

/**
 * A named result figure computed from one replication's tallies; across replications it gets a
 * mean and a confidence interval, cut to the values the figure can take.
 *
 * <p>A ratio of two counts (an answer rate, a mean wait per answered call) has a {@code
 * denominator}: across replications it is estimated as a ratio of sums, Σ numerators /
 * Σ denominators, with a delta-method interval ({@link RatioStats}), not as the mean of the
 * replications' own ratios, which is biased where counts are small (an hour at night). Other
 * figures ({@code denominator} null) are averaged.
 *
 * @param key the name used in every output file (a contract: never rename)
 * @param definition one line saying what it measures and in which unit
 * @param range the values the figure can take: every figure here is a count, a duration, hours or a
 *     share, so none is below zero, and shares (rates, service levels, occupancy) are at most one
 */
public record Metric(String key, String definition, Range range, ToDoubleFunction<TallyScope> formula,
    ToDoubleFunction<TallyScope> denominator) {
  /** Counts, durations and hours: zero or more. */
  public static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY);
  /** Shares of something: from zero to one. */
  public static final Range SHARE = new Range(0, 1);

  public Metric {
    if (range == null) {
      throw new IllegalArgumentException(key + ": a metric needs its possible range");
    }
  }

  /** A figure averaged over replications. */
  public Metric(String key, String definition, Range range, ToDoubleFunction<TallyScope> formula) {
    this(key, definition, range, formula, null);
  }

  /** A ratio {@code numerator / denominator}, estimated across replications as a ratio of sums. */
  public static Metric ratio(String key, String definition, Range range, ToDoubleFunction<TallyScope> numerator,
      ToDoubleFunction<TallyScope> denominator) {
    return new Metric(key, definition, range, numerator, denominator);
  }

  /** Whether the figure is a ratio of sums across replications. */
  public boolean isRatio() {
    return denominator != null;
  }

  /** The figure in one replication's scope: for a ratio, its own ratio (NaN with nothing to divide by). */
  public double of(TallyScope scope) {
    return denominator == null ? formula.applyAsDouble(scope)
        : TallyScope.ratio(formula.applyAsDouble(scope), denominator.applyAsDouble(scope));
  }

  /** The numerator of a ratio; for another figure, its value. */
  public double numerator(TallyScope scope) {
    return formula.applyAsDouble(scope);
  }

  /** The denominator of a ratio; 1 for another figure. */
  public double denominator(TallyScope scope) {
    return denominator == null ? 1 : denominator.applyAsDouble(scope);
  }

  /** The closed interval {@code [lowest, highest]} of values a metric can take. */
  public record Range(double lowest, double highest) {
    public Range {
      if (!(lowest < highest)) {
        throw new IllegalArgumentException("a range needs lowest < highest, got [" + lowest + ", " + highest + "]");
      }
    }

    /** Whether the range has an upper end (a share), rather than reaching to infinity. */
    public boolean bounded() {
      return highest < Double.POSITIVE_INFINITY;
    }
  }
}
