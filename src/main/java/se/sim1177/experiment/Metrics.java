package se.sim1177.experiment;

import static se.sim1177.experiment.TallyScope.ratio;

import java.util.List;
import se.sim1177.model.Tally;

/**
 * Every result figure the simulator reports, defined once. The metric table in docs/metrics.md is checked
 * against {@link #SUMMARY} by a test.
 */
public final class Metrics {
  private Metrics() {}

  public static final Metric OFFERED_PER_DAY = new Metric("offered_calls_per_day",
      "call attempts reaching the line per measured day, first attempts and redials",
      Metric.NON_NEGATIVE, s -> s.get(Tally.OFFERED) / s.days());
  public static final Metric ANSWERED_PER_DAY = new Metric("answered_calls_per_day",
      "attempts answered by a nurse per day",
      Metric.NON_NEGATIVE, s -> s.get(Tally.ANSWERED) / s.days());
  public static final Metric UNIQUE_CALLERS_PER_DAY = new Metric("unique_callers_per_day",
      "callers per day, each counted once however often they redial (first attempts)",
      Metric.NON_NEGATIVE, s -> s.get(Tally.FIRST_ATTEMPTS) / s.days());
  public static final Metric REDIALS_PER_DAY = new Metric("redials_per_day",
      "attempts per day that were redials",
      Metric.NON_NEGATIVE, s -> (s.get(Tally.OFFERED) - s.get(Tally.FIRST_ATTEMPTS)) / s.days());
  public static final Metric ANSWER_RATE = Metric.ratio("answer_rate",
      "answered attempts / offered attempts",
      Metric.SHARE, s -> s.get(Tally.ANSWERED), s -> s.get(Tally.OFFERED));
  public static final Metric UNIQUE_CALLER_ANSWER_RATE = Metric.ratio("unique_caller_answer_rate",
      "callers answered on some attempt / unique callers (by the day of their first attempt)",
      Metric.SHARE, s -> s.get(Tally.UNIQUE_ANSWERED), s -> s.get(Tally.FIRST_ATTEMPTS));
  public static final Metric UNIQUE_CALLER_SERVED_RATE = Metric.ratio("unique_caller_served_rate",
      "callers answered on the phone on some attempt, or whose chat from the SMS link got a nurse's response / unique callers",
      Metric.SHARE, s -> s.get(Tally.UNIQUE_ANSWERED) + s.get(Tally.UNIQUE_SERVED_BY_CHAT), s -> s.get(Tally.FIRST_ATTEMPTS));
  public static final Metric MOVED_TO_CHAT_RATE = Metric.ratio("moved_to_chat_rate",
      "attempts that took the SMS link to 1177 direkt instead of waiting / offered attempts (not answered, in answer_rate)",
      Metric.SHARE, s -> s.get(Tally.CHAT_LINK_ACCEPTED), s -> s.get(Tally.OFFERED));
  public static final Metric ABANDON_RATE = Metric.ratio("abandon_rate",
      "attempts that hung up while queueing / offered attempts",
      Metric.SHARE, s -> s.get(Tally.ABANDONED), s -> s.get(Tally.OFFERED));
  public static final Metric BALK_RATE = Metric.ratio("balk_rate",
      "attempts that hung up at once instead of queueing / offered attempts",
      Metric.SHARE, s -> s.get(Tally.BALKED), s -> s.get(Tally.OFFERED));
  public static final Metric BLOCKED_RATE = Metric.ratio("blocked_rate",
      "attempts turned away by a closed queue (\"call later\") / offered attempts",
      Metric.SHARE, s -> s.get(Tally.BLOCKED), s -> s.get(Tally.OFFERED));
  public static final Metric MEAN_WAIT_ANSWERED = Metric.ratio("mean_wait_answered_s",
      "mean wait of answered attempts in seconds, zero waits included (ASA)",
      Metric.NON_NEGATIVE, s -> s.get(Tally.WAIT_ANSWERED), s -> s.get(Tally.ANSWERED));
  public static final Metric MEAN_WAIT_ALL = Metric.ratio("mean_wait_all_s",
      "mean time in queue over all offered attempts in seconds: abandoned up to abandonment, balked and blocked as 0",
      Metric.NON_NEGATIVE, s -> s.get(Tally.WAIT_ALL), s -> s.get(Tally.OFFERED));
  public static final Metric MEAN_TIME_TO_ABANDON = Metric.ratio("mean_time_to_abandon_s",
      "mean time in queue of attempts that abandoned, seconds",
      Metric.NON_NEGATIVE, s -> s.get(Tally.WAIT_ABANDONED), s -> s.get(Tally.ABANDONED));
  public static final Metric P90_WAIT_ANSWERED = new Metric("p90_wait_answered_s",
      "90th percentile of the wait of answered attempts, seconds (one-second bins up to 4.6 h, bins at most 0.2 % wide beyond)",
      Metric.NON_NEGATIVE, s -> s.answeredWaitQuantile(0.9));
  public static final Metric SERVICE_LEVEL = Metric.ratio("service_level",
      "attempts answered within targets.service_level.within (default 5m) / offered attempts",
      Metric.SHARE, s -> s.get(Tally.ANSWERED_WITHIN), s -> s.get(Tally.OFFERED));
  public static final Metric OCCUPANCY = Metric.ratio("occupancy",
      "nurse time working (calls with after-call work, and chat work) / nurse time on duty, overtime included",
      Metric.SHARE, s -> s.get(Tally.BUSY_TIME), s -> s.get(Tally.NURSE_TIME));
  public static final Metric NURSE_HOURS_PER_DAY = new Metric("nurse_hours_per_day",
      "nurse hours on duty per day (absent nurse-shifts excluded, overtime included)",
      Metric.NON_NEGATIVE, s -> s.get(Tally.NURSE_TIME) / 3600 / s.days());
  public static final Metric OVERTIME_HOURS_PER_DAY = new Metric("overtime_hours_per_day",
      "nurse hours per day spent finishing a call after the end of a shift",
      Metric.NON_NEGATIVE, s -> s.get(Tally.OVERTIME) / 3600 / s.days());
  public static final Metric NURSES_ON_DUTY = new Metric("nurses_on_duty",
      "mean number of nurses on duty over the period",
      Metric.NON_NEGATIVE, s -> ratio(s.get(Tally.NURSE_TIME), s.seconds()));
  public static final Metric MEAN_QUEUE_LENGTH = new Metric("mean_queue_length",
      "time-average number of callers waiting",
      Metric.NON_NEGATIVE, s -> ratio(s.get(Tally.QUEUE_TIME), s.seconds()));
  public static final Metric STILL_WAITING = new Metric("still_waiting_at_end",
      "measured attempts still waiting when the line's drain after the period reached its limit (counted in the conservation check)",
      Metric.NON_NEGATIVE, s -> s.get(Tally.STILL_WAITING));

