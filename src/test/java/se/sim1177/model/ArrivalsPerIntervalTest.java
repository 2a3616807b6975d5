package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
 * First attempts per weekday × interval (168, 336 or 672 cells) against the scenario as written:
 * calls per day × weekday factor × intraday weight / Σ weights × the day busyness's mean (1), on a
 * profile that is far from flat (the Värmland hours of {@code scenarios/08}, interpolated to half
 * and quarter hours) with weekday factors from 0.95 to 1.25 and Gamma day busyness of shape 25, the
 * run starting on a Wednesday. Every attempt is blocked at once (no nurses, no room to wait, no
 * redials), so an arrival costs one event. Two χ² tests, each at the 0.1 % level:
 *
 * <ol>
 *   <li><b>Shape of the day.</b> Given the day's busyness, a day's intervals receive Poisson counts
 *       in proportion to their weights; given each weekday's total T<sub>w</sub> (summed over its
 *       days and the replications), its cells are multinomial(T<sub>w</sub>, p<sub>k</sub>) whatever
 *       the busyness, so Pearson's statistic Σ (O − T<sub>w</sub> p<sub>k</sub>)² / T<sub>w</sub>
 *       p<sub>k</sub> is χ² with 7 (intervals − 1) degrees of freedom. <i>Power</i> against the
 *       profile shifted by one interval (either way): non-centrality λ = Σ<sub>w</sub> T<sub>w</sub>
 *       Σ<sub>k</sub> (p<sub>k∓1</sub> − p<sub>k</sub>)² / p<sub>k</sub>, computed for the counts
 *       simulated; the test asserts power at least 0.8 ({@link ChiSquarePower}). With 1,000 calls a
 *       day over 10 × 28 days (about 290,000 calls) λ is about 19,500, 4,800 and 1,280 at 24, 48
 *       and 96 intervals, against the 83, 113 and 156 that power 0.8 needs: power 1.000; even the
 *       quarter-hour profile, whose steps are the smallest, would be seen at an eighth of the calls.
 *   <li><b>Weekday totals.</b> A day's count is Poisson with a Gamma(shape, mean 1) rate factor:
 *       mean m = calls per day × weekday factor, variance m + m²/shape. Each weekday's total over
 *       its n<sub>w</sub> days is compared with its mean in units of its standard deviation; the sum
 *       of squares is χ² with 7 degrees of freedom (the totals are in the hundred-thousands: normal).
 *       <i>Power</i> against the weekday factors shifted by one day: λ from the same formula, at
 *       least 0.8 asserted: λ is about 82 against the 27 that power 0.8 needs (each weekday total's
 *       SD is 3.2 % of it, mostly the busyness's; the shift moves most of them by 5 to 20 %). This
 *       also holds the busyness to mean 1 and the calls per day to their value, without a power
 *       claim for small errors (a 2 % error in calls per day is seen with power below 0.05 here; the
 *       Erlang tests see the rate far more sharply).
 * </ol>
 */
@Tag(TestSeeds.TAG)
class ArrivalsPerIntervalTest {
  private static final double ALPHA = 0.001;
  private static final int REPLICATIONS = 10;
  private static final int DAYS = 28;
  private static final double CALLS_PER_DAY = 1000;
  private static final double SHAPE = 25;
  private static final double[] WEEKDAY = {1.25, 1.0, 0.95, 0.95, 1.0, 1.05, 1.15};
  private static final double[] HOURS = {0.9, 0.6, 0.45, 0.4, 0.4, 0.6, 1.4, 3.2, 6.5, 7.2, 6.8, 6.2,
      5.6, 5.6, 5.4, 5.2, 5.6, 6.0, 6.2, 6.0, 5.4, 4.4, 3.0, 1.8};

  /** The hourly weights at {@code intervals} per day: linear between the hours' midpoints, around midnight. */
  static double[] profile(int intervals) {
    double[] w = new double[intervals];
    for (int k = 0; k < intervals; k++) {
      double hour = 24.0 * (k + 0.5) / intervals - 0.5;
      int below = (int) Math.floor(hour);
      double f = hour - below;
      w[k] = (1 - f) * HOURS[Math.floorMod(below, 24)] + f * HOURS[Math.floorMod(below + 1, 24)];
    }
    return w;
  }

  @ParameterizedTest(name = "{0} intervals a day")
  @ValueSource(ints = {24, 48, 96})
  void firstAttemptsFollowTheWeekAsWritten(int intervals) throws Exception {
    double[] w = profile(intervals);
    List<String> weights = new ArrayList<>();
    double weightSum = 0;
    for (double v : w) {
      weights.add(String.format(Locale.ROOT, "%.6f", v));
      weightSum += Double.parseDouble(String.format(Locale.ROOT, "%.6f", v));
    }
    List<String> factors = new ArrayList<>();
    for (double f : WEEKDAY) {
      factors.add(Double.toString(f));
    }
    String text = String.join("\n",
        "name: arrivals",
        "simulation: {days: " + DAYS + ", warmup_days: 0, start_weekday: wed}",
        "arrivals:",
        "  calls_per_day: " + CALLS_PER_DAY,
        "  weekday_factors: [" + String.join(", ", factors) + "]",
        "  intraday: [" + String.join(", ", weights) + "]",
        "  day_busyness: {shape: " + SHAPE + "}",
        "callers: {patience: {distribution: exponential, mean: 10m}}",
        "queue: {max_waiting: 0}",
        "handling: {talk_time: {distribution: fixed, value: 5m}}",
        "staff: {groups: [{name: none, shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: 0}]}]}",
        "");
    Scenario s = ScenarioReader.parse(text, "arrivals.yaml", "arrivals", List.of());
    CallCentreModel model = new CallCentreModel(s);
    StreamFamily streams = new StreamFamily(TestSeeds.seed("ArrivalsPerIntervalTest", 2510 + intervals));
    double[][] observed = new double[7][intervals];
    for (int r = 0; r < REPLICATIONS; r++) {
      ReplicationResult result = new Replication(model, streams, r).run();
      assertEquals(result.total(Tally.FIRST_ATTEMPTS), result.total(Tally.OFFERED), 0.0, "no redials");
      for (int cell = 0; cell < 7 * intervals; cell++) {
        observed[cell / intervals][cell % intervals] += result.cell(cell, Tally.FIRST_ATTEMPTS);
      }
    }
    double[] p = new double[intervals];
    for (int k = 0; k < intervals; k++) {
      p[k] = Double.parseDouble(weights.get(k)) / weightSum;
    }
    shapeOfTheDay(intervals, observed, p);
    weekdayTotals(intervals, observed);
  }

  private static void shapeOfTheDay(int intervals, double[][] observed, double[] p) {
    int cells = 7 * intervals;
    double[] o = new double[cells];
    double[] e = new double[cells];
    double[] earlier = new double[cells];
    double[] later = new double[cells];
    for (int wd = 0; wd < 7; wd++) {
      double total = 0;
      for (double v : observed[wd]) {
        total += v;
      }
      for (int k = 0; k < intervals; k++) {
        int c = wd * intervals + k;
        o[c] = observed[wd][k];
        e[c] = total * p[k];
        earlier[c] = total * p[(k + 1) % intervals];
        later[c] = total * p[Math.floorMod(k - 1, intervals)];
      }
    }
    int df = 7 * (intervals - 1);
    double chi2 = ChiSquarePower.statistic(o, e);
    double critical = ChiSquarePower.critical(df, ALPHA);
    double lambda = Math.min(ChiSquarePower.noncentrality(e, earlier), ChiSquarePower.noncentrality(e, later));
    double power = ChiSquarePower.power(df, lambda, critical);
    String what = String.format(Locale.ROOT, "%d intervals: shape of the day χ² %.1f on %d df, critical %.1f (0.1 %%);"
        + " power against a one-interval shift %.4f (λ %.0f; power 0.8 from λ %.0f)", intervals, chi2, df, critical, power, lambda,
        ChiSquarePower.noncentralityFor(df, critical, 0.8));
    System.out.println(what);
    assertTrue(chi2 < critical, what);
    assertTrue(power >= 0.8, "too few calls to see a one-interval shift: " + what);
  }

  private static void weekdayTotals(int intervals, double[][] observed) {
    // 28 days from a Wednesday: four of each weekday.
    int[] days = new int[7];
    for (int d = 0; d < DAYS; d++) {
      days[(2 + d) % 7]++;
    }
    double[] z = new double[7];
    double chi2 = 0;
    double lambda = 0;
    for (int wd = 0; wd < 7; wd++) {
      double total = 0;
      for (double v : observed[wd]) {
        total += v;
      }
      double n = (double) REPLICATIONS * days[wd];
      double m = CALLS_PER_DAY * WEEKDAY[wd];
      double variance = n * (m + m * m / SHAPE);
      z[wd] = (total - n * m) / Math.sqrt(variance);
      chi2 += z[wd] * z[wd];
      double shifted = n * CALLS_PER_DAY * WEEKDAY[(wd + 6) % 7];
      lambda += (shifted - n * m) * (shifted - n * m) / variance;
    }
    double critical = ChiSquarePower.critical(7, ALPHA);
    double power = ChiSquarePower.power(7, lambda, critical);
    double needed = ChiSquarePower.noncentralityFor(7, critical, 0.8);
    String what = String.format(Locale.ROOT, "%d intervals: weekday totals χ² %.2f on 7 df, critical %.2f (0.1 %%), z per weekday %s;"
        + " power against weekday factors one day off %.4f (λ %.0f; power 0.8 from λ %.0f)", intervals, chi2, critical,
        java.util.Arrays.toString(z), power, lambda, needed);
    System.out.println(what);
    assertTrue(chi2 < critical, what);
    assertTrue(power >= 0.8, what);
  }
}
