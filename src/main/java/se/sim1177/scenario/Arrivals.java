package se.sim1177.scenario;

import java.util.List;

/**
 * Demand for the phone line: first call attempts (redials come on top, from {@link Callers}).
 *
 * <p>The rate on day {@code d} in intraday interval {@code k} is {@code callsPerDay ×
 * weekdayFactors[weekday(d)] × busyness(d) × intraday[k] / Σ intraday}, spread evenly over the
 * interval: a non-homogeneous Poisson process, piecewise constant.
 *
 * @param callsPerDay mean first attempts on a day with weekday factor 1
 * @param weekdayFactors seven multipliers, Monday first, used as given
 * @param intraday 24, 48 or 96 non-negative weights giving the shape of the day
 * @param dayBusynessShape shape of the Gamma(shape, mean 1) factor drawn for each day; 0 means no
 *     day-to-day variation beyond the Poisson noise
 */
public record Arrivals(double callsPerDay, List<Double> weekdayFactors, List<Double> intraday, double dayBusynessShape) {
  /** Weekday factors when the scenario does not say: every day alike. */
  public static final List<Double> DEFAULT_WEEKDAY_FACTORS = java.util.Collections.nCopies(7, 1.0);
  /** The day's shape when the scenario does not say: flat over 24 hours. */
  public static final List<Double> DEFAULT_INTRADAY = flatIntraday(24);
  /** No day-to-day variation beyond the Poisson noise, when there is no {@code day_busyness}. */
  public static final double DEFAULT_DAY_BUSYNESS_SHAPE = 0;

  public Arrivals {
    weekdayFactors = List.copyOf(weekdayFactors);
    intraday = List.copyOf(intraday);
    FieldChecks c = new FieldChecks();
    c.require(callsPerDay >= 0 && callsPerDay <= 1e7, "calls_per_day", callsPerDay, "must be between 0 and 10000000");
    c.require(weekdayFactors.size() == 7, "weekday_factors", weekdayFactors.size() + " values",
        "must be 7 values, Monday to Sunday");
    for (int i = 0; i < weekdayFactors.size(); i++) {
      c.require(weekdayFactors.get(i) >= 0 && weekdayFactors.get(i) <= 100, "weekday_factors[" + i + "]",
          weekdayFactors.get(i), "must be between 0 and 100");
    }
    int n = intraday.size();
    c.require(n == 24 || n == 48 || n == 96, "intraday", n + " values", "must be 24, 48 or 96 weights (hours, half hours or quarters)");
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double w = intraday.get(i);
      c.require(w >= 0 && Double.isFinite(w), "intraday[" + i + "]", w, "must be zero or more");
      sum += Math.max(0, w);
    }
    c.require(n == 0 || sum > 0 || callsPerDay == 0, "intraday", "all zero", "must have at least one positive weight");
    c.require(dayBusynessShape == 0 || (dayBusynessShape >= 0.1 && dayBusynessShape <= 1e6),
        "day_busyness.shape", dayBusynessShape, "must be between 0.1 and 1000000 (or leave day_busyness out)");
    c.throwIfAny();
  }

  /** Intraday intervals per day. */
  public int intervalsPerDay() {
    return intraday.size();
  }

  /** Interval length in seconds. */
  public double intervalSeconds() {
    return 86400.0 / intraday.size();
  }

  /** A flat day: every interval the same weight. */
  public static List<Double> flatIntraday(int intervals) {
    return java.util.Collections.nCopies(intervals, 1.0);
  }
}
