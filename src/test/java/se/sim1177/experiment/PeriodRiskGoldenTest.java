package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.sim1177.TestSeeds;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.ScenarioReader;

/**
 * A golden test of {@code summary.json}'s {@code risk} object: an M/M/c+M line whose period answer
 * rate and service level have exactly known distributions, so every probability the risk view
 * reports can be computed to the last digit and compared with what the simulation counts.
 *
 * <p><b>The line.</b> Poisson first attempts at 48 a day, no redials, no balking, exponential
 * patience of mean m = 3 h, exponential talk time of 1 minute. A hundred nurses are on duty from
 * 12:00 to 24:00, nobody from 00:00 to 12:00. A caller arriving at 12:00 or later is answered at
 * once (a hundred nurses on 1-minute calls are never all busy at 2 calls an hour). A caller arriving
 * at time s before noon waits until noon and is answered if their patience exceeds 12 h − s.
 * Given the number of calls, Poisson arrival times are independent and uniform over the day, so
 * each call is answered independently with
 * p = ½ + (m / 24 h)(1 − e<sup>−12 h / m</sup>) = 0.622710, and answered within w = 30 minutes
 * with q = ½ + (m / 24 h)(1 − e<sup>−w / m</sup>) = 0.519189. Nobody waits at midnight, so days
 * (and periods of 28 days after a warm-up day) are independent, and with N ~ Poisson(48 × 28)
 * calls in a period the answered count is Binomial(N, p), and (within 30 minutes, answered later,
 * not answered) is Multinomial(N; q, p − q, 1 − p). Every probability below is a finite sum over
 * these, compared with the model's own rule (a ratio computed in doubles against the target; a
 * period without calls does not meet it).
 *
 * <p><b>Size and power.</b> 4,000 periods. Each probability is checked within 3.29 of its binomial
 * standard error (99.9 %). P(a period answers 63 %) is about 0.29, with SE 0.0072: an error of
 * 0.0015 in the per-call answer probability (0.24 %) moves it by 0.039, which the test catches with
 * power 0.98; counting a period's figure as the mean over all periods (0 or 1), reversing a
 * target's direction or counting periods without their own figure would all fail by far more.
 */