  public static final Metric CHAT_CONTACTS_PER_DAY = new Metric("chat_contacts_per_day",
      "1177 direkt chats started per day: moved from the phone, induced, via the SMS link; self-care included",
      Metric.NON_NEGATIVE, s -> s.get(Tally.CHAT_CONTACTS) / s.days());
  public static final Metric CHAT_ANSWER_RATE = Metric.ratio("chat_answer_rate",
      "chats that got a nurse's first response / chats that needed a nurse (self-care and chats that phoned instead excluded)",
      Metric.SHARE, s -> s.get(Tally.CHAT_ANSWERED), s -> s.get(Tally.CHAT_OFFERED));
  public static final Metric CHAT_ABANDON_RATE = Metric.ratio("chat_abandon_rate",
      "chats whose resident left before a first response (silently or not) / chats that needed a nurse",
      Metric.SHARE, s -> s.get(Tally.CHAT_ABANDONED), s -> s.get(Tally.CHAT_OFFERED));
  public static final Metric CHAT_MEAN_RESPONSE = Metric.ratio("chat_mean_response_s",
      "mean time to a nurse's first response of answered chats, seconds, from the start (or from opening, for held chats)",
      Metric.NON_NEGATIVE, s -> s.get(Tally.CHAT_RESPONSE_SUM), s -> s.get(Tally.CHAT_ANSWERED));
  public static final Metric CHAT_RESPONSE_SERVICE_LEVEL = Metric.ratio("chat_response_service_level",
      "chats answered within targets.chat_response_within.within (default 15m) / chats that needed a nurse",
      Metric.SHARE, s -> s.get(Tally.CHAT_RESPONDED_WITHIN), s -> s.get(Tally.CHAT_OFFERED));
  public static final Metric CHAT_SHARE_REALISED = Metric.ratio("chat_share_realised",
      "residents who started in 1177 direkt by their own choice / residents who chose between it and the phone (those who"
          + " started in chat, and first calls that were not chats phoned instead): the adoption realised",
      Metric.SHARE, s -> s.get(Tally.CHOSE_CHAT),
      s -> s.get(Tally.CHOSE_CHAT) + s.get(Tally.FIRST_ATTEMPTS) - s.get(Tally.CHAT_TO_PHONE));
  public static final Metric CALLS_AVOIDED_PER_DAY = new Metric("calls_avoided_per_day",
      "residents per day who started in 1177 direkt instead of calling, less the chats that found the desk closed and phoned"
          + " instead: first calls the phone line did not get (their redials not counted)",
      Metric.NON_NEGATIVE, s -> Math.max(0, s.get(Tally.CHOSE_CHAT) - s.get(Tally.CHAT_TO_PHONE)) / s.days());
  public static final Metric SELF_CARE_RESOLVED_PER_DAY = new Metric("self_care_resolved_per_day",
      "chats resolved by automated self-care advice per day, with no nurse",
      Metric.NON_NEGATIVE, s -> s.get(Tally.SELF_CARE_RESOLVED) / s.days());
  public static final Metric CALLBACKS_PER_DAY = new Metric("callbacks_per_day",
      "waiting callers per day who accepted a callback",
      Metric.NON_NEGATIVE, s -> s.get(Tally.CALLBACKS) / s.days());
  public static final Metric CHAT_LINK_ACCEPTED_PER_DAY = new Metric("chat_link_accepted_per_day",
      "waiting callers per day who took the SMS link and moved to the chat",
      Metric.NON_NEGATIVE, s -> s.get(Tally.CHAT_LINK_ACCEPTED) / s.days());
  public static final Metric CALLBACKS_UNREACHED_PER_DAY = new Metric("callbacks_unreached_per_day",
      "callbacks per day given up because the resident did not pick up on any try (not answered)",
      Metric.NON_NEGATIVE, s -> s.get(Tally.CALLBACK_UNREACHED) / s.days());
  public static final Metric ESCALATIONS_PER_DAY = new Metric("escalations_per_day",
      "chats per day that ended with a nurse phoning the resident",
      Metric.NON_NEGATIVE, s -> s.get(Tally.ESCALATIONS) / s.days());
  public static final Metric NURSE_HOURS_PHONE = new Metric("nurse_hours_phone",
      "nurse hours per day on phone work: talk and after-call work of answered calls, callbacks and escalation calls",
      Metric.NON_NEGATIVE, s -> (s.get(Tally.BUSY_TIME) - s.get(Tally.CHAT_WORK_TIME)) / 3600 / s.days());
  public static final Metric NURSE_HOURS_CHAT = new Metric("nurse_hours_chat",
      "nurse hours per day on chat work: nurse time within chat sessions and checks of silently abandoned chats",
      Metric.NON_NEGATIVE, s -> s.get(Tally.CHAT_WORK_TIME) / 3600 / s.days());

