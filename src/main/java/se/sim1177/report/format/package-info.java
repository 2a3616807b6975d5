/**
 * The common base of every output, which knows no other report package: what outputs are written
 * from ({@link se.sim1177.report.format.RunInfo}, a sweep's
 * {@link se.sim1177.report.format.SweepVariant}, a comparison's
 * {@link se.sim1177.report.format.ComparedScenario}, the scaling study's
 * {@link se.sim1177.report.format.ScalingMeasurement}) and how figures, targets, differences and
 * verdicts read, the same in a chart, a page, a file and on the console
 * ({@link se.sim1177.report.format.MetricDisplay}, {@link se.sim1177.report.format.Numbers},
 * {@link se.sim1177.report.format.Verdicts}, {@link se.sim1177.report.format.Differences},
 * {@link se.sim1177.report.format.ControlCharacters}).
 */
package se.sim1177.report.format;
