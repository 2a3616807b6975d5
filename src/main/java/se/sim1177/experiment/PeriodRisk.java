package se.sim1177.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The risk view of a run: each replication is one simulated period (the scenario's measured days,
 * a month when they are 28 to 31), so the share of replications whose own figure meets a target is
 * the probability that a period meets it, the question a health board asks ("in how many months of
 * the year will we miss 85 %?"), not the expected figure. A period whose figure is undefined (no
 * calls to judge) counts as not meeting the target.
 *
 * @param periods replications, each one period
 * @param periodDays measured days in a period
 * @param targets per target, in the order of {@link ExperimentResult#targets()}
 * @param all every target met in the same period (null when the scenario has no targets)
 * @param distributions the distribution of a period's figure across periods, per metric
 */
public record PeriodRisk(int periods, int periodDays, List<TargetRisk> targets, TargetRisk all, List<Distribution> distributions) {
  /** z<sub>0.975</sub>, for the Wilson 95 % interval. */
  static final double Z_95 = 1.959963984540054;
  /** The percentiles of a period's figure that are reported. */
  public static final double[] PERCENTILES = {5, 25, 50, 75, 95};

  /**
   * How likely a period is to meet one target.
   *
   * @param name the target's key under {@code targets}, or {@code all}
   * @param meeting periods that met it
   * @param wilsonLow the Wilson score 95 % interval of the probability (Wilson 1927), right where a
   *     share sits at or near 0 or 1, as a board's usually does
   */
  public record TargetRisk(String name, String metric, double target, boolean atLeast, int meeting, int periods,
      double wilsonLow, double wilsonHigh) {
    public double probability() {
      return (double) meeting / periods;
    }
  }

  /** A period's figure of {@code metric} across periods: {@link #PERCENTILES}, linear between order statistics. */
  public record Distribution(String metric, double[] percentiles) {
    public Distribution {
      percentiles = percentiles.clone();
    }

    @Override
    public double[] percentiles() {
      return percentiles.clone();
    }
  }

  /** The risk of {@code result}'s targets, from each replication's own figures. */
  static PeriodRisk of(ExperimentResult result, List<String> distributionMetrics) {
    int n = result.replications();
    boolean[] allMet = new boolean[n];
    Arrays.fill(allMet, true);
    List<TargetRisk> risks = new ArrayList<>();
    for (TargetCheck t : result.targets()) {
      double[] values = result.replicationValues(t.metric());
      int met = 0;
      for (int r = 0; r < n; r++) {
        boolean ok = t.atLeast() ? values[r] >= t.target() : values[r] <= t.target(); // NaN: false
        met += ok ? 1 : 0;
        allMet[r] &= ok;
      }
      risks.add(risk(t.name(), t.metric(), t.target(), t.atLeast(), met, n));
    }
    int all = 0;
    for (boolean b : allMet) {
      all += b ? 1 : 0;
    }
    TargetRisk allRisk = risks.isEmpty() ? null : risk("all", "", Double.NaN, true, all, n);
    List<Distribution> distributions = new ArrayList<>();
    for (String metric : distributionMetrics) {
      distributions.add(new Distribution(metric, percentiles(result.replicationValues(metric), PERCENTILES)));
    }
    return new PeriodRisk(n, result.calendar().measuredDays(), List.copyOf(risks), allRisk, List.copyOf(distributions));
  }

  static TargetRisk risk(String name, String metric, double target, boolean atLeast, int meeting, int periods) {
    double[] w = wilson(meeting, periods);
    return new TargetRisk(name, metric, target, atLeast, meeting, periods, w[0], w[1]);
  }

  /** The Wilson score interval at 95 % for {@code k} successes in {@code n} trials. */
  static double[] wilson(int k, int n) {
    double p = (double) k / n;
    double z2 = Z_95 * Z_95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z_95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /**
   * Percentiles of the defined values (NaN left out; all NaN when none is defined), linear
   * interpolation between order statistics at rank (n − 1)·q (Hyndman and Fan's type 7, the
   * default of R and NumPy).
   */
  static double[] percentiles(double[] values, double[] at) {
    double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
    double[] out = new double[at.length];
    for (int i = 0; i < at.length; i++) {
      if (v.length == 0) {
        out[i] = Double.NaN;
        continue;
      }
      double rank = (v.length - 1) * at[i] / 100;
      int lo = (int) Math.floor(rank);
      int hi = Math.min(lo + 1, v.length - 1);
      out[i] = v[lo] + (rank - lo) * (v[hi] - v[lo]);
    }
    return out;
  }
}
