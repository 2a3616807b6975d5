package se.sim1177.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.sim1177.analytic.OfferedLoad;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.Chat;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Targets;

/**
 * The outcome of an experiment: every metric's mean and 95 % confidence interval across
 * replications (cut to the metric's possible range, {@link MetricSummary#within}), per interval of
 * the week and per day as well, the targets checked, and each replication's summary values (for
 * {@code replications.csv} and paired comparisons).
 *
 * <p>It carries everything its writers need about the run (the scenario's name, the calendar, the
 * targets, the run control, which channels the line has) as copies taken when the run ended, and
 * the immutable scenario as run (for the report's table of inputs), so a writer never reaches back
 * into the live model.
 */
public final class ExperimentResult implements ExperimentRecord {
  private final String scenarioName;
  private final Scenario scenario;
  private final ResultCalendar calendar;
  private final Targets scenarioTargets;
  private final boolean hasChat;
  private final boolean hasCallbacks;
  private final boolean hasChatLink;
  private final long seed;
  private final int threads;
  private final double wallSeconds;
  private final long events;
  private final long callAttempts;
  private final long chats;
  private final double[][] replicationSummaries;
  private final ReplicationValues.Parts[] replicationParts;
  private final Map<String, MetricSummary> summary = new LinkedHashMap<>();
  private final MetricSummary[][] intervals;
  private final MetricSummary[][] daily;
  private final QueueTrend queueTrend;
  private final DrainSummary drain;
  private final OfferedLoad offeredLoad;
  private final float[][] dayFigures;
  private final int[] cellMeeting;
  private final int[] cellJudged;
  private final PeriodRisk risk;
  private final List<GroupFigures.Unit> groups;
  private final float[][] groupParts;

  private se.sim1177.model.DayIntervals firstReplicationDays;
  private ChoiceStability choiceStability;

  /** This result with the first replication's day-by-interval counts ({@code history.csv}). */
  ExperimentResult withChoiceStability(ChoiceStability stability) {
    this.choiceStability = stability;
    return this;
  }

  /** Whether the share of residents choosing the chat settles or swings; null when it is fixed. */
  public ChoiceStability choiceStability() {
    return choiceStability;
  }

  ExperimentResult withFirstReplicationDays(se.sim1177.model.DayIntervals days) {
    this.firstReplicationDays = days;
    return this;
  }

  /**
   * The first replication's counts per measured day and interval, as a telephony platform exports
   * them; null when the simulator that ran it (the SSJ reference) keeps none.
   */
  public MeasuredDays firstReplicationDays() {
    return firstReplicationDays == null ? null : new MeasuredDays(firstReplicationDays);
  }

  ExperimentResult(CallCentreModel model, long seed, int threads, double wallSeconds, long events, long callAttempts, long chats,
      double[][] replicationSummaries, ReplicationValues.Parts[] replicationParts, RatioStats summaryStats, RatioStats cellStats,
      RatioStats dayStats, QueueTrend queueTrend, DrainSummary drain, float[][] dayFigures, int[] cellMeeting, int[] cellJudged, List<GroupFigures.Unit> groups,
      float[][] groupParts) {
    this.groups = groups;
    this.groupParts = groupParts;
    Scenario scenario = model.scenario();
    this.scenarioName = scenario.name();
    this.scenario = scenario;
    this.calendar = ResultCalendar.of(model);
    this.scenarioTargets = scenario.targets();
    this.hasChat = scenario.chat() != Chat.NONE;
    this.hasCallbacks = scenario.callers().callback() != null;
    this.hasChatLink = hasChat && scenario.callers().chatLink() != null;
    this.queueTrend = queueTrend;
    this.drain = drain;
    this.offeredLoad = OfferedLoad.of(scenario);
    this.seed = seed;
    this.threads = threads;
    this.wallSeconds = wallSeconds;
    this.events = events;
    this.callAttempts = callAttempts;
    this.chats = chats;
    this.replicationSummaries = replicationSummaries;
    this.replicationParts = replicationParts;
    this.dayFigures = dayFigures;
    this.cellMeeting = cellMeeting;
    this.cellJudged = cellJudged;
    for (int i = 0; i < Metrics.SUMMARY.size(); i++) {
      Metric m = Metrics.SUMMARY.get(i);
      summary.put(m.key(), summaryStats.summary(i).within(m.range()));
    }
    int cells = 7 * calendar.intervalsPerDay();
    int nInterval = Metrics.INTERVAL.size();
    intervals = new MetricSummary[cells][nInterval];
    for (int c = 0; c < cells; c++) {
      for (int i = 0; i < nInterval; i++) {
        intervals[c][i] = cellStats.summary(c * nInterval + i).within(Metrics.INTERVAL.get(i).range());
      }
    }
    int nDaily = Metrics.DAILY.size();
    daily = new MetricSummary[calendar.measuredDays()][nDaily];
    for (int d = 0; d < calendar.measuredDays(); d++) {
      for (int i = 0; i < nDaily; i++) {
        daily[d][i] = dayStats.summary(d * nDaily + i).within(Metrics.DAILY.get(i).range());
      }
    }
    risk = PeriodRisk.of(this, riskMetrics());
  }

