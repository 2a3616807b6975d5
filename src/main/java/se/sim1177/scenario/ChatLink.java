package se.sim1177.scenario;

/**
 * The phone queue's offer of an SMS link to continue in 1177 direkt instead of waiting: a caller
 * who accepts leaves the phone queue and becomes a chat contact.
 *
 * @param offerWhenPredictedWaitOverSeconds offered when the predicted wait is longer than this
 * @param acceptProbability share of those offered who accept
 */
public record ChatLink(double offerWhenPredictedWaitOverSeconds, double acceptProbability) {
  public ChatLink {
    FieldChecks c = new FieldChecks();
    c.require(offerWhenPredictedWaitOverSeconds >= 0, "offer_when_predicted_wait_over", offerWhenPredictedWaitOverSeconds,
        "must be a duration of 0s or more");
    c.probability("accept_probability", acceptProbability);
    c.throwIfAny();
  }
}
