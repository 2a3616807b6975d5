package se.sim1177.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fitted demand recovers a known truth ({@link SyntheticExport}): weekday factors, the level,
 * which weekdays share a shape and the shapes themselves, and the day-to-day busyness. Each
 * tolerance is a multiple of the estimate's standard error, stated beside it, so the test fails on
 * an error that matters and passes on noise.
 */
class DemandFitTest {
  /** A Monday from which eight weeks hold no Swedish holiday and no clock change. */
  private static final LocalDate MONDAY = LocalDate.of(2019, 8, 5);
  private static final double[] TRUE_FACTORS = normalised(SyntheticExport.FACTORS);

  private static double[] normalised(double[] f) {
    double mean = 0;
    for (double v : f) {
      mean += v / 7;
    }
    double[] n = new double[7];
    for (int w = 0; w < 7; w++) {
      n[w] = f[w] / mean;
    }
    return n;
  }

  private static CallHistory history(SyntheticExport truth, int days, long seed) throws ExportException {
    byte[] bytes = SyntheticExport.write(truth.rows(MONDAY, days, seed), SyntheticExport.Dialect.english());
    return CallHistory.of(ExportReader.parse(bytes, "h.csv", ExportSettings.defaults()), "h.csv", ExportSettings.SWEDEN, false);
  }

  /** The last four weeks of {@code days}, with the profile over all of them. */
  private static FittedDemand fit(CallHistory h, int days) throws ExportException {
    FitPeriod lastFourWeeks = new FitPeriod(MONDAY.plusDays(days - 28), MONDAY.plusDays(days - 1), "last four weeks");
    return DemandFit.of(h, lastFourWeeks, days / 7, "h.csv");
  }

  @Test
  void weekdayFactorsLevelAndShapesOfAPoissonDemand() throws Exception {
    SyntheticExport truth = new SyntheticExport();
    truth.callsPerDay = 5000;
    truth.busynessShape = 0;
    FittedDemand d = fit(history(truth, 56, 11), 56);
    // Each weekday's mean rests on 8 Poisson days: relative standard error 1/√(8·μ_w) ≈ 0.5 %. Four
    // of them (tolerance ≈ 2 %) pass on noise with probability 0.99994 each, and catch a weekday
    // taken for its neighbour (the factors differ by 5 to 25 %) with certainty.
    for (int w = 0; w < 7; w++) {
      double mu = truth.callsPerDay * SyntheticExport.FACTORS[w];
      double se = TRUE_FACTORS[w] / Math.sqrt(8 * mu);
      assertEquals(TRUE_FACTORS[w], d.weekdayFactors()[w], 4 * se, "weekday " + w);
      assertEquals(8, d.daysPerWeekday()[w]);
    }
    // The level counts unique callers (85 % of the calls in this export): 28 days of about 5,250
    // calls give a standard error of about 0.85·√(28·5250)/28 ≈ 12, and the factors' own error adds
    // about 9; 4 standard errors ≈ 60 callers (1.3 %). Offered calls instead of unique callers would
    // be 790 off.
    double trueLevel = truth.callsPerDay * 1.05 * 0.85;
    assertEquals(trueLevel, d.callsPerDay(), 60, "calls_per_day");
    assertTrue(d.fromUniqueCallers());
    // Weekends' shape differs by 5.7 % of the day's calls: on 8 weeks the χ² test's noncentrality
    // is about 100 at 23 degrees of freedom, against a threshold near 60: found with certainty.
    assertEquals(List.of(0b0011111, 0b1100000), d.shapeGroups().stream().map(ShapeGroups.Group::weekdays).toList());
    // A shape fitted to 40 days of 5,000 calls lies within about 0.5 % (total variation) of the truth;
    // 2 % fails an interval assigned to the wrong hour or the weekend's shape for the weekdays' (5.7 %).
    assertTrue(distance(d.shapeGroups().get(0).shares(), SyntheticExport.WEEKDAY_SHAPE) < 0.02, "weekday shape");
    assertTrue(distance(d.shapeGroups().get(1).shares(), SyntheticExport.WEEKEND_SHAPE) < 0.02, "weekend shape");
    assertFalse(d.busyness().overdispersed(), "Poisson days: no day_busyness (" + d.busyness() + ")");
  }

  @Test
  void oneShapeForEveryWeekdayIsNotSplitOnNoise() throws Exception {
    SyntheticExport truth = new SyntheticExport();
    truth.weekendShape = SyntheticExport.WEEKDAY_SHAPE;
    truth.intervalMinutes = 60;
    // A split needs p < 0.001/63 (Bonferroni over the 63 splits of seven days): over 20 exports the
    // chance of any false split is below 2 %.
    for (long seed = 1; seed <= 20; seed++) {
      FittedDemand d = fit(history(truth, 56, seed), 56);
      assertEquals(1, d.shapeGroups().size(), "seed " + seed + ": " + d.shapes().reasons());
      assertEquals(0x7F, d.shapeGroups().get(0).weekdays());
    }
  }

  @Test
  void dayBusynessIsRecoveredWithinItsStandardError() throws Exception {
    SyntheticExport truth = new SyntheticExport();
    truth.intervalMinutes = 60;
    truth.busynessShape = 25;
    int days = 26 * 7;
    FittedDemand d = fit(history(truth, days, 5), days);
    BusynessFit b = d.busyness();
    assertTrue(b.overdispersed(), b.toString());
    // c = 1/shape = 0.04. Its moment estimator's terms have a standard deviation of about 1.5·c for a
    // gamma factor, so over 182 days the standard error is about 0.11·c; the test asks the estimate
    // within 3 reported standard errors (fails c off by a third: forgetting the Poisson part, or using
    // the variance of the counts instead of their squared coefficient of variation, is off by far more).
    assertEquals(1.0 / 25, b.excess(), 3 * b.excessStandardError(), b.toString());
    assertTrue(b.excessStandardError() > 0.05 / 25 && b.excessStandardError() < 0.25 / 25, "standard error " + b);
    // 26 weeks less the seven holidays from alla helgons dag to trettondedag jul.
    assertEquals(182 - 7, b.days());
  }

  @Test
  void aPeriodWithoutEveryWeekdayIsRefusedWithWhatToDo() throws Exception {
    CallHistory h = history(new SyntheticExport(), 5, 3);
    ExportException e = org.junit.jupiter.api.Assertions.assertThrows(ExportException.class,
        () -> DemandFit.of(h, new FitPeriod(MONDAY, MONDAY.plusDays(4), "week"), 1, "h.csv"));
    assertEquals("h.csv: the 1 weeks up to 2019-08-09 have no usable sat, sun (each weekday needs at least one complete, ordinary"
        + " day to fit the weekday factors); choose a longer period with --period, e.g. a whole month", e.getMessage());
  }

  /** Total variation distance between a fitted shape (shares) and a true one (weights per hour, spread evenly). */
  private static double distance(double[] shares, double[] hourlyWeights) {
    double sum = 0;
    for (double v : hourlyWeights) {
      sum += v;
    }
    int perHour = shares.length / 24;
    double d = 0;
    for (int h = 0; h < 24; h++) {
      double fitted = 0;
      for (int k = 0; k < perHour; k++) {
        fitted += shares[h * perHour + k];
      }
      d += Math.abs(fitted - hourlyWeights[h] / sum);
    }
    return d / 2;
  }
}
