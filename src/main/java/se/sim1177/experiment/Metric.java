package se.sim1177.experiment;

import java.util.function.ToDoubleFunction;

/**
 * A named result figure computed from one replication's tallies; across replications it gets a
 * mean and a confidence interval, cut to the values the figure can take.
 *
 * @param key the name used in every output file (a contract: never rename)
 * @param definition one line saying what it measures and in which unit
 * @param range the values the figure can take: every figure here is a count, a duration, hours or a
 *     share, so none is below zero, and shares (rates, service levels, occupancy) are at most one
 */
public record Metric(String key, String definition, Range range, ToDoubleFunction<TallyScope> formula) {
  /** Counts, durations and hours: zero or more. */
  public static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY);
  /** Shares of something: from zero to one. */
  public static final Range SHARE = new Range(0, 1);

  public Metric {
    if (range == null) {
      throw new IllegalArgumentException(key + ": a metric needs its possible range");
    }
  }

  public double of(TallyScope scope) {
    return formula.applyAsDouble(scope);
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