@Tag(TestSeeds.TAG)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodRiskGoldenTest {
  private static final double CALLS_PER_DAY = 48;
  private static final int DAYS = 28;
  private static final int PERIODS = 4000;
  private static final double PATIENCE_H = 3;
  private static final double WITHIN_H = 0.5;
  private static final double ANSWER_TARGET = 0.63;
  private static final double SERVICE_TARGET = 0.51;
  private static final double P_ANSWERED = 0.5 + PATIENCE_H / 24 * (1 - Math.exp(-12 / PATIENCE_H));
  private static final double P_WITHIN = 0.5 + PATIENCE_H / 24 * (1 - Math.exp(-WITHIN_H / PATIENCE_H));
  private static final double Z_999 = 3.290526731491926;

  private ExperimentResult result;

  @BeforeAll
  void run() throws Exception {
    String text = String.join("\n",
        "name: noon opening",
        "simulation: {days: " + DAYS + ", warmup_days: 1, start_weekday: mon}",
        "arrivals: {calls_per_day: " + CALLS_PER_DAY + "}",
        "callers: {balk_probability: 0, patience: {distribution: exponential, mean: " + (int) PATIENCE_H + "h}}",
        "handling: {talk_time: {distribution: exponential, mean: 1m}, after_call_work: {distribution: fixed, value: 0s}}",
        "staff: {groups: [{name: afternoon, absence: 0, shifts: [{days: all, start: \"12:00\", end: \"24:00\", nurses: 100}]}]}",
        "targets: {answer_rate: " + ANSWER_TARGET + ", service_level: {within: 30m, share: " + SERVICE_TARGET + "}}",
        "");
    result = ExperimentRunner.run(new CallCentreModel(ScenarioReader.parse(text, "x", "x", List.of())),
        TestSeeds.seed("PeriodRiskGoldenTest", 20261124), PERIODS, 2,
        null);
  }

  @Test
  void theProbabilityThatAMonthMeetsEachTargetIsTheExactOne() {
    PeriodRisk risk = result.risk();
    assertEquals(PERIODS, risk.periods());
    assertEquals(DAYS, risk.periodDays());
    PoissonDistribution calls = new PoissonDistribution(CALLS_PER_DAY * DAYS);
    double answer = exactPeriodProbability(calls, ANSWER_TARGET, -1);
    double service = exactPeriodProbability(calls, -1, SERVICE_TARGET);
    double both = exactPeriodProbability(calls, ANSWER_TARGET, SERVICE_TARGET);
    assertWithinBinomialError(answer, target(risk, "answer_rate"), PERIODS, "P(month answers 63 %)");
    assertWithinBinomialError(service, target(risk, "service_level"), PERIODS, "P(month answers 51 % within 30 min)");
    assertWithinBinomialError(both, risk.all().probability(), PERIODS, "P(month meets both)");
    // The exact values, for the record and so that the test stays informative (neither near 0 or 1).
    assertEquals(0.29, answer, 0.02);
    assertEquals(0.75, service, 0.02);
    assertTrue(both < Math.min(answer, service) && both > answer * service, "met together more often than independence would give");
  }

  @Test
  void theShareOfDaysMeetingATargetIsTheExactOneOverallAndOnEveryWeekday() {
    PoissonDistribution calls = new PoissonDistribution(CALLS_PER_DAY);
    double exact = exactPeriodProbability(calls, ANSWER_TARGET, -1);
    PeriodRisk.DayRisk day = result.risk().days().stream().filter(d -> d.name().equals("answer_rate")).findFirst().orElseThrow();
    assertEquals(PERIODS * DAYS, day.days());
    assertWithinBinomialError(exact, day.share(), day.days(), "share of days answering 63 %");
    double[] byWeekday = day.byWeekday();
    for (int wd = 0; wd < 7; wd++) {
      assertWithinBinomialError(exact, byWeekday[wd], day.days() / 7, "share of weekday " + wd + " answering 63 %");
    }
  }

  /**
   * The percentiles of a month's answer rate: if x̂ is the sample's p-quantile, the exact CDF at x̂
   * is p up to the sampling error of an order statistic, SD √(p(1 − p) / n), and the lattice of
   * possible rates (checked on both sides of x̂).
   */
  @Test
  void theSpreadOfAMonthsAnswerRateFollowsItsExactDistribution() {
    PeriodRisk.Distribution d = result.risk().distributions().stream().filter(x -> x.metric().equals("answer_rate"))
        .findFirst().orElseThrow();
    PoissonDistribution calls = new PoissonDistribution(CALLS_PER_DAY * DAYS);
    double[] pct = d.percentiles();
    for (int i = 0; i < pct.length; i++) {
      double p = PeriodRisk.PERCENTILES[i] / 100;
      double tolerance = Z_999 * Math.sqrt(p * (1 - p) / PERIODS);
      // P(rate < x̂) and P(rate ≤ x̂) from the exact law: 1 − P(rate ≥ x̂) and 1 − P(rate > x̂).
      double below = 1 - exactPeriodProbability(calls, pct[i], -1);
      double atOrBelow = 1 - exactPeriodProbability(calls, Math.nextUp(pct[i]), -1);
      assertTrue(below <= p + tolerance && atOrBelow >= p - tolerance,
          "p" + PeriodRisk.PERCENTILES[i] + " = " + pct[i] + ": exact CDF " + below + ".." + atOrBelow + " against " + p);
    }
  }

  private static double target(PeriodRisk risk, String name) {
    return risk.targets().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().probability();
  }

  private static void assertWithinBinomialError(double exact, double measured, int n, String what) {
    double se = Math.sqrt(exact * (1 - exact) / n);
    assertEquals(exact, measured, Z_999 * se, what + ": measured " + measured + " against exactly " + exact + " (SE " + se + ")");
  }

  /**
   * P(answered / N ≥ answerTarget and within / N ≥ serviceTarget) with N from {@code calls}; a
   * negative target is not asked. A period without calls meets nothing.
   */
  private static double exactPeriodProbability(PoissonDistribution calls, double answerTarget, double serviceTarget) {
    double mean = calls.getMean();
    int from = Math.max(1, (int) Math.floor(mean - 8 * Math.sqrt(mean)));
    int to = (int) Math.ceil(mean + 8 * Math.sqrt(mean));
    double total = 0;
    for (int n = from; n <= to; n++) {
      double pn = calls.probability(n);
      if (pn < 1e-16) {
        continue;
      }
      int answeredAtLeast = smallestMeeting(n, answerTarget);
      int withinAtLeast = smallestMeeting(n, serviceTarget);
      if (serviceTarget < 0) {
        total += pn * upperTail(n, P_ANSWERED, answeredAtLeast);
        continue;
      }
      // Within 30 minutes: s ~ Bin(n, q); answered later, given s: Bin(n − s, (p − q) / (1 − q)).
      BinomialDistribution within = new BinomialDistribution(null, n, P_WITHIN);
      double later = (P_ANSWERED - P_WITHIN) / (1 - P_WITHIN);
      double sum = 0;
      for (int s = withinAtLeast; s <= n; s++) {
        double ps = within.probability(s);
        if (ps < 1e-18) {
          if (s > n * P_WITHIN) {
            break;
          }
          continue;
        }
        sum += ps * upperTail(n - s, later, answeredAtLeast - s);
      }
      total += pn * sum;
    }
    return total;
  }

  /** The smallest count k with k / n ≥ target, as the model compares it (in doubles); 0 when not asked. */
  private static int smallestMeeting(int n, double target) {
    if (target < 0) {
      return 0;
    }
    int k = Math.max(0, (int) Math.floor(target * n) - 1);
    while (k <= n && (double) k / n < target) {
      k++;
    }
    return k;
  }

  private static double upperTail(int n, double p, int atLeast) {
    if (atLeast <= 0) {
      return 1;
    }
    if (atLeast > n) {
      return 0;
    }
    return 1 - new BinomialDistribution(null, n, p).cumulativeProbability(atLeast - 1);
  }
}
