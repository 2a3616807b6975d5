package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.sim1177.TestSeeds;
import se.sim1177.engine.StreamFamily;
import se.sim1177.experiment.ChiSquarePower;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * First attempts per weekday × interval with {@code arrivals.intraday_by_weekday}: each weekday
 * follows its own shape of the day, Monday its morning-heavy one, Saturday and Sunday their later,
 * flatter one, Tuesday to Friday the common {@code intraday}, at 24, 48 and 96 intervals a day
 * (hourly weights interpolated as in {@link ArrivalsPerIntervalTest}). The weekend's weights sum to
 * about half the common shape's, so a shape divided by the wrong sum would change the weekend's
 * calls. Weekday factors 1.25 to 0.8, no day busyness, 28 days from a Wednesday, every attempt
 * blocked at once (no nurses, no room to wait, no redials). Two χ² tests, each at the 0.1 % level:
 *
 * <ol>
 *   <li><b>Each weekday's shape.</b> Given weekday w's total T<sub>w</sub>, its cells are
 *       multinomial(T<sub>w</sub>, p<sub>w,k</sub>) with p<sub>w</sub> that weekday's own shape, so
 *       Σ (O − T<sub>w</sub> p<sub>w,k</sub>)² / T<sub>w</sub> p<sub>w,k</sub> is χ² on 7 (intervals −
 *       1) df. <i>Power</i>, computed from the counts simulated and asserted at least 0.8 for each of
 *       the mistakes this key invites: (a) the common shape on every day (the key ignored), (b) the
 *       shapes handed out one weekday late or (c) one weekday early (a Monday-first / Sunday-first or
 *       start-weekday slip). With 1,000 calls a day over 10 × 28 days (about 272,000 calls) the
 *       smallest of the three λ, always (a)'s, is about 5,200, 4,800 and 4,900 at 24, 48 and 96
 *       intervals against the 83, 113 and 156 that power 0.8 needs: power 1.000; the shapes would
 *       still be told apart at a thirtieth of the calls.
 *   <li><b>Weekday totals.</b> Without day busyness a weekday's total over its n<sub>w</sub> days
 *       is Poisson with mean n<sub>w</sub> × calls per day × weekday factor, whatever its shape;
 *       the squared z-scores sum to χ² on 7 df. <i>Power</i> against (d) each weekday's shape divided
 *       by the common shape's sum instead of its own (Monday's calls × 1.14, the weekend's × 0.48):
 *       λ about 18,600 against the 27 that power 0.8 needs. This also holds the calls per day and
 *       the weekday factors to their values, without a power claim for small errors (that is
 *       {@link ArrivalsPerIntervalTest}'s and the Erlang tests' part).
 * </ol>
 */
@Tag(TestSeeds.TAG)
class ArrivalsPerWeekdayShapeTest {
  private static final double ALPHA = 0.001;
  private static final int REPLICATIONS = 10;
  private static final int DAYS = 28;
  private static final double CALLS_PER_DAY = 1000;
  private static final double[] WEEKDAY_FACTORS = {1.25, 1.0, 0.95, 0.95, 1.0, 0.8, 0.85};
  /** Tuesday to Friday: the common shape ({@code intraday}). */
  private static final double[] COMMON = {0.9, 0.6, 0.45, 0.4, 0.4, 0.6, 1.4, 3.2, 6.5, 7.2, 6.8, 6.2,
      5.6, 5.6, 5.4, 5.2, 5.6, 6.0, 6.2, 6.0, 5.4, 4.4, 3.0, 1.8};
  /** Monday: the common shape with the morning 08-12 half again as busy. */
  private static final double[] MONDAY = {0.9, 0.6, 0.45, 0.4, 0.4, 0.6, 1.4, 3.2, 9.75, 10.8, 10.2, 9.3,
      5.6, 5.6, 5.4, 5.2, 5.6, 6.0, 6.2, 6.0, 5.4, 4.4, 3.0, 1.8};
  /** Saturday and Sunday: a later, flatter day, the weights summing to about half the common shape's. */
  private static final double[] WEEKEND = {0.6, 0.45, 0.35, 0.3, 0.3, 0.3, 0.4, 0.8, 1.8, 2.8, 3.2, 3.2,
      3.0, 2.9, 2.8, 2.8, 2.9, 3.0, 3.1, 3.0, 2.8, 2.4, 1.6, 1.0};

  /** Hourly weights at {@code intervals} per day: linear between the hours' midpoints, around midnight. */
  private static double[] profile(double[] hours, int intervals) {
    double[] w = new double[intervals];
    for (int k = 0; k < intervals; k++) {
      double hour = 24.0 * (k + 0.5) / intervals - 0.5;
      int below = (int) Math.floor(hour);
      double f = hour - below;
      w[k] = (1 - f) * hours[Math.floorMod(below, 24)] + f * hours[Math.floorMod(below + 1, 24)];
    }
    return w;
  }

  /** The weights as written in the scenario (six decimals) and, into {@code p}, their shares. */
  private static String written(double[] hours, int intervals, double[] p) {
    List<String> out = new ArrayList<>();
    double sum = 0;
    for (double v : profile(hours, intervals)) {
      String s = String.format(Locale.ROOT, "%.6f", v);
      out.add(s);
      sum += Double.parseDouble(s);
    }
    for (int k = 0; k < intervals; k++) {
      p[k] = Double.parseDouble(out.get(k)) / sum;
    }
    return "[" + String.join(", ", out) + "]";
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }

