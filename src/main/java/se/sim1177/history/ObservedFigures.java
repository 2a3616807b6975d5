package se.sim1177.history;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The figures a region reports, measured in an export per calendar month and for the period the
 * model is calibrated on, under the names the simulator's {@code summary.json} gives the same
 * figures: {@code offered_calls_per_day}, {@code unique_callers_per_day}, {@code answer_rate},
 * {@code abandon_rate}, {@code service_level} and {@code mean_wait_answered_s}.
 *
 * <p>A rate is the period's ratio of totals (answered calls / offered calls), as the region's own
 * monthly follow-up computes it. Its standard error comes from the day-to-day variation, by the
 * ratio estimator's formula: √(Σ(y_d − R·x_d)² / (n(n−1))) / x̄ — so a month whose days differ much
 * pins its figure down less, and {@code calibrate} weighs it less.
 */
public final class ObservedFigures {
  private ObservedFigures() {}

  /** Each calendar month the export touches, in order. */
  public static List<ObservedPeriod> byMonth(CallHistory history) {
    List<ObservedPeriod> months = new ArrayList<>();
    List<HistoryDay> days = history.days();
    YearMonth m = YearMonth.from(days.get(0).date());
    YearMonth last = YearMonth.from(days.get(days.size() - 1).date());
    for (; !m.isAfter(last); m = m.plusMonths(1)) {
      ObservedPeriod p = of(history, FitPeriod.month(m));
      if (p.daysUsed() > 0 || !p.leftOut().isEmpty()) {
        months.add(p);
      }
    }
    return months;
  }

  /** The figures over {@code period}'s used days. */
  public static ObservedPeriod of(CallHistory history, FitPeriod period) {
    List<HistoryDay> used = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    for (HistoryDay d : history.days()) {
      if (!period.contains(d.date())) {
        continue;
      }
      if (d.used()) {
        used.add(d);
      } else {
        leftOut.add(d.date() + ": " + (d.leftOut() != null ? d.leftOut() : d.holiday()));
      }
    }
    List<ObservedFigure> figures = new ArrayList<>();
    if (!used.isEmpty()) {
      figures.add(perDay("offered_calls_per_day", used, d -> d.total(d.offered())));
      if (history.has(ExportField.UNIQUE_CALLERS)) {
        figures.add(perDay("unique_callers_per_day", used, d -> d.total(d.uniqueCallers())));
      }
      ToDoubleFunction<HistoryDay> offered = d -> d.total(d.offered());
      ToDoubleFunction<HistoryDay> answered = d -> d.total(d.answered());
      if (history.has(ExportField.ANSWERED)) {
        figures.add(ratio("answer_rate", used, answered, offered));
      }
      if (history.has(ExportField.ABANDONED)) {
        figures.add(ratio("abandon_rate", used, d -> d.total(d.abandoned()), offered));
      }
      if (history.has(ExportField.ANSWERED_WITHIN)) {
        figures.add(ratio("service_level", used, d -> d.total(d.answeredWithin()), offered));
      }
      if (history.has(ExportField.WAIT_TOTAL) && history.has(ExportField.ANSWERED)) {
        figures.add(ratio("mean_wait_answered_s", used, d -> d.total(d.waitSeconds()), answered));
      }
    }
    return new ObservedPeriod(period.label(), period.from(), period.to(), used.size(), leftOut, figures);
  }

  private static ObservedFigure perDay(String metric, List<HistoryDay> days, ToDoubleFunction<HistoryDay> f) {
    int n = days.size();
    double mean = days.stream().mapToDouble(f).average().orElse(0);
    double ss = days.stream().mapToDouble(d -> (f.applyAsDouble(d) - mean) * (f.applyAsDouble(d) - mean)).sum();
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
    return new ObservedFigure(metric, mean, sd, n > 1 ? sd / Math.sqrt(n) : Double.NaN, n);
  }

  /** Σy / Σx over the days, with the ratio estimator's standard error and the spread of the days' own ratios. */
  private static ObservedFigure ratio(String metric, List<HistoryDay> days, ToDoubleFunction<HistoryDay> y,
      ToDoubleFunction<HistoryDay> x) {
    double sy = 0;
    double sx = 0;
    for (HistoryDay d : days) {
      sy += y.applyAsDouble(d);
      sx += x.applyAsDouble(d);
    }
    int n = days.size();
    double r = sx > 0 ? sy / sx : Double.NaN;
    double residuals = 0;
    List<Double> dayRatios = new ArrayList<>();
    for (HistoryDay d : days) {
      double e = y.applyAsDouble(d) - r * x.applyAsDouble(d);
      residuals += e * e;
      if (x.applyAsDouble(d) > 0) {
        dayRatios.add(y.applyAsDouble(d) / x.applyAsDouble(d));
      }
    }
    double se = n > 1 && sx > 0 ? Math.sqrt(residuals / ((double) n * (n - 1))) / (sx / n) : Double.NaN;
    double mean = dayRatios.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double ss = dayRatios.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    double sd = dayRatios.size() > 1 ? Math.sqrt(ss / (dayRatios.size() - 1)) : Double.NaN;
    return new ObservedFigure(metric, r, sd, se, n);
  }
}
