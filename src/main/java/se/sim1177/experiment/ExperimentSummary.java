package se.sim1177.experiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.sim1177.scenario.Targets;

/**
 * The figures of one experiment that a sweep keeps per variant once its run is over: every summary
 * metric's mean and 95 % interval, the targets checked, how likely a period is to meet each target
 * and all of them, and what {@code run.json} adds up. That is what {@code sweep.csv}, the sweep's
 * charts and its {@code report.html} show: a few kilobytes, where the {@link ExperimentResult} it
 * is taken from also holds every hour of the week, every day and every replication (a third of a
 * megabyte at 30 replications), so a sweep of thousands of variants fits the heap.
 */
public final class ExperimentSummary implements ExperimentRecord {
  /** Each summary metric's place in {@link Metrics#SUMMARY}, by key. */
  private static final Map<String, Integer> INDEX = new HashMap<>();

  static {
    for (int i = 0; i < Metrics.SUMMARY.size(); i++) {
      INDEX.put(Metrics.SUMMARY.get(i).key(), i);
    }
  }

  private final MetricSummary[] summary;
  private final List<TargetCheck> targets;
  private final Targets scenarioTargets;
  private final PeriodRisk risk;
  private final int measuredDays;
  private final long seed;
  private final int replications;
  private final int threads;
  private final double wallSeconds;
  private final long events;
  private final long callAttempts;
  private final long chats;

  private ExperimentSummary(ExperimentResult result) {
    summary = new MetricSummary[Metrics.SUMMARY.size()];
    for (int i = 0; i < summary.length; i++) {
      summary[i] = result.metric(Metrics.SUMMARY.get(i).key());
    }
    targets = List.copyOf(result.targets());
    scenarioTargets = result.scenario().targets();
    risk = result.risk().periodsOnly();
    measuredDays = result.calendar().measuredDays();
    seed = result.seed();
    replications = result.replications();
    threads = result.threads();
    wallSeconds = result.wallSeconds();
    events = result.events();
    callAttempts = result.callAttempts();
    chats = result.chats();
  }

  /** What a sweep keeps of {@code result}; the result itself can be dropped after. */
  public static ExperimentSummary of(ExperimentResult result) {
    return new ExperimentSummary(result);
  }

  /** Summary metric {@code key} ({@link Metrics#SUMMARY}), as {@link ExperimentResult#metric} gave it. */
  public MetricSummary metric(String key) {
    Integer i = INDEX.get(key);
    if (i == null) {
      throw new IllegalArgumentException("no summary metric " + key);
    }
    return summary[i];
  }

  /** The scenario's targets against the results, as {@link ExperimentResult#targets()}. */
  public List<TargetCheck> targets() {
    return targets;
  }

  /** The targets as the scenario set them (the thresholds behind the service levels, for words). */
  public Targets scenarioTargets() {
    return scenarioTargets;
  }

  /**
   * How likely a period is to meet each target and all of them ({@link PeriodRisk#periodsOnly()}:
   * without the distributions, the days and the hours).
   */
  public PeriodRisk risk() {
    return risk;
  }

  /** Measured days in each replication (a period). */
  public int measuredDays() {
    return measuredDays;
  }

  @Override
  public long seed() {
    return seed;
  }

  @Override
  public int replications() {
    return replications;
  }

  @Override
  public int threads() {
    return threads;
  }

  @Override
  public double wallSeconds() {
    return wallSeconds;
  }

  @Override
  public long events() {
    return events;
  }

  @Override
  public long callAttempts() {
    return callAttempts;
  }

  @Override
  public long chats() {
    return chats;
  }
}
