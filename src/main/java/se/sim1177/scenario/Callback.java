package se.sim1177.scenario;

/**
 * The phone queue's offer to call the resident back instead of waiting on the line.
 *
 * @param offerWhenPredictedWaitOverSeconds offered when the predicted wait is longer than this
 * @param acceptProbability share of those offered who accept
 * @param keepPlace true: the callback keeps the caller's place in the queue; false: it waits in a
 *     callback queue that nurses serve when no caller is waiting on the line
 */
public record Callback(double offerWhenPredictedWaitOverSeconds, double acceptProbability, boolean keepPlace) {
  /** Whether a callback keeps the caller's place when the scenario does not say. */
  public static final boolean DEFAULT_KEEP_PLACE = true;

  public Callback {
    FieldChecks c = new FieldChecks();
    c.require(offerWhenPredictedWaitOverSeconds >= 0, "offer_when_predicted_wait_over", offerWhenPredictedWaitOverSeconds,
        "must be a duration of 0s or more");
    c.probability("accept_probability", acceptProbability);
    c.throwIfAny();
  }
}
