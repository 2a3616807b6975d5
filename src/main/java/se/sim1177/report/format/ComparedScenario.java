package se.sim1177.report.format;

import se.sim1177.experiment.ExperimentResult;

/**
 * One scenario of a comparison, as {@code compare.csv}, {@code compare.png} and
 * {@code report.html} show it; the first of a comparison is the base.
 *
 * @param source where the scenario came from (a path, or {@code bundled:NAME})
 * @param result its results
 */
public record ComparedScenario(String source, ExperimentResult result) {}
