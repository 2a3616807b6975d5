package se.sim1177.model;

import se.sim1177.scenario.Callback;
import se.sim1177.scenario.Chat;
import se.sim1177.scenario.ChatLink;
import se.sim1177.scenario.Scenario;

/**
 * The phone line's part of a compiled scenario: callers' needs and behaviour, the queue's limits,
 * and what callers who would wait are offered. Read only by {@link PhoneLine}.
 */
final class PhoneSettings {
  final DurationSampler talkTime;
  final DurationSampler afterCallWork;
  final DurationSampler patience;
  final DurationSampler redialDelay;
  /** The rate at which a caller on the line abandons, 1 / mean patience (the announcement's θ); 0 when nobody does. */
  final double abandonRate;
  final double balkProbability;
  /**
   * Whether a first attempt draws its after-call work and its balking from their streams. Each has
   * a stream of its own, so a draw whose value cannot matter (a fixed after-call work, no balking)
   * is left out without moving any other stream: the callers stay the same.
   */
  final boolean drawsAfterCall;
  final boolean drawsBalk;
  final double redialProbability;
  final int maxAttempts;
  final int maxWaiting;
  final double maxPredictedWaitSeconds;

  /** Whether residents may start in 1177 direkt instead of calling, and the share who do. */
  final boolean residentsChooseChat;
  final double chatAdoption;

  // Offers made to callers who would have to wait.
  final boolean callbackOffered;
  final double callbackOverSeconds;
  final double callbackAccept;
  final boolean callbackKeepsPlace;
  final double callbackReach;
  final double callbackRetryAfterSeconds;
  final int callbackMaxTries;
  final double callbackRingSeconds;
  final boolean chatLinkOffered;
  final double chatLinkOverSeconds;
  final double chatLinkAccept;
  /** Acceptance of the SMS link by the wait beyond the offer's threshold, or null for a fixed {@code chatLinkAccept}. */
  final ChoiceCurve chatLinkCurve;

  PhoneSettings(Scenario scenario) {
    talkTime = DurationSampler.of(scenario.handling().talkTime());
    afterCallWork = DurationSampler.of(scenario.handling().afterCallWork());
    patience = DurationSampler.of(scenario.callers().patience());
    redialDelay = DurationSampler.of(scenario.callers().redial().delay());
    double meanPatience = scenario.callers().patience().mean();
    abandonRate = meanPatience > 0 && meanPatience < Double.POSITIVE_INFINITY ? 1 / meanPatience : 0;
    balkProbability = scenario.callers().balkProbability();
    drawsAfterCall = !afterCallWork.constant();
    drawsBalk = balkProbability > 0;
    redialProbability = scenario.callers().redial().probability();
    maxAttempts = scenario.callers().redial().maxAttempts();
    maxWaiting = scenario.queue().maxWaiting();
    maxPredictedWaitSeconds = scenario.queue().maxPredictedWaitSeconds();

    Chat chat = scenario.chat();
    boolean chatDesk = chat != Chat.NONE;
    residentsChooseChat = chatDesk && chat.inUse();
    chatAdoption = chat.adoption();

    Callback callback = scenario.callers().callback();
    callbackOffered = callback != null;
    callbackOverSeconds = callback == null ? Double.POSITIVE_INFINITY : callback.offerWhenPredictedWaitOverSeconds();
    callbackAccept = callback == null ? 0 : callback.acceptProbability();
    callbackKeepsPlace = callback == null || callback.keepPlace();
    callbackReach = callback == null ? 1 : callback.reachProbability();
    callbackRetryAfterSeconds = callback == null ? 0 : callback.retryAfterSeconds();
    callbackMaxTries = callback == null ? 1 : callback.maxTries();
    callbackRingSeconds = callback == null ? 0 : callback.ringSeconds();
    ChatLink link = scenario.callers().chatLink();
    chatLinkOffered = link != null && chatDesk;
    chatLinkOverSeconds = link == null ? Double.POSITIVE_INFINITY : link.offerWhenPredictedWaitOverSeconds();
    chatLinkAccept = link == null ? 0 : link.acceptProbability();
    chatLinkCurve = link == null || link.whenCongested() == null ? null : new ChoiceCurve(link.acceptProbability(),
        link.whenCongested().probability(), link.whenCongested().atSeconds() - link.offerWhenPredictedWaitOverSeconds());
  }
}
