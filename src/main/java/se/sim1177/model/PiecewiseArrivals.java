package se.sim1177.model;

import se.sim1177.engine.Xoshiro256PlusPlus;

/**
 * A non-homogeneous Poisson process whose rate is constant within each interval of the day:
 * {@code weekRates[weekday × intervals + k] × busyness[day]}. Each arrival time comes from one unit
 * exponential ({@link ExponentialZiggurat}), spent across the intervals by inverting the cumulative
 * rate: exact, and one uniform per arrival, which keeps common random numbers in step.
 */
final class PiecewiseArrivals {
  private final double[] weekRates;
  private final int intervalsPerDay;
  private final double intervalSeconds;
  private final int startWeekday;
  private final double[] busyness;
  private final int totalIntervals;
  private final Xoshiro256PlusPlus stream;

  private int interval;
  private double next;
  // The rate and end of the interval last looked at, so the common case does no division.
  private int rateInterval = -1;
  private double rate;
  private double intervalEnd;

  /**
   * @param weekRates rate per second in each weekday × interval cell, before busyness
   * @param busyness each simulated day's busyness factor
   */
  PiecewiseArrivals(double[] weekRates, int intervalsPerDay, int startWeekday, double[] busyness, Xoshiro256PlusPlus stream) {
    this.weekRates = weekRates;
    this.intervalsPerDay = intervalsPerDay;
    this.intervalSeconds = 86400.0 / intervalsPerDay;
    this.startWeekday = startWeekday;
    this.busyness = busyness;
    this.totalIntervals = busyness.length * intervalsPerDay;
    this.stream = stream;
  }

  /** Time of the next arrival after the previous one (the first call: after time 0); infinity when the horizon is over. */
  double advance() {
    double e = ExponentialZiggurat.standard(stream.nextDouble());
    double t = next;
    int k = interval;
    while (k < totalIntervals) {
      if (k != rateInterval) {
        int day = k / intervalsPerDay;
        rate = weekRates[((startWeekday + day) % 7) * intervalsPerDay + k % intervalsPerDay] * busyness[day];
        intervalEnd = (k + 1) * intervalSeconds;
        rateInterval = k;
      }
      double capacity = rate * (intervalEnd - t);
      if (e <= capacity) {
        next = t + e / rate;
        interval = k;
        return next;
      }
      e -= capacity;
      t = intervalEnd;
      k++;
    }
    interval = totalIntervals;
    next = Double.POSITIVE_INFINITY;
    return next;
  }
}