  /** Figures per staff group, in the scenario's order, then per workplace present. */
  public List<GroupFigures.Unit> groups() {
    return groups;
  }

  /**
   * Every replication's numerator and denominator of group or workplace figure {@code figureKey}
   * (kept as floats), in replication order, for a paired comparison; null when this run has no such
   * unit ({@code kind} "group" or "workplace", {@code name} as in {@link #groups()}).
   */
  public RatioParts unitParts(String kind, String name, String figureKey) {
    int unit = -1;
    for (int u = 0; u < groups.size(); u++) {
      if (groups.get(u).kind().equals(kind) && groups.get(u).name().equals(name)) {
        unit = u;
      }
    }
    int figure = GroupFigures.FIGURES.stream().map(GroupFigures.Figure::key).toList().indexOf(figureKey);
    if (unit < 0 || figure < 0) {
      return null;
    }
    int i = unit * GroupFigures.FIGURES.size() + figure;
    double[] x = new double[groupParts.length];
    double[] y = new double[groupParts.length];
    for (int r = 0; r < x.length; r++) {
      x[r] = groupParts[r][2 * i];
      y[r] = groupParts[r][2 * i + 1];
    }
    return new RatioParts(x, y);
  }

  /**
   * The scenario as run (overrides applied): the immutable description the model was built from,
   * never the live model, for writers that show what was run (the inputs table of
   * {@code report.html}, the roster behind its nurses-on-duty chart).
   */
  public Scenario scenario() {
    return scenario;
  }

  /** The scenario's {@code name}, as the user wrote it. */
  public String scenarioName() {
    return scenarioName;
  }

  /** The intervals of a day, the measured and warm-up days and the weekdays they fell on. */
  public ResultCalendar calendar() {
    return calendar;
  }

  /** Whether the line has a chat desk (1177 direkt), so a writer can leave the chat figures out without one. */
  public boolean hasChat() {
    return hasChat;
  }

  /** Whether waiting callers are offered the SMS link to the chat, so a writer can leave its figures out without it. */
  public boolean hasChatLink() {
    return hasChatLink;
  }

  /** Whether callers may ask to be called back, so a writer can leave the callback figures out without it. */
  public boolean hasCallbacks() {
    return hasCallbacks;
  }

  /** The seed all random streams derived from. */
  @Override
  public long seed() {
    return seed;
  }

  /** Independent replications run. */
  @Override
  public int replications() {
    return replicationSummaries.length;
  }

  @Override
  public int threads() {
    return threads;
  }

  @Override
  public double wallSeconds() {
    return wallSeconds;
  }

  /** Events processed over all replications, warm-up included. */
  @Override
  public long events() {
    return events;
  }

  /** Call attempts simulated over all replications, warm-up included. */
  @Override
  public long callAttempts() {
    return callAttempts;
  }

  /** Chats simulated over all replications, warm-up included. */
  @Override
  public long chats() {
    return chats;
  }

  /** Call attempts and chats: the contacts simulated, the benchmarks' unit. */
  public long contacts() {
    return callAttempts + chats;
  }

  /** How long the line took to drain after the measured period, over the replications. */
  public DrainSummary drain() {
    return drain;
  }

  /** Summary metrics by key, in {@link Metrics#SUMMARY} order. */
  public Map<String, MetricSummary> summary() {
    return summary;
  }

  public MetricSummary metric(String key) {
    MetricSummary s = summary.get(key);
    if (s == null) {
      throw new IllegalArgumentException("no summary metric " + key);
    }
    return s;
  }

  /**
   * Every replication's own value of summary metric {@code key} (for a ratio, that replication's
   * ratio), in replication order: the distribution of a period's figure.
   */
  public double[] replicationValues(String key) {
    int index = summaryIndex(key);
    double[] values = new double[replicationSummaries.length];
    for (int r = 0; r < values.length; r++) {
      values[r] = replicationSummaries[r][index];
    }
    return values;
  }

  /**
   * Every replication's numerator and denominator of summary metric {@code key} (for a metric that
   * is not a ratio, its value over 1), in replication order: what a paired comparison of ratio
   * estimates needs ({@link PairedDifference}).
   */
  public RatioParts replicationParts(String key) {
    int index = summaryIndex(key);
    double[] x = new double[replicationParts.length];
    double[] y = new double[replicationParts.length];
    for (int r = 0; r < x.length; r++) {
      x[r] = replicationParts[r].numerators()[index];
      y[r] = replicationParts[r].denominators()[index];
    }
    return new RatioParts(x, y);
  }

