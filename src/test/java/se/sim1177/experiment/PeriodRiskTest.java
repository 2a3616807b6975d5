package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.sim1177.TestSeeds;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/** The risk view: the probability that a period meets a target, its Wilson interval, and the spread of a period's figure. */
class PeriodRiskTest {
  @Test
  void wilsonIntervalsAgreeWithTheirClosedForms() {
    // 0 of 10: [0, z² / (n + z²)] = [0, 0.27753]; 5 of 10: 0.5 ± 0.26339 (Newcombe 1998, method 3).
    assertArrayEquals(new double[] {0, 0.277533}, PeriodRisk.wilson(0, 10), 1e-6);
    assertArrayEquals(new double[] {0.236593, 0.763407}, PeriodRisk.wilson(5, 10), 1e-6);
    assertArrayEquals(new double[] {0.722467, 1}, PeriodRisk.wilson(10, 10), 1e-6);
  }

  @Test
  void thePairedDifferenceInAProbabilityIsAPairedTIntervalKeptWithinMinusOneToOne() {
    // Differences 1, 1, 0, 0: mean 0.5, SE 0.2887, t(3) = 3.1824: [−0.4187, 1.4187], cut to 1.
    MetricSummary d = PeriodRisk.pairedDifference(new double[] {0, 0, 1, 1}, new double[] {1, 1, 1, 1});
    assertEquals(0.5, d.mean(), 1e-12);
    assertEquals(-0.41871, d.ci95Low(), 1e-4);
    assertEquals(1.0, d.ci95High(), 0);
    assertEquals(true, d.clipped());
  }

  @Test
  void daysAreCountedOnTheirWeekdaysAndWeekdaysNotSimulatedAreUndefined() throws Exception {
    Scenario s = ScenarioReader.read(java.nio.file.Path.of("scenarios", "03-varmland-staffed.yaml"),
        List.of("simulation.days=4", "simulation.warmup_days=1", "simulation.start_weekday=fri"));
    ExperimentResult r = ExperimentRunner.run(new CallCentreModel(s), 3, 10, 2, null);
    PeriodRisk.DayRisk rate = r.risk().days().get(0);
    assertEquals(40, rate.days(), "10 replications × 4 measured days");
    double[] w = rate.byWeekday();
    // Warm-up on Friday; measured Saturday, Sunday, Monday, Tuesday.
    for (int wd : new int[] {2, 3, 4}) {
      assertEquals(Double.NaN, w[wd], "weekday " + wd + " was not simulated");
    }
    int met = 0;
    for (int rep = 0; rep < 10; rep++) {
      for (int d = 0; d < 4; d++) {
        met += r.replicationDay(rep, d, PeriodRisk.DAY_METRICS.indexOf(Metrics.ANSWER_RATE)) >= 0.85 ? 1 : 0;
      }
    }
    assertEquals(met, rate.daysMeeting());
    assertEquals(met, Math.round(10 * (w[0] + w[1] + w[5] + w[6])));
  }

  /**
   * A known answer: a line that answers every caller, offered 0.5 calls a day (Poisson), judged
   * over one-day periods. A period without calls has no answer rate: the target is not applicable
   * there and the period is left out (issue 18.2); a period with calls has them all answered and
   * meets "85 % answered". So the periods judged are Binomial(4,000, 1 − e<sup>−0.5</sup> = 0.39347),
   * and every one of them meets. The share judged has SE 0.0077; the test asks agreement within 3.29
   * SE (99.9 %, ± 0.0254), so an error of 0.04 (a true 0.4335, SE 0.0078) is caught with power
   * Φ((0.04 − 0.0254) / 0.0078) = 0.97, and one of 0.035 with power 0.89 (power 0.8 from 0.0320);
   * periods without calls judged after all (a share of 1) are caught for sure, and the probability
   * among the judged must be exactly 1 (periods without calls counted as missed gave 0.39).
   */
  @Tag(TestSeeds.TAG)
  @Test
  void theProbabilityThatAPeriodMeetsItsTargetMatchesAKnownAnswer() throws Exception {
    String text = String.join("\n",
        "name: rare calls",
        "simulation: {days: 1, warmup_days: 0}",
        "arrivals: {calls_per_day: 0.5}",
        "callers: {patience: {distribution: fixed, value: 1d}}",
        "handling: {talk_time: {distribution: fixed, value: 1m}}",
        "staff: {groups: [{name: a, shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: 2}]}]}",
        "targets: {answer_rate: 0.85}",
        "");
    int periods = 4000;
    ExperimentResult r = ExperimentRunner.run(new CallCentreModel(ScenarioReader.parse(text, "x", "x", List.of())),
        TestSeeds.seed("PeriodRiskTest", 11), periods,
        2, null);
    double exact = 1 - Math.exp(-0.5);
    PeriodRisk.TargetRisk risk = r.risk().targets().get(0);
    double judged = (double) risk.periods() / periods;
    double se = Math.sqrt(exact * (1 - exact) / periods);
    assertEquals(exact, judged, 3.29 * se, "share of periods with calls to judge " + judged + " against 1 − e^−0.5 = " + exact);
    assertEquals(1.0, risk.probability(), 0.0, "every judged period meets: all its calls are answered");
    assertEquals(risk.meeting(), r.risk().days().get(0).daysMeeting(), "one-day periods: days are periods");
    assertEquals(risk.periods(), r.risk().days().get(0).days(), "and the days judged are the periods judged");
  }

