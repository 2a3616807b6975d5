package se.sim1177.staffing;

import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.StoppingRule;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Staffing;

/**
 * A roster simulated: its period figures, the share of simulated periods (replications) in which
 * every target held, and its figures per interval of the week (ratio estimators over the
 * replications), which the search reads to see where a target falls short.
 *
 * @param answerRate answer rate over the period (ratio of sums over replications)
 * @param meanWaitSeconds mean wait of answered calls over the period
 * @param serviceLevel share answered within the service-level threshold
 * @param chatResponseServiceLevel chats answered within the chat threshold (the target's, or 15 minutes), NaN without chat
 * @param periodsMeetingTargets replications in which every period target held
 * @param intervalAnswerRate per interval of the week (NaN where nobody called)
 * @param intervalMeanWait per interval of the week, answered calls (NaN where none was answered)
 * @param intervalServiceLevel per interval of the week, share answered within the service-level threshold
 * @param intervalAttempts simulated phone attempts per interval of the week (first attempts,
 *     redials and callbacks), per day on that weekday
 * @param intervalChats simulated 1177 direkt chats started per interval of the week (self-care
 *     included), per day on that weekday; zeros without chat
 * @param replications replications simulated, which the figures are over
 * @param replicationsAsked replications asked for: more than {@code replications} when the
 *     simulation was stopped once its verdict was known ({@link MarginCurtailment})
 * @param events events the simulation processed, for {@code run.json}
 * @param callAttempts call attempts it simulated
 * @param chats chats it simulated
 */
public record RosterEvaluation(double answerRate, double meanWaitSeconds, double serviceLevel, double chatResponseServiceLevel,
    int periodsMeetingTargets, double[] intervalAnswerRate, double[] intervalMeanWait, double[] intervalServiceLevel,
    double[] intervalAttempts, double[] intervalChats, int replications, int replicationsAsked, long seed, long events, long callAttempts, long chats) {

  /** Simulates {@code roster} in {@code scenario} with {@code replications} from {@code seed}. */
  public static RosterEvaluation of(Scenario scenario, Roster roster, long seed, int replications, int threads) {
    return from(ExperimentRunner.run(new CallCentreModel(scenario.withStaff(roster.groups())), seed, replications, threads,
        null), scenario, seed, replications);
  }

  /**
   * As {@link #of(Scenario, Roster, long, int, int)}, the replications simulated in {@code order}
   * and stopped once {@code rule} has decided ({@link ExperimentRunner#runUntil}); the figures are
   * then over the replications simulated.
   */
  static RosterEvaluation until(Scenario scenario, Roster roster, long seed, int replications, int threads, int[] order,
      StoppingRule rule) {
    return from(ExperimentRunner.runUntil(new CallCentreModel(scenario.withStaff(roster.groups())), seed, replications,
        threads, order, rule), scenario, seed, replications);
  }

  private static RosterEvaluation from(ExperimentResult r, Scenario scenario, long seed, int replications) {
    int cells = 7 * r.calendar().intervalsPerDay();
    double[] rate = new double[cells];
    double[] wait = new double[cells];
    double[] served = new double[cells];
    double[] attempts = new double[cells];
    double[] chats = new double[cells];
    int iChats = Metrics.INTERVAL.indexOf(Metrics.CHAT_CONTACTS_PER_DAY);
    int iOffered = Metrics.INTERVAL.indexOf(Metrics.OFFERED_PER_DAY);
    int iRate = Metrics.INTERVAL.indexOf(Metrics.ANSWER_RATE);
    int iWait = Metrics.INTERVAL.indexOf(Metrics.MEAN_WAIT_ANSWERED);
    int iServed = Metrics.INTERVAL.indexOf(Metrics.SERVICE_LEVEL);
    for (int c = 0; c < cells; c++) {
      attempts[c] = r.interval(c, iOffered).mean();
      chats[c] = r.interval(c, iChats).mean();
      rate[c] = r.interval(c, iRate).mean();
      wait[c] = r.interval(c, iWait).mean();
      served[c] = r.interval(c, iServed).mean();
    }
    return new RosterEvaluation(r.metric(Metrics.ANSWER_RATE.key()).mean(), r.metric(Metrics.MEAN_WAIT_ANSWERED.key()).mean(),
        r.metric(Metrics.SERVICE_LEVEL.key()).mean(),
        scenario.chat().inUse() ? r.metric(Metrics.CHAT_RESPONSE_SERVICE_LEVEL.key()).mean() : Double.NaN,
        periodsMeeting(r, PeriodTargets.of(scenario)), rate, wait, served, attempts, chats, r.replications(), replications, seed,
        r.events(), r.callAttempts(), r.chats());
  }

  /** The replications whose own period figures meet every target. */
  private static int periodsMeeting(ExperimentResult r, PeriodTargets targets) {
    double[] rate = r.replicationValues(Metrics.ANSWER_RATE.key());
    double[] wait = r.replicationValues(Metrics.MEAN_WAIT_ANSWERED.key());
    double[] sl = r.replicationValues(Metrics.SERVICE_LEVEL.key());
    double[] chat = r.replicationValues(Metrics.CHAT_RESPONSE_SERVICE_LEVEL.key());
    int met = 0;
    for (int i = 0; i < rate.length; i++) {
      if (targets.metBy(rate[i], wait[i], sl[i], chat[i])) {
        met++;
      }
    }
    return met;
  }

  /** The share of the simulated replications in which every period target held. */
  public double shareMeetingTargets() {
    return (double) periodsMeetingTargets / replications;
  }

  /** One-sided 95 % normal quantile: how far below the measured share its lower bound lies, in standard errors. */
  static final double Z_95 = 1.6449;

  /**
   * The one-sided 95 % lower confidence bound of the share of periods meeting every target (normal
   * approximation to the binomial, with at least one period's worth of uncertainty so a share of
   * 1 is not taken as certain).
   */
  public double shareLowerBound() {
    double p = shareMeetingTargets();
    double variance = Math.max(p * (1 - p), 1.0 / replications) / replications;
    // A share cannot be below 0: a bound below it says nothing more than 0 does.
    return Math.max(0, p - Z_95 * Math.sqrt(variance));
  }

  /**
   * Whether the roster meets the targets beyond reasonable doubt: the lower bound of its share
   * reaches the asked confidence, and no interval falls below the floor. What the fresh-seed check
   * asks, so that an independent check of the returned roster passes too, not only this one.
   */
  public boolean meetsConfidently(Staffing staffing) {
    return shareLowerBound() >= staffing.confidence() - 1e-12 && worstFloorInterval(staffing) < 0;
  }

  /** The first interval below the staffing section's interval floor, or -1. */
  public int worstFloorInterval(Staffing staffing) {
    var floor = staffing.intervalFloor();
    for (int c = 0; c < intervalAnswerRate.length; c++) {
      if (floor.answerRate() != null && intervalAnswerRate[c] < floor.answerRate()) {
        return c;
      }
      if (floor.meanWaitSeconds() != null && intervalMeanWait[c] > floor.meanWaitSeconds()) {
        return c;
      }
    }
    return -1;
  }
}
