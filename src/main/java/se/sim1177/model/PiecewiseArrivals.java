package se.sim1177.model;

import se.sim1177.engine.Xoshiro256PlusPlus;

/**
 * A non-homogeneous Poisson process whose rate is constant within each interval of the day:
 * {@code weekRates[weekday × intervals + k] × busyness[day]}. Each arrival time comes from one unit
 * exponential ({@link ExponentialZiggurat}), spent across the intervals by inverting the cumulative
 * rate: exact, and one uniform per arrival, which keeps common random numbers in step.
 *
 * <p>A reactive process ({@link #reactive}) has a further factor per interval that is known only
 * when the interval starts (the share of residents who choose the chat then): the exponential is
 * spent up to the last interval whose factor is known, and the rest waits for {@link #resume}.
 * With every factor 1 it gives the same arrival times, bit for bit.
 */
final class PiecewiseArrivals {
  private final double[] weekRates;
  private final int intervalsPerDay;
  private final double intervalSeconds;
  private final int startWeekday;
  private final double[] busyness;
  private final int totalIntervals;
  /**
   * 0 on each simulated day, infinite on the day after the horizon. Added to the rate, it makes the
   * first interval past the horizon take any exponential at once, so the search for the next
   * arrival ends there; added to the arrival's time, it puts that arrival at infinity, as before.
   * No test of its own: one would be met first at the end of the first replication, after the JIT
   * compiled the event loop that inlines this, and throw that code away.
   */
  private final double[] pastHorizon;
  /** {@link #pastHorizon} of the interval last looked at. */
  private double beyond;
  /** Intervals the search may enter: the horizon's and, unless reactive, the one past it. */
  private int searchIntervals;
  private final Xoshiro256PlusPlus stream;

  private int interval;
  private double next;
  // The rate and end of the interval last looked at, so the common case does no division.
  private int rateInterval = -1;
  private double rate;
  private double intervalEnd;
  /** Reactive only: the factor of each interval of the caller's grid, {@code groupSize} of ours each; null otherwise. */
  private double[] factor;
  private int groupSize = 1;
  /** Reactive only: our intervals whose factor is known. */
  private int knownIntervals;
  /** Reactive only: the exponential still to spend, and where, while waiting for the next factor. */
  private boolean paused;
  private double pausedE;
  private double pausedAt;

  /**
   * @param weekRates rate per second in each weekday × interval cell, before busyness
   * @param busyness each simulated day's busyness factor, and one more (any finite value) for the
   *     day after the horizon
   */
  PiecewiseArrivals(double[] weekRates, int intervalsPerDay, int startWeekday, double[] busyness, Xoshiro256PlusPlus stream) {
    this.weekRates = weekRates;
    this.intervalsPerDay = intervalsPerDay;
    this.intervalSeconds = 86400.0 / intervalsPerDay;
    this.startWeekday = startWeekday;
    this.busyness = busyness;
    int days = busyness.length - 1;
    this.totalIntervals = days * intervalsPerDay;
    pastHorizon = new double[days + 1];
    pastHorizon[days] = Double.POSITIVE_INFINITY;
    searchIntervals = totalIntervals + 1;
    this.stream = stream;
  }

  /**
   * Makes the process reactive: its rate in each of its intervals is further multiplied by a factor
   * given at the start of the interval ({@link #intervalFactor}), for {@code outerIntervals}
   * intervals of a grid {@code groupSize} times coarser than its own.
   */
  void reactive(int outerIntervals, int groupSize) {
    factor = new double[outerIntervals];
    this.groupSize = groupSize;
    // The factor of the interval past the horizon is never given: the search stops at the horizon.
    searchIntervals = totalIntervals;
  }

  /** The factor of the caller's interval {@code outer}, known now that it starts. */
  void intervalFactor(int outer, double value) {
    factor[outer] = value;
    knownIntervals = (outer + 1) * groupSize;
  }

  /**
   * Time of the next arrival after the previous one (the first call: after time 0); infinity when
   * the horizon is over; NaN when it waits for a factor.
   */
  double advance() {
    double e = ExponentialZiggurat.standard(stream.nextDouble());
    return spend(e, next, interval);
  }

  /** After a new factor: the arrival that waited for it, or NaN when none waited (or it still waits). */
  double resume() {
    if (!paused) {
      return Double.NaN;
    }
    paused = false;
    return spend(pausedE, pausedAt, interval);
  }

  private double spend(double e, double t, int k) {
    while (k < searchIntervals) {
      if (k != rateInterval) {
        if (factor != null && k >= knownIntervals) {
          paused = true;
          pausedE = e;
          pausedAt = t;
          interval = k;
          return Double.NaN;
        }
        int day = k / intervalsPerDay;
        rate = weekRates[((startWeekday + day) % 7) * intervalsPerDay + k % intervalsPerDay] * busyness[day] + pastHorizon[day];
        if (factor != null) {
          rate *= factor[k / groupSize];
        }
        intervalEnd = (k + 1) * intervalSeconds;
        beyond = pastHorizon[day];
        rateInterval = k;
      }
      double capacity = rate * (intervalEnd - t);
      if (e <= capacity) {
        next = t + e / rate + beyond;
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
