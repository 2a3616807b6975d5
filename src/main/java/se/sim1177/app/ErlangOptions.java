package se.sim1177.app;

import java.util.Map;

/**
 * Everything {@code sim1177 erlang} is asked to compute.
 *
 * @param callsPerHour offered calls per hour
 * @param handleSeconds mean handling time (talk plus after-call work), seconds
 * @param patienceSeconds mean (exponential) caller patience in seconds for Erlang A, or null for Erlang C
 * @param nurses a staffing level like "12" or a range like "10..16" as typed, or null for a range around the load
 * @param withinSeconds the service-level threshold, seconds
 * @param asTyped the options' values as typed, by option name ({@code --calls-per-hour}), for
 *     messages; an option missing here is shown from its value
 */
public record ErlangOptions(double callsPerHour, double handleSeconds, Double patienceSeconds, String nurses,
    double withinSeconds, Map<String, String> asTyped) {

  public ErlangOptions {
    asTyped = Map.copyOf(asTyped);
  }

  /** The options without their typed text: messages show the values. */
  public ErlangOptions(double callsPerHour, double handleSeconds, Double patienceSeconds, String nurses, double withinSeconds) {
    this(callsPerHour, handleSeconds, patienceSeconds, nurses, withinSeconds, Map.of());
  }

  /** "--aht 8m": the option and its value as typed, or {@code value} when it was not typed. */
  String shown(String option, String value) {
    return option + " " + asTyped.getOrDefault(option, value);
  }
}
