package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.sim1177.TestSeeds;
import se.sim1177.engine.StreamFamily;
import se.sim1177.experiment.ChiSquarePower;
import se.sim1177.experiment.Power;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * One part of the model at a time, in a scenario that makes its quantity observable and its value
 * exact: far cheaper than a queue-level test, which sees each part only mixed with all the others.
 * Each case states what it detects and with what power; each of the ten statistical checks is at
 * the 0.1 % level, beside exact identities (every attempt blocked, every caller redialling once).
 *
 * <ul>
 *   <li>{@link #timeToAbandonIsTheMeanPatience}: with no nurses every caller waits until their
 *       patience runs out, so the mean time to abandon is the mean patience as written. This reads
 *       the patience sampler, the abandonment timers and the recorder's abandonment sums together.
 *   <li>{@link #busyTimePerAnsweredCallIsTheHandlingTime}: on an ample line nobody waits, and in the
 *       steady state a group's busy time per call it answered is talk time × its handle-time factor
 *       + after-call work.
 *   <li>{@link #attemptsPerCallerAreTheGeometricSum}: with no nurses and no room to wait every
 *       attempt is blocked, so a caller makes 1 + r + … + r<sup>M−1</sup> attempts on average
 *       (redial probability r, at most M attempts).
 *   <li>{@link #redialDelaysFollowTheirDistribution}: the same line, every first attempt in the
 *       day's first quarter-hour and exactly one redial each; the quarter-hours in which the redials
 *       arrive are a histogram of (uniform start + redial delay), against which a χ² test is made.
 * </ul>
 */
@Tag(TestSeeds.TAG)
class ComponentChecksTest {
  private static final double CONFIDENCE = 0.999;
  private static final double ALPHA = 1 - CONFIDENCE;

  /** The replications of {@code text}, one after the other (these lines are small). */
  private static List<ReplicationResult> run(String text, long seed, int replications) throws Exception {
    Scenario s = ScenarioReader.parse(text, "component.yaml", "component", List.of());
    CallCentreModel model = new CallCentreModel(s);
    StreamFamily streams = new StreamFamily(seed);
    List<ReplicationResult> out = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      out.add(new Replication(model, streams, r).run());
    }
    return out;
  }

  private static String line(String days, String arrivals, String callers, String queue, String handling, String staff) {
    return String.join("\n",
        "name: component check",
        "simulation: {" + days + "}",
        "arrivals: {" + arrivals + "}",
        "callers: {" + callers + "}",
        queue.isEmpty() ? "" : "queue: {" + queue + "}",
        "handling: {" + handling + "}",
        "staff:",
        "  groups:",
        staff,
        "");
  }

  private static final String NOBODY = "    - {name: none, shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: 0}]}";

  /**
   * Mean time to abandon against the mean patience as written, for three patience distributions.
   * Power: the mean over n abandonments has SE ≈ cv × mean / √n, so (t<sub>0.9995, 39</sub> +
   * z<sub>0.8</sub>) · SE = 4.39 · cv · mean / √n ≤ 2 % of the mean asks n ≥ (220 · cv)², at most
   * 75,000 (cv 1.25); 40 replications of 7 days × 1,000 calls give 280,000, so a 2 % error in the
   * mean patience or in the recorded waits of abandoned calls is caught with power at least 0.8
   * (asserted from the achieved SE by {@link Power#assertAgrees}). The margin, about 2 to 1 in
   * replications, is for the achieved SE: itself estimated, from a heavy-tailed patience (at 20
   * replications the lognormal case came to 1.04 of the required on one fresh seed). About 7,000
   * abandonments would catch a 5 % error at cv 1.
   */
  @ParameterizedTest(name = "patience {0}: mean {1} s")
  @CsvSource(delimiter = ';', value = {
      "{distribution: exponential, mean: 10m}; 600",
      "{distribution: weibull, mean: 20m, cv: 0.8}; 1200",
      "{distribution: lognormal, mean: 15m, cv: 1.25}; 900"})
  void timeToAbandonIsTheMeanPatience(String patience, double meanSeconds) throws Exception {
    int replications = 40;
    String text = line("days: 7, warmup_days: 0", "calls_per_day: 1000", "patience: " + patience, "",
        "talk_time: {distribution: fixed, value: 5m}", NOBODY);
    List<ReplicationResult> results = run(text, TestSeeds.seed("ComponentChecksTest.timeToAbandon", 251), replications);
    double[] means = new double[replications];
    for (int r = 0; r < replications; r++) {
      ReplicationResult result = results.get(r);
      assertEquals(result.total(Tally.OFFERED), result.total(Tally.ABANDONED) + result.total(Tally.STILL_WAITING), 0.0,
          "with no nurses every attempt abandons (or still waits at the drain's limit)");
      assertEquals(0.0, result.total(Tally.STILL_WAITING), "the drain's day outlasts every patience here");
      means[r] = result.total(Tally.WAIT_ABANDONED) / result.total(Tally.ABANDONED);
    }
    Power.assertAgrees("mean time to abandon, patience " + patience, Power.Estimate.of(means), meanSeconds, CONFIDENCE,
        0.02 * meanSeconds);
  }

  /**
   * Busy time per answered call, per staff group, against E[talk] × factor + E[after-call work] =
   * 540 f + 120 s. Two groups (factors 1.0 and 1.4) share an ample line (load about 12 erlangs on
   * 60 nurses, so nobody waits and the free-nurse order gives each group calls); warm-up of a day.
   * Busy time is clipped to the measured period and calls counted by the day they came, so the
   * ratio is exact in expectation in the steady state. Power: one call's work has cv ≈ 0.6, so
   * 4.5 · 0.6 / √n ≤ 1 % asks n ≥ 73,000 calls per group; the two groups answer 630,000 between
   * them in 30 replications of 14 days, so a 1 % error in the work of a call (a handle-time factor
   * left out, after-call work dropped, talk time +3 %) is caught with power at least 0.8, asserted
   * from the achieved SE (at 20 replications it was 0.7 % and 0.5 % of the work). The groups' sums
   * must also add up exactly to the line's busy time and answered calls.
   */
  @Test
  void busyTimePerAnsweredCallIsTheHandlingTime() throws Exception {
    int replications = 30;
    double[] factors = {1.0, 1.4};
    String staff = String.join("\n",
        "    - {name: standard, handle_time_factor: 1.0, shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: 30}]}",
        "    - {name: slower, handle_time_factor: 1.4, shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: 30}]}");
    String text = line("days: 14, warmup_days: 1", "calls_per_day: 1500", "patience: {distribution: exponential, mean: 1h}", "",
        "talk_time: {distribution: lognormal, mean: 9m, cv: 0.7}, after_call_work: {distribution: gamma, mean: 2m, cv: 0.5}",
        staff);
    List<ReplicationResult> results = run(text, TestSeeds.seed("ComponentChecksTest.busyTime", 252), replications);
    for (int g = 0; g < factors.length; g++) {
      double[] perCall = new double[replications];
      for (int r = 0; r < replications; r++) {
        ReplicationResult result = results.get(r);
        perCall[r] = result.group(g, GroupTally.PHONE) / result.group(g, GroupTally.CALLS);
      }
      double expected = 540 * factors[g] + 120;
      Power.assertAgrees(String.format(Locale.ROOT, "busy seconds per call, handle-time factor %.1f", factors[g]),
          Power.Estimate.of(perCall), expected, CONFIDENCE, 0.01 * expected);
    }
    for (ReplicationResult result : results) {
      assertEquals(result.total(Tally.OFFERED), result.total(Tally.ANSWERED), 0.0, "an ample line answers everyone");
      assertEquals(result.total(Tally.ANSWERED), result.group(0, GroupTally.CALLS) + result.group(1, GroupTally.CALLS), 0.0,
          "the groups' calls are the line's");
      double busy = result.total(Tally.BUSY_TIME);
      assertEquals(busy, result.group(0, GroupTally.PHONE) + result.group(1, GroupTally.PHONE), 1e-9 * busy,
          "the groups' phone work is the line's busy time");
    }
  }

  /**
   * Attempts per caller when every attempt fails: 1 + r + … + r<sup>M−1</sup>. A caller's attempts
   * K have P(K = k) = r<sup>k−1</sup>(1 − r) for k &lt; M and P(K = M) = r<sup>M−1</sup>; for r = 0.6,
   * M = 4: E K = 2.176, σ = 1.17 (cv 0.54). Power: 4.39 · 0.54 / √n ≤ 1 % asks n ≥ 56,000 callers;
   * 40 replications of 7 days × 700 calls give about 196,000 (r = 0.85, M = 8: cv 0.51, the same),
   * room for the achieved SE's own error. So a 1 % error in attempts per caller is caught with power
   * at least 0.8 (asserted; at 20 replications it came to 0.84 %, 0.83 % and 0.55 %); redials
   * ignored (1 attempt), one attempt too few or too many (2.8 % and 1.6 % off at r = 0.6, M = 4)
   * and a redial probability 0.03 off (about 4 %) are far beyond it. Redials of the warm-up's callers
   * that fall in the period stand in, on average, for those of the period's callers that fall after
   * it: the ratio is exact in expectation on this stationary line.
   */
  @ParameterizedTest(name = "redial probability {0}, at most {1} attempts")
  @CsvSource({"0.6, 4", "0.85, 8", "0.3, 2"})
  void attemptsPerCallerAreTheGeometricSum(double r, int maxAttempts) throws Exception {
    int replications = 40;
    String text = line("days: 7, warmup_days: 1", "calls_per_day: 700",
        "patience: {distribution: exponential, mean: 10m}, redial: {probability: " + r
            + ", delay: {distribution: exponential, mean: 20m}, max_attempts: " + maxAttempts + "}",
        "max_waiting: 0", "talk_time: {distribution: fixed, value: 5m}", NOBODY);
    List<ReplicationResult> results = run(text, TestSeeds.seed("ComponentChecksTest.attempts", 253), replications);
    double[] perCaller = new double[replications];
    for (int i = 0; i < replications; i++) {
      ReplicationResult result = results.get(i);
      assertEquals(result.total(Tally.OFFERED), result.total(Tally.BLOCKED), 0.0, "no room to wait: every attempt is blocked");
      perCaller[i] = result.total(Tally.OFFERED) / result.total(Tally.FIRST_ATTEMPTS);
    }
    double expected = 0;
    for (int k = 0; k < maxAttempts; k++) {
      expected += Math.pow(r, k);
    }
    Power.assertAgrees(String.format(Locale.ROOT, "attempts per caller, r = %.2f, M = %d", r, maxAttempts),
        Power.Estimate.of(perCaller), expected, CONFIDENCE, 0.01 * expected);
  }

  /**
   * Times between attempts against the redial-delay distribution. Every first attempt comes in the
   * day's first quarter-hour (intraday weights 1, 0, …, 0 over 96 intervals), is blocked, and
   * redials once (probability 1, at most 2 attempts), blocked again. A first attempt's time is
   * uniform on that quarter-hour U(0, I), so the redial falls in quarter-hour k with probability
   * p<sub>k</sub> = (1/I) ∫<sub>0</sub><sup>I</sup> [F((k+1)I − u) − F(kI − u)] du, F the delay's
   * distribution function (commons-math's, not the model's sampler), integrated by Simpson's rule.
   * The redials in each quarter-hour (attempts − first attempts) over all days and replications
   * are compared with N·p<sub>k</sub> by Pearson's χ² (quarter-hours with N·p<sub>k</sub> under 10
   * pooled into the last) at the 0.1 % level.
   *
   * <p>Power: against the delay scaled by 0.9 and by 1.1 (its mean 10 % off), the statistic is
   * non-central χ² with λ = N Σ (p′ − p)² / p; the test computes λ for the N it simulated and asserts
   * that the power against the nearer of the two is at least 0.8 ({@link ChiSquarePower}). With the
   * 12,700 redials of 10 replications × 14 days × 90 calls, λ is 117 for the exponential delay (11
   * bins; power 0.8 needs λ = 29.7, about 3,200 redials) and 438 for the gamma one (8 bins; 26.8,
   * about 800 redials): power 1.000 for both. A halved delay gives λ in the thousands.
   */
  @ParameterizedTest(name = "redial delay {0}")
  @CsvSource(delimiter = ';', value = {
      "{distribution: exponential, mean: 20m}; exponential; 1200; 1",
      "{distribution: gamma, mean: 30m, cv: 0.5}; gamma; 1800; 0.5"})
  void redialDelaysFollowTheirDistribution(String delay, String family, double meanSeconds, double cv) throws Exception {
    int replications = 10;
    List<String> intraday = new ArrayList<>();
    intraday.add("1");
    for (int k = 1; k < 96; k++) {
      intraday.add("0");
    }
    String text = line("days: 14, warmup_days: 0", "calls_per_day: 90, intraday: [" + String.join(", ", intraday) + "]",
        "patience: {distribution: exponential, mean: 10m}, redial: {probability: 1, delay: " + delay + ", max_attempts: 2}",
        "max_waiting: 0", "talk_time: {distribution: fixed, value: 5m}", NOBODY);
    List<ReplicationResult> results = run(text, TestSeeds.seed("ComponentChecksTest.redialDelay", 254), replications);
    int intervals = 96;
    double[] redials = new double[intervals];
    double firstAttempts = 0;
    for (ReplicationResult result : results) {
      for (int cell = 0; cell < 7 * intervals; cell++) {
        redials[cell % intervals] += result.cell(cell, Tally.OFFERED) - result.cell(cell, Tally.FIRST_ATTEMPTS);
      }
      firstAttempts += result.total(Tally.FIRST_ATTEMPTS);
    }
    double n = 0;
    for (double v : redials) {
      n += v;
    }
    assertEquals(firstAttempts, n, 0.0, "every caller redials exactly once, within the day");
    double intervalSeconds = 900;
    RealDistribution truth = distribution(family, meanSeconds, cv);
    double[] p = binProbabilities(truth, intervalSeconds, intervals);
    double[] shorter = binProbabilities(distribution(family, 0.9 * meanSeconds, cv), intervalSeconds, intervals);
    double[] longer = binProbabilities(distribution(family, 1.1 * meanSeconds, cv), intervalSeconds, intervals);
    int bins = 1;
    while (bins < intervals && n * p[bins - 1] >= 10 && n * tail(p, bins) >= 10) {
      bins++;
    }
    double[] observed = pooled(redials, bins);
    double[] expected = scaledBy(pooled(p, bins), n);
    double chi2 = ChiSquarePower.statistic(observed, expected);
    double critical = ChiSquarePower.critical(bins - 1, ALPHA);
    double lambda = Math.min(ChiSquarePower.noncentrality(expected, scaledBy(pooled(shorter, bins), n)),
        ChiSquarePower.noncentrality(expected, scaledBy(pooled(longer, bins), n)));
    double power = ChiSquarePower.power(bins - 1, lambda, critical);
    String what = String.format(Locale.ROOT,
        "redial delay %s: %.0f redials in %d quarter-hour bins, χ² %.1f, critical %.1f (0.1 %%); power against a 10 %% error"
            + " in the mean delay %.4f (λ %.1f; power 0.8 from λ %.1f)", delay, n, bins, chi2, critical, power, lambda,
        ChiSquarePower.noncentralityFor(bins - 1, critical, 0.8));
    System.out.println(what);
    assertTrue(chi2 < critical, what);
    assertTrue(power >= 0.8, "too few redials to catch a 10 % error in the mean delay: " + what);
  }

  private static RealDistribution distribution(String family, double mean, double cv) {
    return family.equals("exponential") ? new ExponentialDistribution(null, mean)
        : new GammaDistribution(null, 1 / (cv * cv), mean * cv * cv);
  }

  /** P(U + D in [kI, (k+1)I)) for U uniform on [0, I), D of {@code delay}, k = 0 … intervals − 1 (the last takes the rest). */
  static double[] binProbabilities(RealDistribution delay, double interval, int intervals) {
    double[] p = new double[intervals];
    double previous = 0;
    for (int k = 0; k < intervals; k++) {
      double upTo = k == intervals - 1 ? 1 : averagedCdf(delay, (k + 1) * interval, interval);
      p[k] = upTo - previous;
      previous = upTo;
    }
    return p;
  }

  /** (1/I) ∫<sub>0</sub><sup>I</sup> F(x − u) du by Simpson's rule on 2,000 panels (F = 0 below 0). */
  private static double averagedCdf(RealDistribution delay, double x, double interval) {
    int panels = 2000;
    double h = interval / panels;
    double sum = 0;
    for (int i = 0; i <= panels; i++) {
      double f = delay.cumulativeProbability(Math.max(0, x - i * h));
      sum += f * (i == 0 || i == panels ? 1 : i % 2 == 1 ? 4 : 2);
    }
    return sum * h / 3 / interval;
  }

  private static double tail(double[] p, int from) {
    double s = 0;
    for (int i = from; i < p.length; i++) {
      s += p[i];
    }
    return s;
  }

  /** The first {@code bins} − 1 values, then the sum of the rest. */
  private static double[] pooled(double[] values, int bins) {
    double[] out = new double[bins];
    for (int i = 0; i < values.length; i++) {
      out[Math.min(i, bins - 1)] += values[i];
    }
    return out;
  }

  private static double[] scaledBy(double[] p, double n) {
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i] * n;
    }
    return out;
  }
}
