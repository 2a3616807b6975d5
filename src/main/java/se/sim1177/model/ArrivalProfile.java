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
    weekRates = weekRates(arrivals.callsPerDay(), arrivals.weekdayFactors(), arrivals.intradayByDay());
  }

  /**
   * Rates per second in each weekday × interval cell for {@code perDay} contacts on a day with
   * weekday factor 1, each weekday shaped over the day by its own entry of {@code dayShapes} (seven,
   * Monday first, all with the same number of intervals).
   */
  static double[] weekRates(double perDay, List<Double> weekdayFactors, List<List<Double>> dayShapes) {
    int n = dayShapes.get(0).size();
    double seconds = 86400.0 / n;
    double[] rates = new double[7 * n];
    for (int d = 0; d < 7; d++) {
      List<Double> intraday = dayShapes.get(d);
      double weightSum = intraday.stream().mapToDouble(Double::doubleValue).sum();
      double day = perDay * weekdayFactors.get(d);
      for (int k = 0; k < n; k++) {
        rates[d * n + k] = weightSum == 0 ? 0 : day * intraday.get(k) / weightSum / seconds;
      }
    }
    return rates;
  }

  /** The rates of all cells (shared, not copied: the model is immutable). */
  double[] weekRates() {
    return weekRates;
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
