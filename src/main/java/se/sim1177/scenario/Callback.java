package se.sim1177.scenario;

/**
 * The phone queue's offer to call the resident back instead of waiting on the line.
 *
 * @param offerWhenPredictedWaitOverSeconds offered when the predicted wait is longer than this
 * @param acceptProbability share of those offered who accept
 * @param keepPlace true: the callback keeps the caller's place in the queue; false: it waits in a
 *     callback queue that nurses serve when no caller is waiting on the line
 * @param reachProbability chance that the resident answers when the nurse calls
 * @param retryAfterSeconds after a call that does not reach the resident, the callback is tried
 *     again this long after, in the callback queue
 * @param maxTries calls made in all before the callback is given up (an outcome of its own)
 * @param ringSeconds nurse time spent on a call that does not reach the resident
 */
public record Callback(double offerWhenPredictedWaitOverSeconds, double acceptProbability, boolean keepPlace,
    double reachProbability, double retryAfterSeconds, int maxTries, double ringSeconds) {
  /** Whether a callback keeps the caller's place when the scenario does not say. */
  public static final boolean DEFAULT_KEEP_PLACE = true;
  // A resident who asked for a callback does not always pick up: assumptions, to replace with the
  // region's own follow-up figures.
  public static final double DEFAULT_REACH_PROBABILITY = 0.9;
  public static final double DEFAULT_RETRY_AFTER_SECONDS = 600;
  public static final int DEFAULT_MAX_TRIES = 3;
  public static final double DEFAULT_RING_SECONDS = 60;

  /** A callback with the default reach, retries and ring time. */
  public Callback(double offerWhenPredictedWaitOverSeconds, double acceptProbability, boolean keepPlace) {
    this(offerWhenPredictedWaitOverSeconds, acceptProbability, keepPlace, DEFAULT_REACH_PROBABILITY,
        DEFAULT_RETRY_AFTER_SECONDS, DEFAULT_MAX_TRIES, DEFAULT_RING_SECONDS);
  }

  public Callback {
    FieldChecks c = new FieldChecks();
    c.require(offerWhenPredictedWaitOverSeconds >= 0, "offer_when_predicted_wait_over", offerWhenPredictedWaitOverSeconds,
        "must be a duration of 0s or more");
    c.probability("accept_probability", acceptProbability);
    c.require(reachProbability > 0 && reachProbability <= 1, "reach_probability", reachProbability,
        "must be a probability above 0, up to 1");
    c.require(retryAfterSeconds >= 0 && retryAfterSeconds <= 7 * 86400, "retry_after", retryAfterSeconds,
        "must be a duration from 0s to 7d");
    c.require(maxTries >= 1 && maxTries <= 20, "max_tries", maxTries, "must be a whole number from 1 to 20");
    c.require(ringSeconds >= 0 && ringSeconds <= 3600, "ring_time", ringSeconds, "must be a duration from 0s to 1h");
    c.throwIfAny();
  }
}
