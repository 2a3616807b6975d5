package se.sim1177.model;

/**
 * The independent sources of randomness in the model, each with its own random stream. The order
 * is part of the reproducibility contract: a source's stream is fixed by its position, so new
 * sources go at the end and existing results stay the same.
 *
 * <p>Everything about a caller's first attempt (arrival time, talk time, after-call work, patience,
 * whether they would balk) is drawn when the caller first arrives, whether or not it is used, so
 * that two scenarios run with the same seed face the same callers with the same needs.
 */
public enum RandomSource {
  /** Unit-rate exponential gaps turned into first-attempt arrival times. */
  ARRIVALS,
  /** Talk time of each caller (drawn at first arrival). */
  TALK_TIME,
  /** After-call work for each caller (drawn at first arrival). */
  AFTER_CALL_WORK,
  /** Patience on the first attempt. */
  PATIENCE,
  /** Balking decision on the first attempt. */
  BALK,
  /** Whether and when a caller redials, and their patience and balking on redials. */
  REDIAL,
  /**
   * No longer drawn from: absence has one stream per roster shift (see
   * {@link CallCentreModel#absenceSource}). Kept so that the sources after it keep their streams.
   */
  ABSENCE,
  /** Each day's busyness factor. */
  DAY_BUSYNESS,
  /** Whether a first contact starts in chat instead of calling (drawn only when there is a chat). */
  CHANNEL,
  /** Unit-rate exponential gaps turned into chat start times. */
  CHAT_ARRIVALS,
  /** Everything about a chat contact, drawn when it starts: self-care, session, nurse time, patience, silence, escalation. */
  CHAT,
  /** Whether a waiting caller accepts a callback or an SMS link to the chat. */
  CALLER_OFFERS,
  /** Talk time, after-call work, patience and balking of residents who phone because the chat is closed. */
  CHAT_TO_PHONE,
  /** Whether a callback's call reaches the resident. */
  CALLBACK_REACH,
  /**
   * The forecast's error: one factor per replication on the period's volume. Last, so that adding
   * it moved no other stream; drawn only when the scenario has one.
   */
  FORECAST
}