  @ParameterizedTest(name = "{0} intervals a day")
  @ValueSource(ints = {24, 48, 96})
  void eachWeekdayFollowsItsOwnShape(int intervals) throws Exception {
    double[] common = new double[intervals];
    double[] monday = new double[intervals];
    double[] weekend = new double[intervals];
    List<String> factors = new ArrayList<>();
    for (double f : WEEKDAY_FACTORS) {
      factors.add(Double.toString(f));
    }
    String text = String.join("\n",
        "name: shapes by weekday",
        "simulation: {days: " + DAYS + ", warmup_days: 0, start_weekday: wed}",
        "arrivals:",
        "  calls_per_day: " + CALLS_PER_DAY,
        "  weekday_factors: [" + String.join(", ", factors) + "]",
        "  intraday: " + written(COMMON, intervals, common),
        "  intraday_by_weekday:",
        "    mon: " + written(MONDAY, intervals, monday),
        "    sat-sun: " + written(WEEKEND, intervals, weekend),
        "callers: {patience: {distribution: exponential, mean: 10m}}",
        "queue: {max_waiting: 0}",
        "handling: {talk_time: {distribution: fixed, value: 5m}}",
        "staff: {groups: [{name: none, shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: 0}]}]}",
        "");
    Scenario s = ScenarioReader.parse(text, "shapes.yaml", "shapes", List.of());
    double[][] p = {monday, common, common, common, common, weekend, weekend};
    CallCentreModel model = new CallCentreModel(s);
    StreamFamily streams = new StreamFamily(TestSeeds.seed("ArrivalsPerWeekdayShapeTest", 1900 + intervals));
    double[][] observed = new double[7][intervals];
    for (int r = 0; r < REPLICATIONS; r++) {
      ReplicationResult result = new Replication(model, streams, r).run();
      assertEquals(result.total(Tally.FIRST_ATTEMPTS), result.total(Tally.OFFERED), 0.0, "no redials");
      for (int cell = 0; cell < 7 * intervals; cell++) {
        observed[cell / intervals][cell % intervals] += result.cell(cell, Tally.FIRST_ATTEMPTS);
      }
    }
    eachWeekdaysShape(intervals, observed, p, common);
    weekdayTotals(intervals, observed, s);
  }

  private static void eachWeekdaysShape(int intervals, double[][] observed, double[][] p, double[] common) {
    int cells = 7 * intervals;
    double[] o = new double[cells];
    double[] e = new double[cells];
    double[] oneShape = new double[cells];
    double[] late = new double[cells];
    double[] early = new double[cells];
    for (int wd = 0; wd < 7; wd++) {
      double total = sum(observed[wd]);
      for (int k = 0; k < intervals; k++) {
        int c = wd * intervals + k;
        o[c] = observed[wd][k];
        e[c] = total * p[wd][k];
        oneShape[c] = total * common[k];
        late[c] = total * p[(wd + 6) % 7][k];
        early[c] = total * p[(wd + 1) % 7][k];
      }
    }
    int df = 7 * (intervals - 1);
    double chi2 = ChiSquarePower.statistic(o, e);
    double critical = ChiSquarePower.critical(df, ALPHA);
    double[] lambda = {ChiSquarePower.noncentrality(e, oneShape), ChiSquarePower.noncentrality(e, late),
        ChiSquarePower.noncentrality(e, early)};
    double smallest = Arrays.stream(lambda).min().orElseThrow();
    double power = ChiSquarePower.power(df, smallest, critical);
    String what = String.format(Locale.ROOT, "%d intervals: each weekday's shape χ² %.1f on %d df, critical %.1f (0.1 %%);"
        + " λ against one shape for all %.0f, shapes a weekday late %.0f, a weekday early %.0f; power at the smallest %.4f"
        + " (power 0.8 from λ %.0f)", intervals, chi2, df, critical, lambda[0], lambda[1], lambda[2], power,
        ChiSquarePower.noncentralityFor(df, critical, 0.8));
    System.out.println(what);
    assertTrue(chi2 < critical, what);
    assertTrue(power >= 0.8, "too few calls to tell the shapes apart: " + what);
  }

  private static void weekdayTotals(int intervals, double[][] observed, Scenario s) {
    // 28 days from a Wednesday: four of each weekday.
    int[] days = new int[7];
    for (int d = 0; d < DAYS; d++) {
      days[(2 + d) % 7]++;
    }
    // The shares a shape divided by the common shape's sum would give each weekday's calls.
    double commonSum = sum(s.arrivals().intraday().stream().mapToDouble(Double::doubleValue).toArray());
    double chi2 = 0;
    double lambda = 0;
    double[] z = new double[7];
    for (int wd = 0; wd < 7; wd++) {
      double n = (double) REPLICATIONS * days[wd];
      double mean = n * CALLS_PER_DAY * WEEKDAY_FACTORS[wd];
      z[wd] = (sum(observed[wd]) - mean) / Math.sqrt(mean);
      chi2 += z[wd] * z[wd];
      double ownSum = s.arrivals().intradayByDay().get(wd).stream().mapToDouble(Double::doubleValue).sum();
      double wrongSum = mean * ownSum / commonSum;
      lambda += (wrongSum - mean) * (wrongSum - mean) / mean;
    }
    double critical = ChiSquarePower.critical(7, ALPHA);
    double power = ChiSquarePower.power(7, lambda, critical);
    String what = String.format(Locale.ROOT, "%d intervals: weekday totals χ² %.2f on 7 df, critical %.2f (0.1 %%), z per weekday %s;"
        + " power against shapes divided by the common shape's sum %.4f (λ %.0f; power 0.8 from λ %.0f)", intervals, chi2, critical,
        Arrays.toString(z), power, lambda, ChiSquarePower.noncentralityFor(7, critical, 0.8));
    System.out.println(what);
    assertTrue(chi2 < critical, what);
    assertTrue(power >= 0.8, what);
  }
}
