package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import se.sim1177.TestScenarios;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ServiceLevelTarget;
import se.sim1177.scenario.Targets;

/**
 * A figure exactly at its target meets it, as the docs say ("85 % answered" is met by 85 of 100),
 * for a target to reach (answer rate, service level) and one to stay under (mean wait), judged per
 * period, per day, per hour of the week and on the mean. A mutation check found that {@code >=}
 * turned into {@code >} in the period's and the day's comparison passed every test: these fail it.
 *
 * <p>The targets are taken from the simulation itself: a first run gives each replication's own
 * figures, and a second run with the same seed (the same callers: a target only judges, it changes
 * nothing simulated) sets a target to exactly one of them. The count of periods or days meeting
 * is then known exactly, and it includes the one at the target; {@code >} would count one fewer.
 * Exact, so no tolerance.
 */
class TargetBoundaryTest {
  private static final long SEED = 20261207;
  private static final int REPLICATIONS = 12;
  private static final int DAYS = 7;
  private static final double SERVICE_SECONDS = 60;

  /** A line that answers most calls but not all: 30 calls an hour, 6-minute calls, 3 nurses, 4-minute patience. */
  private static Scenario line(Targets targets) {
    Scenario s = TestScenarios.stationary(30, 360, 3, 240, SERVICE_SECONDS, DAYS, REPLICATIONS, SEED);
    return withTargets(s, targets);
  }

  private static Scenario withTargets(Scenario s, Targets t) {
    return new Scenario(s.name(), s.simulation(), s.arrivals(), s.callers(), s.queue(), s.handling(), s.staff(), t, s.chat(),
        s.staffing());
  }

  private static ExperimentResult run(Scenario s) {
    return ExperimentRunner.run(new CallCentreModel(s), SEED, REPLICATIONS, 2, null);
  }

