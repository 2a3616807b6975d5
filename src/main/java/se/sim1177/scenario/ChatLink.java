package se.sim1177.scenario;

/**
 * The phone queue's offer of an SMS link to continue in 1177 direkt instead of waiting: a caller
 * who accepts leaves the phone queue and becomes a chat contact.
 *
 * @param offerWhenPredictedWaitOverSeconds offered when the predicted wait is longer than this
 * @param acceptProbability share of those offered who accept
 * @param maxChatWaitSeconds offered only while the chat desk is open and no chat has waited longer
 *     than this for a first response (the desk can take the caller)
 */
public record ChatLink(double offerWhenPredictedWaitOverSeconds, double acceptProbability, double maxChatWaitSeconds) {
  /** Fifteen minutes, the default chat response target: beyond it the chat is congested too. */
  public static final double DEFAULT_MAX_CHAT_WAIT_SECONDS = 900;

  /** An offer with the default bound on the chat's wait. */
  public ChatLink(double offerWhenPredictedWaitOverSeconds, double acceptProbability) {
    this(offerWhenPredictedWaitOverSeconds, acceptProbability, DEFAULT_MAX_CHAT_WAIT_SECONDS);
  }

  public ChatLink {
    FieldChecks c = new FieldChecks();
    c.require(offerWhenPredictedWaitOverSeconds >= 0, "offer_when_predicted_wait_over", offerWhenPredictedWaitOverSeconds,
        "must be a duration of 0s or more");
    c.probability("accept_probability", acceptProbability);
    c.require(maxChatWaitSeconds >= 0 && maxChatWaitSeconds <= 7 * 86400, "max_chat_wait", maxChatWaitSeconds,
        "must be a duration from 0s to 7d");
    c.throwIfAny();
  }
}
