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
 * @param targets what a staffing level must achieve, and the shrinkage; {@link ErlangTargets#NONE} for the plain table
 * @param asTyped the options' values as typed, by option name ({@code --calls-per-hour}), for
 *     messages; an option missing here is shown from its value
 */
public record ErlangOptions(double callsPerHour, double handleSeconds, Double patienceSeconds, String nurses,
    double withinSeconds, ErlangTargets targets, Map<String, String> asTyped) {

  public ErlangOptions {
    targets = targets == null ? ErlangTargets.NONE : targets;
    asTyped = Map.copyOf(asTyped);
  }

  /** The plain table, no targets, with the options' typed text. */
  public ErlangOptions(double callsPerHour, double handleSeconds, Double patienceSeconds, String nurses, double withinSeconds,
      Map<String, String> asTyped) {
    this(callsPerHour, handleSeconds, patienceSeconds, nurses, withinSeconds, ErlangTargets.NONE, asTyped);
  }

  /** The plain table without the options' typed text: messages show the values. */
  public ErlangOptions(double callsPerHour, double handleSeconds, Double patienceSeconds, String nurses, double withinSeconds) {
    this(callsPerHour, handleSeconds, patienceSeconds, nurses, withinSeconds, Map.of());
  }

  /** "--aht 8m": the option and its value as typed, or {@code value} when it was not typed. */
  String shown(String option, String value) {
    return option + " " + asTyped.getOrDefault(option, value);
  }
}