  private static PeriodRisk.TargetRisk periodRisk(ExperimentResult result, String name) {
    return result.risk().targets().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static PeriodRisk.DayRisk dayRisk(ExperimentResult result, String name) {
    return result.risk().days().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static int countMeeting(double[] values, double target, boolean atLeast) {
    int k = 0;
    for (double v : values) {
      k += (atLeast ? v >= target : v <= target) ? 1 : 0;
    }
    return k;
  }

  private static int countEqual(double[] values, double target) {
    return (int) Arrays.stream(values).filter(v -> v == target).count();
  }

  @Test
  void aPeriodExactlyAtEachTargetMeetsIt() {
    ExperimentResult first = run(line(new Targets(0.5, 600.0, new ServiceLevelTarget(SERVICE_SECONDS, 0.5))));
    double[] rates = first.replicationValues(Metrics.ANSWER_RATE.key());
    double[] waits = first.replicationValues(Metrics.MEAN_WAIT_ANSWERED.key());
    double[] levels = first.replicationValues(Metrics.SERVICE_LEVEL.key());
    // Targets exactly at a middle replication's own figures.
    double rateTarget = sorted(rates)[REPLICATIONS / 2];
    double waitTarget = sorted(waits)[REPLICATIONS / 2];
    double levelTarget = sorted(levels)[REPLICATIONS / 2];
    ExperimentResult atTargets = run(line(new Targets(rateTarget, waitTarget, new ServiceLevelTarget(SERVICE_SECONDS, levelTarget))));
    assertTrue(Arrays.equals(rates, atTargets.replicationValues(Metrics.ANSWER_RATE.key())),
        "the targets change nothing simulated (same seed, same callers)");

    check(periodRisk(atTargets, "answer_rate").meeting(), rates, rateTarget, true, "answer rate, per period");
    check(periodRisk(atTargets, "mean_wait").meeting(), waits, waitTarget, false, "mean wait, per period");
    check(periodRisk(atTargets, "service_level").meeting(), levels, levelTarget, true, "service level, per period");
    int all = 0;
    for (int r = 0; r < REPLICATIONS; r++) {
      all += rates[r] >= rateTarget && waits[r] <= waitTarget && levels[r] >= levelTarget ? 1 : 0;
    }
    assertEquals(all, atTargets.risk().all().meeting(), "every target at once");
  }

  @Test
  void aDayExactlyAtEachTargetMeetsIt() {
    ExperimentResult first = run(line(new Targets(0.5, 600.0, new ServiceLevelTarget(SERVICE_SECONDS, 0.5))));
    double[] rates = dayFigures(first, 0);
    double[] waits = dayFigures(first, 1);
    double[] levels = dayFigures(first, 2);
    double rateTarget = sorted(rates)[rates.length / 2];
    double waitTarget = sorted(waits)[waits.length / 2];
    double levelTarget = sorted(levels)[levels.length / 2];
    ExperimentResult atTargets = run(line(new Targets(rateTarget, waitTarget, new ServiceLevelTarget(SERVICE_SECONDS, levelTarget))));
    assertTrue(Arrays.equals(rates, dayFigures(atTargets, 0)), "the targets change nothing simulated");

    check(dayRisk(atTargets, "answer_rate").daysMeeting(), rates, rateTarget, true, "answer rate, per day");
    check(dayRisk(atTargets, "mean_wait").daysMeeting(), waits, waitTarget, false, "mean wait, per day");
    check(dayRisk(atTargets, "service_level").daysMeeting(), levels, levelTarget, true, "service level, per day");
  }

  /**
   * On a line with nurses for everyone, every call is answered at once: the answer rate and the
   * service level are exactly 1 in every period, day and hour, and targets of exactly 1 are met
   * everywhere; the mean is exactly 1 too, and meets.
   */
  @Test
  void aLineAnsweringEveryCallMeetsTargetsOfExactlyOneEverywhere() {
    Scenario ample = withTargets(TestScenarios.stationary(30, 360, 200, 240, SERVICE_SECONDS, 2, 4, SEED),
        new Targets(1.0, null, new ServiceLevelTarget(SERVICE_SECONDS, 1.0)));
    ExperimentResult result = ExperimentRunner.run(new CallCentreModel(ample), SEED, 4, 2, null);
    assertEquals(4, periodRisk(result, "answer_rate").meeting(), "periods at exactly 1");
    assertEquals(4, periodRisk(result, "service_level").meeting(), "periods at exactly 1");
    assertEquals(4 * 2, dayRisk(result, "answer_rate").daysMeeting(), "days at exactly 1");
    assertEquals(4 * 2, dayRisk(result, "service_level").daysMeeting(), "days at exactly 1");
    double[] hours = result.risk().hourProbability();
    for (int c = 0; c < hours.length; c++) {
      assertTrue(Double.isNaN(hours[c]) || hours[c] == 1.0, "hour cell " + c + " at exactly 1 meets in every period: " + hours[c]);
    }
    assertTrue(Arrays.stream(hours).anyMatch(h -> h == 1.0), "some hours were judged");
    TargetCheck mean = result.targets().stream().filter(t -> t.name().equals("answer_rate")).findFirst().orElseThrow();
    assertEquals(1.0, mean.result().mean(), 0.0);
    assertTrue(mean.met(), "a mean exactly at its target meets it");
    assertEquals("met", mean.verdict(), "an interval [1, 1] at a target of 1 is surely met");
  }

  private static void check(int counted, double[] values, double target, boolean atLeast, String what) {
    assertTrue(countEqual(values, target) >= 1, what + ": some figure lies exactly at the target " + target);
    assertEquals(countMeeting(values, target, atLeast), counted,
        what + ": figures at exactly " + target + " meet it (" + countEqual(values, target) + " of them)");
  }

  /** Every replication's figure of day metric {@code metric} on every measured day, defined ones only. */
  private static double[] dayFigures(ExperimentResult result, int metric) {
    double[] out = new double[result.replications() * result.calendar().measuredDays()];
    int k = 0;
    for (int r = 0; r < result.replications(); r++) {
      for (int d = 0; d < result.calendar().measuredDays(); d++) {
        out[k++] = result.replicationDay(r, d, metric);
      }
    }
    return out;
  }

  private static double[] sorted(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v;
  }

}