  /** The figures in {@code summary.json} and {@code replications.csv}, in output order. */
  public static final List<Metric> SUMMARY = List.of(
      OFFERED_PER_DAY, ANSWERED_PER_DAY, UNIQUE_CALLERS_PER_DAY, REDIALS_PER_DAY, ANSWER_RATE,
      UNIQUE_CALLER_ANSWER_RATE, UNIQUE_CALLER_SERVED_RATE, MOVED_TO_CHAT_RATE, ABANDON_RATE, BALK_RATE, BLOCKED_RATE, MEAN_WAIT_ANSWERED,
      MEAN_WAIT_ALL, MEAN_TIME_TO_ABANDON, P90_WAIT_ANSWERED, SERVICE_LEVEL, OCCUPANCY,
      NURSE_HOURS_PER_DAY, OVERTIME_HOURS_PER_DAY, NURSES_ON_DUTY, MEAN_QUEUE_LENGTH, STILL_WAITING,
      CHAT_CONTACTS_PER_DAY, CHAT_ANSWER_RATE, CHAT_ABANDON_RATE, CHAT_MEAN_RESPONSE, CHAT_RESPONSE_SERVICE_LEVEL,
      CHAT_SHARE_REALISED, CALLS_AVOIDED_PER_DAY, SELF_CARE_RESOLVED_PER_DAY, CALLBACKS_PER_DAY, CALLBACKS_UNREACHED_PER_DAY, CHAT_LINK_ACCEPTED_PER_DAY,
      ESCALATIONS_PER_DAY,
      NURSE_HOURS_PHONE, NURSE_HOURS_CHAT);

  /** The figures per weekday × interval in {@code intervals.csv}. */
  public static final List<Metric> INTERVAL = List.of(
      OFFERED_PER_DAY, ANSWERED_PER_DAY, ANSWER_RATE, ABANDON_RATE, MEAN_WAIT_ANSWERED, MEAN_WAIT_ALL,
      SERVICE_LEVEL, OCCUPANCY, NURSES_ON_DUTY, MEAN_QUEUE_LENGTH, CHAT_CONTACTS_PER_DAY, CHAT_ANSWER_RATE,
      CHAT_MEAN_RESPONSE, CHAT_SHARE_REALISED);

  /** The figures per measured day in {@code daily.csv}. */
  public static final List<Metric> DAILY = List.of(
      OFFERED_PER_DAY, ANSWERED_PER_DAY, UNIQUE_CALLERS_PER_DAY, ANSWER_RATE, ABANDON_RATE,
      MEAN_WAIT_ANSWERED, MEAN_WAIT_ALL, SERVICE_LEVEL, OCCUPANCY, NURSE_HOURS_PER_DAY, OVERTIME_HOURS_PER_DAY,
      CHAT_CONTACTS_PER_DAY, CHAT_ANSWER_RATE, CHAT_RESPONSE_SERVICE_LEVEL, CHAT_SHARE_REALISED, CALLS_AVOIDED_PER_DAY);

  /** The summary metric with this key, or null. */
  public static Metric byKey(String key) {
    return SUMMARY.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
  }
}