  /**
   * The chat's response target is judged per day too: with one-day periods a day's chat response
   * figure is the period's own, which is computed by another path (the replication's summary), so the
   * days meeting it must be exactly the periods meeting it, and some but not all must (else the
   * check is empty).
   */
  @Test
  void theChatResponseTargetIsJudgedPerDayLikeThePeriod() throws Exception {
    Scenario s = ScenarioReader.read(java.nio.file.Path.of("scenarios", "05-varmland-direkt.yaml"),
        List.of("simulation.days=1", "simulation.warmup_days=1"));
    ExperimentResult r = ExperimentRunner.run(new CallCentreModel(s), 5, 200, 2, null);
    PeriodRisk.TargetRisk period = r.risk().targets().stream()
        .filter(t -> t.metric().equals(Metrics.CHAT_RESPONSE_SERVICE_LEVEL.key())).findFirst().orElseThrow();
    PeriodRisk.DayRisk day = r.risk().days().stream()
        .filter(d -> d.metric().equals(Metrics.CHAT_RESPONSE_SERVICE_LEVEL.key())).findFirst().orElseThrow();
    assertEquals(200, day.days());
    assertEquals(period.meeting(), day.daysMeeting());
    assertEquals(true, period.meeting() > 0 && period.meeting() < 200, "met in " + period.meeting() + " of 200 days");
  }

  @Test
  void percentilesInterpolateBetweenOrderStatisticsAndSkipUndefinedPeriods() {
    double[] p = PeriodRisk.percentiles(new double[] {5, 1, Double.NaN, 3, 2, 4}, PeriodRisk.PERCENTILES);
    // Type 7 on 1..5: rank (n − 1)·q = 0.2, 1, 2, 3, 3.8 (NumPy's default gives the same).
    assertArrayEquals(new double[] {1.2, 2, 3, 4, 4.8}, p, 1e-12);
    assertEquals(Double.NaN, PeriodRisk.percentiles(new double[] {Double.NaN}, new double[] {50})[0]);
  }

  @Test
  void theProbabilityIsTheShareOfReplicationsWhoseOwnFigureMeetsTheTarget() throws Exception {
    Scenario s = ScenarioReader.read(java.nio.file.Path.of("scenarios", "03-varmland-staffed.yaml"),
        List.of("simulation.days=7", "simulation.warmup_days=1"));
    ExperimentResult r = ExperimentRunner.run(new CallCentreModel(s), 7, 40, 2, null);
    PeriodRisk risk = r.risk();
    double[] rate = r.replicationValues(Metrics.ANSWER_RATE.key());
    double[] wait = r.replicationValues(Metrics.MEAN_WAIT_ANSWERED.key());
    int rateMet = 0;
    int both = 0;
    for (int i = 0; i < rate.length; i++) {
      rateMet += rate[i] >= 0.85 ? 1 : 0;
      both += rate[i] >= 0.85 && wait[i] <= 600 ? 1 : 0;
    }
    assertEquals(40, risk.periods());
    assertEquals(7, risk.periodDays());
    assertEquals("answer_rate", risk.targets().get(0).name());
    assertEquals(rateMet, risk.targets().get(0).meeting());
    assertEquals(both, risk.all().meeting());
    assertArrayEquals(PeriodRisk.percentiles(rate, PeriodRisk.PERCENTILES), risk.distributions().get(0).percentiles());
  }

  @Test
  void aLineStaffedFarBeyondItsLoadMeetsItsTargetInEveryPeriodAndOneWithoutNursesInNone() throws Exception {
    String text = String.join("\n",
        "name: extremes",
        "simulation: {days: 7, warmup_days: 0}",
        "arrivals: {calls_per_day: 200}",
        "callers: {patience: {distribution: exponential, mean: 5m}}",
        "handling: {talk_time: {distribution: exponential, mean: 5m}}",
        "staff: {groups: [{name: a, shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: NURSES}]}]}",
        "targets: {answer_rate: 0.85}",
        "");
    ExperimentResult many = ExperimentRunner.run(
        new CallCentreModel(ScenarioReader.parse(text.replace("NURSES", "40"), "x", "x", List.of())), 1, 20, 2, null);
    assertEquals(20, many.risk().targets().get(0).meeting());
    assertEquals(1.0, many.risk().days().get(0).share(), "every day meets it too");
    for (double p : many.risk().hourProbability()) {
      assertEquals(1.0, p, "and every hour of the week");
    }
    ExperimentResult none = ExperimentRunner.run(
        new CallCentreModel(ScenarioReader.parse(text.replace("NURSES", "0"), "x", "x", List.of())), 1, 20, 2, null);
    assertEquals(0, none.risk().targets().get(0).meeting());
    assertEquals(0, none.risk().all().meeting());
    assertEquals(0, none.risk().days().get(0).daysMeeting());
    for (double p : none.risk().hourProbability()) {
      assertEquals(0.0, p);
    }
  }
}
