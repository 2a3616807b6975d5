package se.sim1177.report.format;

/**
 * One measurement of the scaling study, one line of {@code scaling.csv}: the study's rows as plain
 * columns, so that the report packages do not depend on the benchmark code that measures them.
 *
 * @param study {@code calls_per_day}, {@code horizon} or {@code replications}
 * @param callsPerDay mean calls per day of the measured scenario
 * @param peakNurses nurses rostered at the busiest moment
 * @param days measured days per replication
 * @param replications replications per experiment (1 for the one-replication studies)
 * @param threads threads that ran the measurement
 * @param calls calls simulated in the measurement (warm-up days included)
 * @param events events simulated in the measurement
 * @param seconds wall seconds of the measurement
 * @param nanosPerCall wall nanoseconds per call times threads: the cost of one call on one core
 * @param nanosPerEvent wall nanoseconds per event times threads
 * @param callsPerSecond calls per wall second
 * @param replicationsPerSecond replications per wall second
 * @param bytesPerReplication bytes one replication allocates (tallies and arrays), -1 if unknown
 */
public record ScalingMeasurement(String study, double callsPerDay, int peakNurses, int days, int replications, int threads,
    long calls, long events, double seconds, double nanosPerCall, double nanosPerEvent, double callsPerSecond,
    double replicationsPerSecond, long bytesPerReplication) {}
