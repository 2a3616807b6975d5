package se.sim1177.scenario;

/**
 * The phone queue's offer of an SMS link to continue in 1177 direkt instead of waiting: a caller
 * who accepts leaves the phone queue and becomes a chat contact.
 *
 * @param offerWhenPredictedWaitOverSeconds offered when the predicted wait is longer than this
 * @param acceptProbability share of those offered who accept
 * @param maxChatWaitSeconds offered only while the chat desk is open and no chat has waited longer
 *     than this for a first response (the desk can take the caller)
 * @param whenCongested how acceptance grows with the wait the caller is told; null for a fixed
 *     {@code acceptProbability}
 */
public record ChatLink(double offerWhenPredictedWaitOverSeconds, double acceptProbability, double maxChatWaitSeconds,
    WhenCongested whenCongested) {
  /**
   * Acceptance that reacts to the announced wait: a logit curve in the wait through
   * {@code acceptProbability} at the offer's threshold and {@code probability} at {@code atSeconds}
   * (Region Kronoberg: the SMS link was used about twice as much when the phone was congested).
   */
  public record WhenCongested(double atSeconds, double probability) {
    public WhenCongested {
      FieldChecks c = new FieldChecks();
      c.require(atSeconds > 0 && atSeconds <= 86400, "at", atSeconds, "must be a wait above 0s, at most 24h");
      c.require(probability > 0 && probability < 1, "probability", probability, "must be a probability above 0 and below 1");
      c.throwIfAny();
    }
  }

  /** Fifteen minutes, the default chat response target: beyond it the chat is congested too. */
  public static final double DEFAULT_MAX_CHAT_WAIT_SECONDS = 900;

  /** An offer with the default bound on the chat's wait. */
  public ChatLink(double offerWhenPredictedWaitOverSeconds, double acceptProbability) {
    this(offerWhenPredictedWaitOverSeconds, acceptProbability, DEFAULT_MAX_CHAT_WAIT_SECONDS, null);
  }

  /** An offer accepted with a fixed probability. */
  public ChatLink(double offerWhenPredictedWaitOverSeconds, double acceptProbability, double maxChatWaitSeconds) {
    this(offerWhenPredictedWaitOverSeconds, acceptProbability, maxChatWaitSeconds, null);
  }

  public ChatLink {
    FieldChecks c = new FieldChecks();
    c.require(offerWhenPredictedWaitOverSeconds >= 0, "offer_when_predicted_wait_over", offerWhenPredictedWaitOverSeconds,
        "must be a duration of 0s or more");
    c.probability("accept_probability", acceptProbability);
    c.require(maxChatWaitSeconds >= 0 && maxChatWaitSeconds <= 7 * 86400, "max_chat_wait", maxChatWaitSeconds,
        "must be a duration from 0s to 7d");
    if (whenCongested != null) {
      c.require(acceptProbability > 0 && acceptProbability < 1, "accept_probability", acceptProbability,
          "must be above 0 and below 1 when accept_when_congested is given (the curve runs through it)");
      c.require(whenCongested.atSeconds() > offerWhenPredictedWaitOverSeconds, "accept_when_congested.at", whenCongested.atSeconds(),
          "must be a wait longer than offer_when_predicted_wait_over (the curve starts there with accept_probability)");
    }
    c.throwIfAny();
  }
}
