package se.sim1177.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two runs of one scenario on the same callers (common random numbers), a baseline and an edited
 * one, figure by figure: each run's estimate and the paired difference (edited − baseline) with
 * its 95 % interval ({@link PairedDifference}), and the probability that a period meets each
 * target in both, with its paired difference ({@link PeriodRisk#pairedDifference}).
 */
public final class PairedFigures {
  private PairedFigures() {}

  /** One figure of the baseline and of the edited run, and the paired difference. */
  public record Figure(Metric metric, MetricSummary baseline, MetricSummary edited, MetricSummary difference) {}

  /**
   * The probability that a period meets a target ({@link PeriodRisk#ALL}: every target at once) in
   * the baseline and the edited run; {@code difference} is null when the two do not judge the
   * target alike (another value, or the baseline has no such target).
   */
  public record Risk(String target, double baseline, double edited, MetricSummary difference) {}

  /** {@code metrics} of both runs, paired. */
  public static List<Figure> figures(ExperimentResult baseline, ExperimentResult edited, List<Metric> metrics) {
    List<Figure> out = new ArrayList<>();
    for (Metric m : metrics) {
      out.add(new Figure(m, baseline.metric(m.key()), edited.metric(m.key()),
          PairedDifference.of(baseline.replicationParts(m.key()), edited.replicationParts(m.key()))));
    }
    return out;
  }

  /** Each target of the edited run, and all of them at once, against the baseline. */
  public static List<Risk> risks(ExperimentResult baseline, ExperimentResult edited) {
    Map<String, double[]> mine = PeriodRisk.indicators(baseline);
    List<Risk> out = new ArrayList<>();
    for (Map.Entry<String, double[]> e : PeriodRisk.indicators(edited).entrySet()) {
      double[] base = mine.get(e.getKey());
      boolean same = base != null && PeriodRisk.sameTarget(baseline.risk(), edited.risk(), e.getKey());
      out.add(new Risk(e.getKey(), base == null ? Double.NaN : share(base), share(e.getValue()),
          same ? PeriodRisk.pairedDifference(base, e.getValue()) : null));
    }
    return out;
  }

  /**
   * The share of periods that met a target, from {@link PeriodRisk#indicators}: over those where it
   * applies (a NaN indicator is left out); NaN when it applies in none.
   */
  public static double share(double[] indicators) {
    double sum = 0;
    int n = 0;
    for (double v : indicators) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
