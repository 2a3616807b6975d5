package se.sim1177.report.format;

import java.util.List;
import se.sim1177.experiment.ExperimentSummary;

/**
 * One variant of a sweep, as every output of {@code sweep} shows it (the console's table,
 * {@code sweep.csv}, the charts and {@code report.html}): the varied keys' values as given to
 * {@code --vary}, and what the outputs need of its results.
 *
 * @param values the varied keys' values, in the order of the keys, as typed
 * @param summary the variant's results
 */
public record SweepVariant(List<String> values, ExperimentSummary summary) {}
