package se.sim1177.app;

/**
 * Everything {@code sim1177 erlang} is asked to compute.
 *
 * @param callsPerHour offered calls per hour
 * @param handleSeconds mean handling time (talk plus after-call work), seconds
 * @param patienceSeconds mean (exponential) caller patience in seconds for Erlang A, or null for Erlang C
 * @param nurses a staffing level like "12" or a range like "10..16" as typed, or null for a range around the load
 * @param withinSeconds the service-level threshold, seconds
 */
public record ErlangOptions(double callsPerHour, double handleSeconds, Double patienceSeconds, String nurses,
    double withinSeconds) {}
