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
    List<double[]> influences = new ArrayList<>();
    if (!used.isEmpty()) {
      add(figures, influences, perDay("offered_calls_per_day", used, d -> d.total(d.offered())), used, d -> d.total(d.offered()), null);
      if (history.has(ExportField.UNIQUE_CALLERS)) {
        add(figures, influences, perDay("unique_callers_per_day", used, d -> d.total(d.uniqueCallers())), used,
            d -> d.total(d.uniqueCallers()), null);
      }
      ToDoubleFunction<HistoryDay> offered = d -> d.total(d.offered());
      ToDoubleFunction<HistoryDay> answered = d -> d.total(d.answered());
      if (history.has(ExportField.ANSWERED)) {
        add(figures, influences, ratio("answer_rate", used, answered, offered), used, answered, offered);
      }
      if (history.has(ExportField.ABANDONED)) {
        ToDoubleFunction<HistoryDay> abandoned = d -> d.total(d.abandoned());
        add(figures, influences, ratio("abandon_rate", used, abandoned, offered), used, abandoned, offered);
      }
      if (history.has(ExportField.ANSWERED_WITHIN)) {
        ToDoubleFunction<HistoryDay> within = d -> d.total(d.answeredWithin());
        add(figures, influences, ratio("service_level", used, within, offered), used, within, offered);
      }
      if (history.has(ExportField.WAIT_TOTAL) && history.has(ExportField.ANSWERED)) {
        ToDoubleFunction<HistoryDay> wait = d -> d.total(d.waitSeconds());
        add(figures, influences, ratio("mean_wait_answered_s", used, wait, answered), used, wait, answered);
      }
    }
    return new ObservedPeriod(period.label(), period.from(), period.to(), used.size(), leftOut, figures, correlation(influences));
  }

  /**
   * Adds {@code f} and each day's influence on it: for a mean per day, the day's deviation from the
   * mean; for a ratio Σy/Σx, (y_d − R·x_d)/x̄. The covariance of two figures' estimates is then
   * Σ e·e' / (n(n−1)): the same days move the answer rate, the abandon rate and the mean wait together.
   */
  private static void add(List<ObservedFigure> figures, List<double[]> influences, ObservedFigure f, List<HistoryDay> days,
      ToDoubleFunction<HistoryDay> y, ToDoubleFunction<HistoryDay> x) {
    figures.add(f);
    int n = days.size();
    double[] e = new double[n];
    double meanX = 0;
    for (HistoryDay d : days) {
      meanX += x == null ? 0 : x.applyAsDouble(d) / n;
    }
    for (int i = 0; i < n; i++) {
      HistoryDay d = days.get(i);
      e[i] = x == null ? y.applyAsDouble(d) - f.value() : meanX > 0 ? (y.applyAsDouble(d) - f.value() * x.applyAsDouble(d)) / meanX : 0;
    }
    influences.add(e);
  }

  /** The correlation of the figures' estimates from their days' influences; the identity with fewer than two days. */
  private static double[][] correlation(List<double[]> influences) {
    int m = influences.size();
    double[][] c = new double[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < influences.get(a).length; i++) {
          ab += influences.get(a)[i] * influences.get(b)[i];
          aa += influences.get(a)[i] * influences.get(a)[i];
          bb += influences.get(b)[i] * influences.get(b)[i];
        }
        c[a][b] = a == b ? 1 : aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
      }
    }
    return c;
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
