package se.sim1177.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The risk view of a run: each replication is one simulated period (the scenario's measured days,
 * a month when they are 28 to 31), so the share of replications whose own figure meets a target is
 * the probability that a period meets it, the question a health board asks ("in how many months of
 * the year will we miss 85 %?"), not the expected figure. A target with nothing to judge in a
 * period (no chats for a chat target, no calls for a phone target) is <em>not applicable</em>
 * there: the period is left out of that target's count, and out of "every target at once" for that
 * target; a target not applicable in any period has no probability at all (NaN), and a report says
 * "not applicable" rather than "missed".
 *
 * @param periods replications, each one period
 * @param periodDays measured days in a period
 * @param targets per target, in the order of {@link ExperimentResult#targets()}
 * @param all every target met in the same period (null when the scenario has no targets)
 * @param distributions the distribution of a period's figure across periods, per metric
 * @param days per target judged per day (answer rate, mean wait, service level): how often a single
 *     day meets it, overall and per weekday, and the worst 5 % of days
 * @param hourProbability per cell of the week (weekday × interval): the probability that the hour
 *     meets the answer-rate target in a period (the share of replications whose own answer rate in
 *     that cell reaches it, cells without calls left out; NaN where no replication had calls), or
 *     null without an answer-rate target
 */
public record PeriodRisk(int periods, int periodDays, List<TargetRisk> targets, TargetRisk all, List<Distribution> distributions,
    List<DayRisk> days, double[] hourProbability) {
  /** z<sub>0.975</sub>, for the Wilson 95 % interval. */
  static final double Z_95 = 1.959963984540054;
  /** The daily figures a target can be judged on, per day: kept per replication and day. */
  public static final List<Metric> DAY_METRICS = List.of(Metrics.ANSWER_RATE, Metrics.MEAN_WAIT_ANSWERED, Metrics.SERVICE_LEVEL,
      Metrics.CHAT_RESPONSE_SERVICE_LEVEL);
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
    /** The share of judged periods that met it; NaN when no period had anything to judge. */
    public double probability() {
      return periods == 0 ? Double.NaN : (double) meeting / periods;
    }

    /** Whether some period had something to judge (otherwise the target is not applicable). */
    public boolean applicable() {
      return periods > 0;
    }
  }

  /**
   * How often one day meets a target.
   *
   * @param daysMeeting days (of every replication) that met it
   * @param days days judged (replications × measured days, less the days with nothing to judge)
   * @param byWeekday the share of days meeting it per weekday, Monday first; NaN for a weekday not simulated
   * @param worstFivePercent the day figure the worst 5 % of days are at or beyond: the 5th percentile
   *     of a daily share, the 95th of a daily wait
   */
  public record DayRisk(String name, String metric, double target, boolean atLeast, int daysMeeting, int days,
      double[] byWeekday, double worstFivePercent) {
    public DayRisk {
      byWeekday = byWeekday.clone();
    }

    @Override
    public double[] byWeekday() {
      return byWeekday.clone();
    }

    /** The share of judged days that met it; NaN when no day had anything to judge. */
    public double share() {
      return days == 0 ? Double.NaN : (double) daysMeeting / days;
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

  /**
   * This risk without the distributions, the days and the hours: how likely a period is to meet
   * each target and all of them, which is all a sweep keeps of each variant
   * ({@link ExperimentSummary}).
   */
  public PeriodRisk periodsOnly() {
    return new PeriodRisk(periods, periodDays, targets, all, List.of(), List.of(), null);
  }

  /** The name under which every target met in the same period is reported. */
  public static final String ALL = "all";

  /**
   * Per target (by name, in the order of {@link ExperimentResult#targets()}) and for {@link #ALL}
   * (when there are targets): 1 for each period that met it, 0 for one that did not, NaN for one
   * where it was not applicable (nothing to judge), in replication order. A period meets
   * {@link #ALL} when it meets every target applicable in it (NaN when none is). What a paired
   * comparison of two scenarios' probabilities needs.
   */
  public static java.util.Map<String, double[]> indicators(ExperimentResult result) {
    int n = result.replications();
    java.util.Map<String, double[]> out = new java.util.LinkedHashMap<>();
    double[] all = new double[n];
    Arrays.fill(all, Double.NaN);
    for (TargetCheck t : result.targets()) {
      double[] values = result.replicationValues(t.metric());
      double[] met = new double[n];
      for (int r = 0; r < n; r++) {
        met[r] = Double.isNaN(values[r]) ? Double.NaN : TargetCheck.meets(t.atLeast(), values[r], t.target()) ? 1 : 0;
        if (!Double.isNaN(met[r])) {
          all[r] = Double.isNaN(all[r]) ? met[r] : all[r] * met[r];
        }
      }
      out.put(t.name(), met);
    }
    if (!out.isEmpty()) {
      out.put(ALL, all);
    }
    return out;
  }

  /**
   * The paired difference alternative − base in the probability of meeting a target, from the
   * periods' 0/1 indicators of the same replications (common random numbers): a paired
   * t-interval, the ratio-of-sums difference with every denominator 1, over the periods where the
   * target applies in both (NaN when fewer than two do).
   */
  public static MetricSummary pairedDifference(double[] base, double[] alternative) {
    int both = 0;
    for (int r = 0; r < base.length; r++) {
      both += Double.isNaN(base[r]) || Double.isNaN(alternative[r]) ? 0 : 1;
    }
    if (both < 2) {
      return new MetricSummary(Double.NaN, Double.NaN, Double.NaN, both, false);
    }
    double[] x = new double[both];
    double[] y = new double[both];
    for (int r = 0, k = 0; r < base.length; r++) {
      if (!Double.isNaN(base[r]) && !Double.isNaN(alternative[r])) {
        x[k] = base[r];
        y[k++] = alternative[r];
      }
    }
    double[] ones = new double[both];
    Arrays.fill(ones, 1);
    MetricSummary d = PairedDifference.of(new RatioParts(x, ones), new RatioParts(y, ones));
    // A difference of two probabilities lies in [−1, 1]; the t-interval can reach past it.
    boolean clipped = d.ci95Low() < -1 || d.ci95High() > 1;
    return new MetricSummary(d.mean(), Math.max(-1, d.ci95Low()), Math.min(1, d.ci95High()), d.n(), clipped);
  }

  /**
   * Whether {@code a} and {@code b} judge target {@code name} alike (the same metric, direction
   * and value; for {@link #ALL}, the same targets altogether), so that a difference in the
   * probability of meeting it compares like with like.
   */
  public static boolean sameTarget(PeriodRisk a, PeriodRisk b, String name) {
    if (name.equals(ALL)) {
      return a.all() != null && b.all() != null && definitions(a.targets()).equals(definitions(b.targets()));
    }
    TargetRisk x = a.targets().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    TargetRisk y = b.targets().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    return x != null && y != null && definitions(List.of(x)).equals(definitions(List.of(y)));
  }

  private static List<String> definitions(List<TargetRisk> targets) {
    return targets.stream().map(t -> t.name() + "|" + t.metric() + "|" + t.atLeast() + "|" + t.target()).sorted().toList();
  }

  /** The risk of {@code result}'s targets, from each replication's own figures. */
  static PeriodRisk of(ExperimentResult result, List<String> distributionMetrics) {
    int n = result.replications();
    java.util.Map<String, double[]> met = indicators(result);
    List<TargetRisk> risks = new ArrayList<>();
    for (TargetCheck t : result.targets()) {
      double[] m = met.get(t.name());
      risks.add(risk(t.name(), t.metric(), t.target(), t.atLeast(), count(m), judged(m)));
    }
    TargetRisk allRisk = risks.isEmpty() ? null : risk(ALL, "", Double.NaN, true, count(met.get(ALL)), judged(met.get(ALL)));
    List<Distribution> distributions = new ArrayList<>();
    for (String metric : distributionMetrics) {
      distributions.add(new Distribution(metric, percentiles(result.replicationValues(metric), PERCENTILES)));
    }
    List<DayRisk> days = new ArrayList<>();
    double[] hours = null;
    for (TargetCheck t : result.targets()) {
      int metric = dailyIndex(t.metric());
      if (metric >= 0) {
        days.add(dayRisk(result, t, metric));
      }
      if (t.metric().equals(Metrics.ANSWER_RATE.key())) {
        hours = hourProbability(result);
      }
    }
    return new PeriodRisk(n, result.calendar().measuredDays(), List.copyOf(risks), allRisk, List.copyOf(distributions),
        List.copyOf(days), hours);
  }

  private static int dailyIndex(String metricKey) {
    for (int i = 0; i < DAY_METRICS.size(); i++) {
      if (DAY_METRICS.get(i).key().equals(metricKey)) {
        return i;
      }
    }
    return -1;
  }

  private static DayRisk dayRisk(ExperimentResult result, TargetCheck t, int metric) {
    int n = result.replications();
    int measured = result.calendar().measuredDays();
    int[] met = new int[7];
    int[] judged = new int[7];
    double[] figures = new double[n * measured];
    int k = 0;
    for (int r = 0; r < n; r++) {
      for (int d = 0; d < measured; d++) {
        double v = result.replicationDay(r, d, metric);
        figures[k++] = v;
        if (Double.isNaN(v)) {
          continue; // nothing to judge that day: not applicable
        }
        int wd = result.calendar().weekdayOfMeasuredDay(d).ordinal();
        judged[wd]++;
        met[wd] += TargetCheck.meets(t.atLeast(), v, t.target()) ? 1 : 0;
      }
    }
    double[] byWeekday = new double[7];
    int allMet = 0;
    int allJudged = 0;
    for (int wd = 0; wd < 7; wd++) {
      byWeekday[wd] = judged[wd] == 0 ? Double.NaN : (double) met[wd] / judged[wd];
      allMet += met[wd];
      allJudged += judged[wd];
    }
    double worst = percentiles(figures, new double[] {t.atLeast() ? 5 : 95})[0];
    return new DayRisk(t.name(), t.metric(), t.target(), t.atLeast(), allMet, allJudged, byWeekday, worst);
  }

  private static double[] hourProbability(ExperimentResult result) {
    int[] met = result.cellsMeetingAnswerRate();
    int[] judged = result.cellsJudged();
    double[] p = new double[met.length];
    for (int c = 0; c < p.length; c++) {
      p[c] = judged[c] == 0 ? Double.NaN : (double) met[c] / judged[c];
    }
    return p;
  }

  private static int count(double[] indicators) {
    int k = 0;
    for (double v : indicators) {
      k += v > 0 ? 1 : 0;
    }
    return k;
  }

  /** Periods where the target applied (an indicator of 0 or 1, not NaN). */
  private static int judged(double[] indicators) {
    int k = 0;
    for (double v : indicators) {
      k += Double.isNaN(v) ? 0 : 1;
    }
    return k;
  }

  static TargetRisk risk(String name, String metric, double target, boolean atLeast, int meeting, int periods) {
    double[] w = wilson(meeting, periods);
    return new TargetRisk(name, metric, target, atLeast, meeting, periods, w[0], w[1]);
  }

  /** The Wilson score interval at 95 % for {@code k} successes in {@code n} trials; NaN for no trials. */
  static double[] wilson(int k, int n) {
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double p = (double) k / n;
    double z2 = Z_95 * Z_95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z_95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    // At k = 0 and k = n the bound is 0 or 1 exactly; rounding would leave 1e-16 from it.
    return new double[] {k == 0 ? 0 : Math.max(0, centre - half), k == n ? 1 : Math.min(1, centre + half)};
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