  private static int summaryIndex(String key) {
    for (int i = 0; i < Metrics.SUMMARY.size(); i++) {
      if (Metrics.SUMMARY.get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no summary metric " + key);
  }

  /**
   * Replication {@code r}'s own figure of day metric {@code metric} (index into
   * {@link PeriodRisk#DAY_METRICS}) on measured day {@code day}, as a float; NaN where undefined
   * (no calls that day).
   */
  public double replicationDay(int r, int day, int metric) {
    return dayFigures[r][day * PeriodRisk.DAY_METRICS.size() + metric];
  }

  /**
   * Per cell {@code weekday × ipd + k}: how many replications' own answer rate there (over that
   * weekday's days) met the answer-rate target; null without such a target.
   */
  int[] cellsMeetingAnswerRate() {
    return cellMeeting;
  }

  /** Per cell: how many replications had calls there to judge; null without an answer-rate target. */
  int[] cellsJudged() {
    return cellJudged;
  }

  /** Replication {@code r}'s value of every summary metric, in {@link Metrics#SUMMARY} order. */
  public double[] replicationSummary(int r) {
    return replicationSummaries[r].clone();
  }

  /** Interval metric {@code metric} (index into {@link Metrics#INTERVAL}) in cell {@code weekday × ipd + k}. */
  public MetricSummary interval(int cell, int metric) {
    return intervals[cell][metric];
  }

  /** Daily metric {@code metric} (index into {@link Metrics#DAILY}) on measured day {@code day}. */
  public MetricSummary day(int day, int metric) {
    return daily[day][metric];
  }

  /** Measured days that fell on weekday {@code weekday} (Monday = 0). */
  public int daysOnWeekday(int weekday) {
    return calendar.daysOnWeekday(weekday);
  }

  /** The queue at the start of the measured period against its end, averaged over replications. */
  public QueueTrend queueTrend() {
    return queueTrend;
  }

  /** The phone work the scenario offers per hour of the week against its nurses on duty. */
  public OfferedLoad offeredLoad() {
    return offeredLoad;
  }

  /**
   * What a reader should know before trusting the figures, one sentence each, the most serious
   * first: the line is overloaded (more work offered over the week than the roster's nurses can
   * do), its queue is still growing at the end, too few replications, targets whose interval is too
   * wide to tell anything ({@link PrecisionWarnings}).
   */
  public List<String> warnings() {
    List<String> out = new ArrayList<>(loadWarnings());
    out.addAll(PrecisionWarnings.of(this));
    return out;
  }

  /** The warnings about the line itself: overloaded, or a queue still growing at the end. */
  public List<String> loadWarnings() {
    List<String> out = new ArrayList<>();
    if (offeredLoad.overloaded()) {
      out.add(OverloadText.overloaded(offeredLoad, metric(Metrics.ANSWER_RATE.key()).mean()));
    }
    if (choiceStability != null && choiceStability.oscillates()) {
      out.add(String.format(java.util.Locale.ROOT, "the share of residents choosing 1177 direkt oscillates: it swings %.1f"
          + " percentage points about its time-of-day mean, and a high share is followed by a low one %d intervals later"
          + " (autocorrelation %.2f): residents react to information too old for the line they meet; a shorter"
          + " chat.choice.delay or a gentler response damps it", 100 * choiceStability.swing(), choiceStability.lagIntervals(),
          choiceStability.autocorrelation()));
    }
    if (queueTrend.growing()) {
      out.add("the queue is still growing at the end of the run (" + queueTrend.describe() + "): the line has no steady"
          + " state, so every figure depends on how long the run is; add nurses or check the arrivals");
    }
    return out;
  }

  /**
   * The risk of missing the targets: how likely one period (replication) is to meet each target
   * and all of them, and the distribution across periods of the answer rate, the mean wait and the
   * service level (and the chat response when the line has a chat).
   */
  public PeriodRisk risk() {
    return risk;
  }

  private List<String> riskMetrics() {
    List<String> metrics = new ArrayList<>(List.of(Metrics.ANSWER_RATE.key(), Metrics.MEAN_WAIT_ANSWERED.key(),
        Metrics.SERVICE_LEVEL.key()));
    if (hasChat) {
      metrics.add(Metrics.CHAT_RESPONSE_SERVICE_LEVEL.key());
    }
    return metrics;
  }

  /** The scenario's targets against the results: answer rate, mean wait, service level, chat response. */
  public List<TargetCheck> targets() {
    Targets t = scenarioTargets;
    List<TargetCheck> out = new ArrayList<>();
    if (t.answerRate() != null) {
      out.add(TargetCheck.of("answer_rate", Metrics.ANSWER_RATE.key(), t.answerRate(), true, metric(Metrics.ANSWER_RATE.key())));
    }
    if (t.meanWaitSeconds() != null) {
      out.add(TargetCheck.of("mean_wait", Metrics.MEAN_WAIT_ANSWERED.key(), t.meanWaitSeconds(), false,
          metric(Metrics.MEAN_WAIT_ANSWERED.key())));
    }
    if (t.serviceLevel() != null) {
      out.add(TargetCheck.of("service_level", Metrics.SERVICE_LEVEL.key(), t.serviceLevel().share(), true,
          metric(Metrics.SERVICE_LEVEL.key())));
    }
    if (t.chatResponse() != null) {
      out.add(TargetCheck.of("chat_response_within", Metrics.CHAT_RESPONSE_SERVICE_LEVEL.key(), t.chatResponse().share(), true,
          metric(Metrics.CHAT_RESPONSE_SERVICE_LEVEL.key())));
    }
    return out;
  }
}
