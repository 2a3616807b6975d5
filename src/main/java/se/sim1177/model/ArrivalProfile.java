package se.sim1177.model;

import java.util.List;
import se.sim1177.scenario.Arrivals;

/**
 * First-attempt arrival rates as a piecewise-constant function of time, and the exact inversion
 * that turns unit-rate exponential gaps into arrival times of the non-homogeneous Poisson process.
 */
public final class ArrivalProfile {
  private final int intervalsPerDay;
  private final double intervalSeconds;
  /** Rate per second in weekday × interval cell before the day's busyness factor. */
  private final double[] weekRates;

  ArrivalProfile(Arrivals arrivals) {
    intervalsPerDay = arrivals.intervalsPerDay();
    intervalSeconds = arrivals.intervalSeconds();
    List<Double> w = arrivals.intraday();
    double weightSum = w.stream().mapToDouble(Double::doubleValue).sum();
    weekRates = new double[7 * intervalsPerDay];
    for (int d = 0; d < 7; d++) {
      double perDay = arrivals.callsPerDay() * arrivals.weekdayFactors().get(d);
      for (int k = 0; k < intervalsPerDay; k++) {
        weekRates[d * intervalsPerDay + k] = weightSum == 0 ? 0 : perDay * w.get(k) / weightSum / intervalSeconds;
      }
    }
  }

  public int intervalsPerDay() {
    return intervalsPerDay;
  }

  public double intervalSeconds() {
    return intervalSeconds;
  }

  /** Rate per second in cell {@code weekdayOrdinal × intervalsPerDay + interval}, busyness 1. */
  public double weekRate(int cell) {
    return weekRates[cell];
  }
}
