package se.sim1177.bench;

import java.nio.file.Path;

/**
 * What {@code sim1177 bench} measures.
 *
 * @param scenario scenario file, or null for the bundled large-region workload
 * @param days measured days per replication (overrides the scenario's), or null
 * @param threads threads for the parallel measurement
 * @param warmupSeconds untimed run before each measurement, for the JIT
 * @param measureSeconds length of each timed round
 * @param rounds timed rounds per measurement; the median is reported
 * @param floor whether to measure the bare-loop floor too ({@code --no-reference} turns it off; the SSJ
 *     reference model is measured by JMH, {@link BenchReport#SSJ_COMPARISON})
 * @param scalingOut when not null, run the scaling study instead and write it into this folder
 */
public record BenchOptions(Path scenario, Integer days, int threads, double warmupSeconds, double measureSeconds,
    int rounds, boolean floor, Path scalingOut) {}
