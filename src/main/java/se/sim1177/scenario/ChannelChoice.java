package se.sim1177.scenario;

import java.util.List;

/**
 * How residents' choice between the phone and 1177 direkt reacts to what they see of the phone
 * line: the share who start in chat follows a logit curve in the phone's congestion, through the
 * chat's base adoption when the phone is not congested and through {@code atAdoption} when the
 * signal reaches {@code at}. The signal is the line's own, published at every interval's start and
 * seen {@code delaySeconds} later (Region Kronoberg saw residents move to the digital channel when
 * the phone's answer rate fell: final report of the pilot "Digital anamnes och triage", 2021).
 *
 * @param signal what residents see
 * @param delaySeconds how old the information is when a resident sees it
 * @param windowSeconds for {@link Signal#RECENT_ANSWER_RATE}: the period the answer rate is taken over
 * @param at the signal's value at the curve's second point: a wait in seconds, or an answer rate
 * @param atAdoption the share who start in chat at that value
 */
public record ChannelChoice(Signal signal, double delaySeconds, double windowSeconds, double at, double atAdoption) {
  /** What residents see of the phone line. */
  public enum Signal {
    /** The wait the line announces to a caller arriving at the interval's start (as 1177.se shows "the wait now"). */
    ANNOUNCED_WAIT("announced_wait"),
    /** Answered calls / offered calls over the last {@code window}, as a live dashboard shows. */
    RECENT_ANSWER_RATE("recent_answer_rate");

    private final String key;

    Signal(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    public static final List<String> KEYS = List.of(ANNOUNCED_WAIT.key, RECENT_ANSWER_RATE.key);

    public static Signal parse(String key) {
      return key.equals(RECENT_ANSWER_RATE.key) ? RECENT_ANSWER_RATE : ANNOUNCED_WAIT;
    }
  }

  /** Residents see the figure published at the start of their interval. */
  public static final double DEFAULT_DELAY_SECONDS = 0;
  /** The answer rate of the last hour. */
  public static final double DEFAULT_WINDOW_SECONDS = 3600;

  public ChannelChoice {
    FieldChecks c = new FieldChecks();
    c.require(signal != null, "signal", null, "is required: one of " + String.join(", ", Signal.KEYS));
    // Up to a year: residents may go by what they heard weeks ago.
    c.require(delaySeconds >= 0 && delaySeconds <= 366 * 86400, "delay", delaySeconds, "must be a duration from 0s to 366d");
    c.require(windowSeconds > 0 && windowSeconds <= 86400, "window", windowSeconds, "must be a duration above 0s, at most 24h");
    if (signal == Signal.RECENT_ANSWER_RATE) {
      c.require(at > 0 && at < 1, "response.at", at, "must be an answer rate above 0 and below 1 (1 is a phone that is not congested)");
    } else {
      c.require(at > 0 && at <= 86400, "response.at", at, "must be a wait above 0s, at most 24h");
    }
    c.require(atAdoption > 0 && atAdoption < 1, "response.adoption", atAdoption, "must be a share above 0 and below 1");
    c.throwIfAny();
  }

  /**
   * How congested a signal value shows the phone to be, in the signal's own units from the
   * uncongested phone (0): the announced wait itself, or the share of calls not answered.
   */
  public double congestion(double signalValue) {
    return signal == Signal.RECENT_ANSWER_RATE ? 1 - signalValue : signalValue;
  }

  /** The congestion at the curve's second point. */
  public double congestionAtResponse() {
    return congestion(at);
  }
}
