package se.sim1177.scenario;

import java.util.List;

/**
 * 1177 direkt: residents who start in chat instead of calling, and how the chat desk works.
 *
 * @param adoption share of first contacts that start in chat instead of calling
 * @param inducedDemand extra chat contacts from residents who would not have called, relative to
 *     those who moved from the phone
 * @param intraday the day's shape of chat contacts (24, 48 or 96 weights), or null for the phone's
 * @param open when the chat is staffed
 * @param outsideOpenPhone true when a resident who finds the chat closed phones instead; false when
 *     the chat is held until it opens
 * @param selfCareAutomated share of chats resolved by automated self-care advice, with no nurse
 * @param sessionDuration elapsed time a chat holds one of the nurse's slots
 * @param nurseTime the nurse's own work within that session
 * @param concurrency chats a nurse may hold open at once
 * @param patience how long a resident waits for the first response before leaving
 * @param silentAbandon share of those who leave without closing the chat, so a nurse spends a slot
 *     and {@code silentCheckTime} finding out
 * @param silentCheckTime nurse time spent on a chat whose resident has silently left
 * @param escalateToPhone share of chats that end with a nurse phoning the resident
 * @param choice how the share who start in chat reacts to the phone's congestion; null for a
 *     fixed share ({@code adoption})
 */
public record Chat(double adoption, double inducedDemand, List<Double> intraday, List<OpenHours> open, boolean outsideOpenPhone,
    double selfCareAutomated, DistributionSpec sessionDuration, DistributionSpec nurseTime, int concurrency,
    DistributionSpec patience, double silentAbandon, double silentCheckTime, double escalateToPhone,
    double serveFirstAfterSeconds, ChannelChoice choice) {
  /** No chat: everyone calls. */
  public static final Chat NONE = new Chat(0, 0, null, List.of(), false, 0, new DistributionSpec.Fixed(0),
      new DistributionSpec.Fixed(0), 1, new DistributionSpec.Fixed(0), 0, 0, 0, 0, null);

  // Defaults of the chat section, each used when its key is not written: a common 1177 direkt
  // set-up, each an assumption to replace with the region's own.
  public static final double DEFAULT_INDUCED_DEMAND = 0;
  /** Staffed hours: always open. */
  public static final List<OpenHours> DEFAULT_OPEN = List.of(OpenHours.ALWAYS);
  /** A resident who finds the chat closed waits for it to open. */
  public static final boolean DEFAULT_OUTSIDE_OPEN_PHONE = false;
  public static final double DEFAULT_SELF_CARE_AUTOMATED = 0;
  public static final int DEFAULT_CONCURRENCY = 1;
  /** Wait for a first response: exponential with a mean of 30 minutes. */
  public static final DistributionSpec DEFAULT_PATIENCE = new DistributionSpec.Exponential(1800);
  public static final double DEFAULT_SILENT_ABANDON = 0;
  /** Two minutes to find out that a resident has left. */
  public static final double DEFAULT_SILENT_CHECK_SECONDS = 120;
  public static final double DEFAULT_ESCALATE_TO_PHONE = 0;
  /**
   * A chat that has waited 15 minutes (the default chat response target) is served before calls by
   * blended nurses whose priority is the phone, so the phone's priority cannot starve the chat.
   */
  public static final double DEFAULT_SERVE_FIRST_AFTER_SECONDS = 900;

  /** A chat whose adoption is a fixed share. */
  public Chat(double adoption, double inducedDemand, List<Double> intraday, List<OpenHours> open, boolean outsideOpenPhone,
      double selfCareAutomated, DistributionSpec sessionDuration, DistributionSpec nurseTime, int concurrency,
      DistributionSpec patience, double silentAbandon, double silentCheckTime, double escalateToPhone,
      double serveFirstAfterSeconds) {
    this(adoption, inducedDemand, intraday, open, outsideOpenPhone, selfCareAutomated, sessionDuration, nurseTime, concurrency,
        patience, silentAbandon, silentCheckTime, escalateToPhone, serveFirstAfterSeconds, null);
  }

  public Chat {
    intraday = intraday == null ? null : List.copyOf(intraday);
    open = List.copyOf(open);
    FieldChecks c = new FieldChecks();
    c.probability("adoption", adoption);
    c.require(inducedDemand >= 0 && inducedDemand <= 10, "induced_demand", inducedDemand, "must be between 0 and 10");
    if (intraday != null) {
      int n = intraday.size();
      c.require(n == 24 || n == 48 || n == 96, "intraday", n + " values", "must be 24, 48 or 96 weights");
      double sum = 0;
      for (int i = 0; i < n; i++) {
        c.require(intraday.get(i) >= 0 && Double.isFinite(intraday.get(i)), "intraday[" + i + "]", intraday.get(i), "must be zero or more");
        sum += Math.max(0, intraday.get(i));
      }
      c.require(sum > 0, "intraday", "all zero", "must have at least one positive weight");
    }
    c.probability("self_care_automated", selfCareAutomated);
    c.require(sessionDuration != null, "session_duration", null, "is required");
    c.require(nurseTime != null, "nurse_time", null, "is required");
    c.require(concurrency >= 1 && concurrency <= 20, "concurrency", concurrency, "must be a whole number from 1 to 20");
    c.require(patience != null, "patience", null, "is required");
    c.probability("silent_abandon", silentAbandon);
    c.require(silentCheckTime >= 0 && silentCheckTime <= 86400, "silent_check_time", silentCheckTime, "must be a duration up to 24h");
    c.probability("escalate_to_phone", escalateToPhone);
    c.require(serveFirstAfterSeconds >= 0 && serveFirstAfterSeconds <= 7 * 86400, "serve_first_after", serveFirstAfterSeconds,
        "must be a duration from 0s to 7d");
    // The curve runs through the base adoption on a logit scale, which has no 0 or 1.
    c.require(choice == null || (adoption > 0 && adoption < 1), "adoption", adoption,
        "must be above 0 and below 1 when chat.choice is given (the choice curve runs through it)");
    c.throwIfAny();
  }

  /** Whether residents use the chat at all. */
  public boolean inUse() {
    return adoption > 0;
  }

  /** Whether the share who start in chat reacts to the phone line. */
  public boolean reactive() {
    return choice != null;
  }
}
