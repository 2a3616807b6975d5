package se.sim1177.report.format;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.Metrics;

/**
 * How charts show a summary metric, defined once for every key in {@link Metrics#SUMMARY}: a label in
 * words, the unit it is shown in and the factor from the unit it is computed in. Rates (computed as
 * shares 0..1) are shown in per cent, durations (computed in seconds) in minutes, the rest as
 * computed. Every metric is at least 0; rates are at most 100 %. The console, CSV and JSON outputs
 * keep the raw keys and units; this is for charts only.
 *
 * @param key the metric's key in the output files
 * @param label the metric in words, lower case ("answer rate")
 * @param unit the display unit ("%", "min", "nurse hours per day")
 * @param scale display value = computed value × scale
 * @param max the largest possible display value (100 for rates, infinity otherwise)
 */
public record MetricDisplay(String key, String label, String unit, double scale, double max) {
  private static final Map<String, MetricDisplay> BY_KEY = new LinkedHashMap<>();

  static {
    count(Metrics.OFFERED_PER_DAY, "offered calls", "calls per day");
    count(Metrics.ANSWERED_PER_DAY, "answered calls", "calls per day");
    count(Metrics.UNIQUE_CALLERS_PER_DAY, "unique callers", "callers per day");
    count(Metrics.REDIALS_PER_DAY, "redials", "calls per day");
    rate(Metrics.ANSWER_RATE, "answer rate");
    rate(Metrics.UNIQUE_CALLER_ANSWER_RATE, "unique-caller answer rate");
    rate(Metrics.UNIQUE_CALLER_SERVED_RATE, "unique callers served, phone or SMS-link chat");
    rate(Metrics.MOVED_TO_CHAT_RATE, "calls moved to chat by SMS link");
    rate(Metrics.ABANDON_RATE, "abandon rate");
    rate(Metrics.BALK_RATE, "balk rate");
    rate(Metrics.BLOCKED_RATE, "calls turned away by a closed queue");
    minutes(Metrics.MEAN_WAIT_ANSWERED, "mean wait of answered calls");
    minutes(Metrics.MEAN_WAIT_ALL, "mean wait of all calls");
    minutes(Metrics.MEAN_TIME_TO_ABANDON, "mean time to abandon");
    minutes(Metrics.P90_WAIT_ANSWERED, "90th percentile wait of answered calls");
    rate(Metrics.SERVICE_LEVEL, "service level");
    rate(Metrics.OCCUPANCY, "nurse occupancy");
    count(Metrics.NURSE_HOURS_PER_DAY, "nurse hours on duty", "nurse hours per day");
    count(Metrics.OVERTIME_HOURS_PER_DAY, "overtime", "nurse hours per day");
    count(Metrics.NURSES_ON_DUTY, "nurses on duty", "nurses, mean over the period");
    count(Metrics.MEAN_QUEUE_LENGTH, "mean queue length", "callers waiting");
    count(Metrics.STILL_WAITING, "calls still waiting when the drain stopped", "calls");
    count(Metrics.CHAT_CONTACTS_PER_DAY, "chats started", "chats per day");
    rate(Metrics.CHAT_ANSWER_RATE, "chat answer rate");
    rate(Metrics.CHAT_ABANDON_RATE, "chat abandon rate");
    minutes(Metrics.CHAT_MEAN_RESPONSE, "mean first response of answered chats");
    rate(Metrics.CHAT_RESPONSE_SERVICE_LEVEL, "chat response service level");
    rate(Metrics.CHAT_SHARE_REALISED, "residents starting in 1177 direkt (adoption realised)");
    count(Metrics.CALLS_AVOIDED_PER_DAY, "first calls avoided by 1177 direkt", "calls per day");
    count(Metrics.SELF_CARE_RESOLVED_PER_DAY, "chats resolved by self-care", "chats per day");
    count(Metrics.CALLBACKS_PER_DAY, "callbacks", "callbacks per day");
    count(Metrics.CALLBACKS_UNREACHED_PER_DAY, "callbacks given up, resident not reached", "callbacks per day");
    count(Metrics.CHAT_LINK_ACCEPTED_PER_DAY, "callers moved to chat by SMS link", "callers per day");
    count(Metrics.ESCALATIONS_PER_DAY, "chats escalated to a phone call", "chats per day");
    count(Metrics.NURSE_HOURS_PHONE, "nurse hours on phone work", "nurse hours per day");
    count(Metrics.NURSE_HOURS_CHAT, "nurse hours on chat work", "nurse hours per day");
  }

  private static void rate(Metric m, String label) {
    BY_KEY.put(m.key(), new MetricDisplay(m.key(), label, "%", 100, 100));
  }

  private static void minutes(Metric m, String label) {
    BY_KEY.put(m.key(), new MetricDisplay(m.key(), label, "min", 1 / 60.0, Double.POSITIVE_INFINITY));
  }

  private static void count(Metric m, String label, String unit) {
    BY_KEY.put(m.key(), new MetricDisplay(m.key(), label, unit, 1, Double.POSITIVE_INFINITY));
  }

  /** How {@code metric} is shown; every summary metric has one. */
  public static MetricDisplay of(Metric metric) {
    return of(metric.key());
  }

  /** How the summary metric with this key is shown. */
  public static MetricDisplay of(String key) {
    MetricDisplay d = BY_KEY.get(key);
    if (d == null) {
      throw new IllegalArgumentException("no chart display defined for metric " + key);
    }
    return d;
  }

  /** True for metrics with an upper bound (rates, shown 0–100 %). */
  public boolean bounded() {
    return Double.isFinite(max);
  }

  /** A computed value in display units. */
  public double value(double computed) {
    return computed * scale;
  }

  /** A computed value in display units, kept within the possible range [0, max] (for CI bounds). */
  public double clipped(double computed) {
    return Math.min(max, Math.max(0, value(computed)));
  }

  /** The axis label: the metric in words and its unit, {@code "answer rate (%)"}. */
  public String axisLabel() {
    return label + " (" + unit + ")";
  }

  /** The label with a capital first letter, for titles. */
  public String title() {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /** A computed value with its display unit, {@code "85 %"}, {@code "10 min"}, {@code "7.5 min"}. */
  public String format(double computed) {
    if (Double.isNaN(computed)) {
      return "–"; // nothing measured: never a made-up 0
    }
    double v = value(computed);
    double rounded = Math.round(v * 10) / 10.0;
    String number = rounded == Math.rint(rounded)
        ? String.format(Locale.ROOT, "%.0f", rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
    return number + " " + unit;
  }
}
