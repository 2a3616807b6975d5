package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.Tally;
import se.sim1177.model.TallyRecorder;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * Confidence intervals never leave the values a metric can take: with two replications the
 * Student-t interval (t = 12.7) reaches far below zero and above one, and is cut to the metric's
 * range and marked; runs with too few replications, and targets with uninformative intervals, are
 * warned about.
 */
class ConfidenceIntervalRangeTest {
  private static ExperimentResult twoReplications() throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios/02-varmland-2019.yaml"), List.of());
    RunControl r = s.simulation();
    CallCentreModel model = new CallCentreModel(s.withSimulation(new RunControl(7, 1, r.startWeekday(), 2, r.seed())));
    return ExperimentRunner.run(model, r.seed(), 2, 1, null);
  }

  private static void assertWithin(Metric metric, MetricSummary s, String where) {
    if (Double.isNaN(s.ci95Low())) {
      return;
    }
    Metric.Range range = metric.range();
    assertTrue(s.ci95Low() >= Math.min(range.lowest(), s.mean()) && s.ci95High() <= Math.max(range.highest(), s.mean()),
        where + " " + metric.key() + ": [" + s.ci95Low() + ", " + s.ci95High() + "] leaves [" + range.lowest() + ", "
            + range.highest() + "]");
    assertTrue(s.ci95Low() <= s.mean() && s.mean() <= s.ci95High(), where + " " + metric.key() + ": the interval must keep the mean");
  }

  @Test
  void everyIntervalOfATwoReplicationRunStaysInRange() throws Exception {
    ExperimentResult result = twoReplications();
    int clipped = 0;
    for (Metric m : Metrics.SUMMARY) {
      MetricSummary s = result.metric(m.key());
      assertWithin(m, s, "summary");
      clipped += s.clipped() ? 1 : 0;
    }
    for (int cell = 0; cell < 7 * result.calendar().intervalsPerDay(); cell++) {
      for (int i = 0; i < Metrics.INTERVAL.size(); i++) {
        MetricSummary s = result.interval(cell, i);
        assertWithin(Metrics.INTERVAL.get(i), s, "cell " + cell);
        clipped += s.clipped() ? 1 : 0;
      }
    }
    for (int day = 0; day < result.calendar().measuredDays(); day++) {
      for (int i = 0; i < Metrics.DAILY.size(); i++) {
        assertWithin(Metrics.DAILY.get(i), result.day(day, i), "day " + day);
      }
    }
    assertTrue(clipped > 0, "two replications of an overloaded line must give some interval that needs cutting");
    assertTrue(result.metric("answer_rate").ci95High() <= 1.0);
  }

  @Test
  void clippingCutsOnlyWhatLeavesTheRangeAndSaysSo() {
    MetricSummary rate = new MetricSummary(0.684, 0.208, 1.161, 2).within(Metric.SHARE);
    assertEquals(new MetricSummary(0.684, 0.208, 1.0, 2, true), rate);
    MetricSummary wait = new MetricSummary(1591.75, -1048.7, 4232.2, 2).within(Metric.NON_NEGATIVE);
    assertEquals(new MetricSummary(1591.75, 0.0, 4232.2, 2, true), wait);
    MetricSummary inside = new MetricSummary(0.72, 0.70, 0.74, 30);
    assertSame(inside, inside.within(Metric.SHARE), "an interval inside the range is left alone");
    assertFalse(inside.within(Metric.SHARE).clipped());
    MetricSummary roundingBelowZero = new MetricSummary(-1e-13, -2e-13, 1e-13, 30).within(Metric.NON_NEGATIVE);
    assertEquals(-1e-13, roundingBelowZero.ci95Low(), 0.0, "the interval keeps a mean a rounding error below zero");
    assertSame(MetricSummary.EMPTY, MetricSummary.EMPTY.within(Metric.SHARE));
  }

  @Test
  void everyMetricDeclaresItsRange() {
    for (Metric m : Metrics.SUMMARY) {
      assertEquals(0.0, m.range().lowest(), 0.0, m.key() + ": every figure is a count, duration, hours or share");
      boolean share = m.key().endsWith("_rate") || m.key().endsWith("service_level") || m.key().equals("occupancy")
          || m.key().endsWith("_share_realised");
      assertEquals(share ? 1.0 : Double.POSITIVE_INFINITY, m.range().highest(), 0.0, m.key());
    }
  }

  /**
   * Two replications with fixed figures, recorded through the engine's own {@link TallyRecorder}
   * and summarised by the experiment's own code: on each of the 7 days, 100 calls, of which the
   * first replication answers 90 and the second 50, every answered call after 300 s. The answer
   * rate's t(1) interval, 0.7 ± 12.7 × 0.2, is cut to [0, 1]: uninformative; the mean wait is 300 s
   * in both, an interval of width 0: informative. So exactly the answer-rate target is warned about,
   * whatever any random number does.
   */
  @Test
  void fewReplicationsAndWideTargetIntervalsAreWarnedAbout() throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios/02-varmland-2019.yaml"), List.of());
    RunControl r = s.simulation();
    CallCentreModel model = new CallCentreModel(s.withSimulation(new RunControl(7, 0, r.startWeekday(), 2, r.seed())));
    ReplicationSimulator fixed = (m, streams, replication) -> {
      TallyRecorder tally = new TallyRecorder(m.intervalsPerDay(), m.measuredDays(), 300);
      for (int day = 0; day < m.measuredDays(); day++) {
        int cell = m.weekdayOfMeasuredDay(day) * m.intervalsPerDay() + 10;
        tally.openInterval(cell, day);
        for (int call = 0; call < 100; call++) {
          tally.add(cell, day, Tally.OFFERED, 1);
          tally.add(cell, day, Tally.FIRST_ATTEMPTS, 1);
          if (call < (replication == 0 ? 90 : 50)) {
            tally.answered(cell, day, 300);
          } else {
            tally.abandoned(cell, day, 600);
          }
        }
      }
      tally.closeMeasurement(7 * 86400.0);
      return tally.result(0, 200, 0, 0, 0, false);
    };
    ExperimentResult two = ExperimentRunner.run(model, r.seed(), 2, 1, null, fixed);
    assertEquals(0.7, two.metric(Metrics.ANSWER_RATE.key()).mean(), 1e-12);
    assertEquals(300, two.metric(Metrics.MEAN_WAIT_ANSWERED.key()).mean(), 1e-9);
    List<String> warnings = two.warnings();
    assertTrue(warnings.get(0).startsWith("only 2 replications:"), warnings.toString());
    List<String> targets = warnings.stream().filter(w -> w.startsWith("target ")).toList();
    assertEquals(List.of("target answer_rate: the 95 % confidence interval of answer_rate, [0.000, 1.000] around 0.700, is"
        + " too wide to be informative; run more replications"), targets, warnings.toString());
    for (TargetCheck t : two.targets()) {
      boolean wide = PrecisionWarnings.uninformative(t.result(), Metrics.byKey(t.metric()).range());
      assertEquals(t.name().equals("answer_rate"), wide, t.name() + " " + t.result());
    }
    assertEquals(null, PrecisionWarnings.replications(PrecisionWarnings.MIN_REPLICATIONS));
    assertTrue(PrecisionWarnings.uninformative(new MetricSummary(0.684, 0.208, 1.0, 2, true), Metric.SHARE));
    assertFalse(PrecisionWarnings.uninformative(new MetricSummary(0.72, 0.70, 0.74, 30), Metric.SHARE));
    assertTrue(PrecisionWarnings.uninformative(new MetricSummary(1591.75, 0.0, 4232.2, 2, true), Metric.NON_NEGATIVE));
    assertFalse(PrecisionWarnings.uninformative(new MetricSummary(1293.8, 1212.8, 1374.7, 30), Metric.NON_NEGATIVE));
  }

  /** On a simulated run too, each target is warned about exactly when its interval is uninformative (which ones are depends on the draws). */
  @Test
  void aSimulatedRunWarnsAboutExactlyTheUninformativeTargets() throws Exception {
    ExperimentResult two = twoReplications();
    List<String> warnings = two.warnings();
    assertTrue(warnings.get(0).startsWith("only 2 replications:"), warnings.toString());
    for (TargetCheck t : two.targets()) {
      boolean wide = PrecisionWarnings.uninformative(t.result(), Metrics.byKey(t.metric()).range());
      assertEquals(wide, warnings.stream().anyMatch(w -> w.startsWith("target " + t.name() + ": ")),
          t.name() + " " + t.result() + ": " + warnings);
    }
  }
}
