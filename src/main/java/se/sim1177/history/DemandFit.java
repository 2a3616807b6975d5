package se.sim1177.history;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the scenario's demand (calls per day, weekday factors, the shape of the day per group of
 * weekdays, the day-to-day busyness) and handle time to an export, as workforce planners forecast:
 * the profile (weekday factors, the day's shapes, the busyness) from a window of several weeks
 * ending with the period, where a month alone gives each weekday only four or five days; the level
 * ({@code calls_per_day}) from the period itself, so that the scenario reproduces the period's
 * volume: Σ calls / Σ weekday factor over the period's used days.
 */
public final class DemandFit {
  private DemandFit() {}

  /**
   * Fits {@code period} of {@code history}.
   *
   * @throws ExportException when the period lacks a weekday or has no used day
   */
  public static FittedDemand of(CallHistory history, FitPeriod period, int profileWeeks, String source) throws ExportException {
    java.time.LocalDate windowStart = period.to().minusDays(7L * profileWeeks - 1);
    FitPeriod window = windowStart.isBefore(period.from()) ? new FitPeriod(windowStart, period.to(), windowStart + ".." + period.to())
        : period;
    boolean unique = history.has(ExportField.UNIQUE_CALLERS);
    int n = history.intervalsPerDay();
    double[] sum = new double[7];
    int[] count = new int[7];
    List<Double> dayCalls = new ArrayList<>();
    List<Integer> dayWeekdays = new ArrayList<>();
    List<double[]> shapeDays = new ArrayList<>();
    List<Integer> shapeWeekdays = new ArrayList<>();
    double handle = 0;
    double answered = 0;
    for (HistoryDay d : history.days()) {
      if (!window.contains(d.date()) || !d.used()) {
        continue;
      }
      long[] demand = unique ? d.uniqueCallers() : d.offered();
      double calls = d.total(demand);
      int w = d.weekdayIndex();
      sum[w] += calls;
      count[w]++;
      dayCalls.add(calls);
      dayWeekdays.add(w);
      if (d.shapesTheDay()) {
        double[] perInterval = new double[n];
        for (int k = 0; k < n; k++) {
          perInterval[k] = demand[k];
        }
        shapeDays.add(perInterval);
        shapeWeekdays.add(w);
      }
      if (history.has(ExportField.HANDLE_TIME)) {
        handle += d.total(d.handleSeconds());
        answered += d.total(d.answered());
      }
    }
    List<String> missing = new ArrayList<>();
    for (int w = 0; w < 7; w++) {
      if (count[w] == 0) {
        missing.add(se.sim1177.scenario.Weekday.values()[w].key());
      }
    }
    if (!missing.isEmpty()) {
      throw new ExportException(source + ": the " + profileWeeks + " weeks up to " + period.to() + " have no usable "
          + String.join(", ", missing)
          + " (each weekday needs at least one complete, ordinary day to fit the weekday factors); choose a longer period with"
          + " --period, e.g. a whole month");
    }
    double[] means = new double[7];
    double meanOfMeans = 0;
    for (int w = 0; w < 7; w++) {
      means[w] = sum[w] / count[w];
      meanOfMeans += means[w] / 7;
    }
    if (meanOfMeans <= 0) {
      throw new ExportException(source + ": the period " + period.label() + " has no calls offered; choose another with --period");
    }
    double[] factors = new double[7];
    for (int w = 0; w < 7; w++) {
      factors[w] = means[w] / meanOfMeans;
    }
    double periodCalls = 0;
    double periodFactors = 0;
    for (HistoryDay d : history.days()) {
      if (period.contains(d.date()) && d.used()) {
        periodCalls += d.total(unique ? d.uniqueCallers() : d.offered());
        periodFactors += factors[d.weekdayIndex()];
      }
    }
    if (periodFactors == 0) {
      throw new ExportException(source + ": the period " + period.label() + " has no ordinary complete day; choose another with --period");
    }
    double level = periodCalls / periodFactors;
    ShapeGroups.Result shapes = ShapeGroups.of(shapeDays, shapeWeekdays.stream().mapToInt(Integer::intValue).toArray(), n);
    if (shapes.groups().isEmpty()) {
      throw new ExportException(source + ": the period " + period.label() + " has no complete 24-hour day to shape the day;"
          + " choose another with --period");
    }
    BusynessFit busyness = BusynessFit.of(dayCalls, dayWeekdays.stream().mapToInt(Integer::intValue).toArray());
    double handleSeconds = answered > 0 ? handle / answered : Double.NaN;
    return new FittedDemand(period, window, level, unique, factors, count, shapes, busyness, handleSeconds, history.intervalMinutes());
  }
}
