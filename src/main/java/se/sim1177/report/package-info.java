/**
 * How results are shown and written, by role inside: the common base ({@code format}), the charts
 * ({@code chart}), the HTML pages ({@code page}), the files and the results folder that keeps them
 * ({@code file}) and what the commands print ({@code console}). This package itself writes each
 * command's results folder from them: {@link se.sim1177.report.ResultWriters} a run's,
 * {@link se.sim1177.report.SweepReport}, {@link se.sim1177.report.CompareReport},
 * {@link se.sim1177.report.StaffingReport} and {@link se.sim1177.report.ScalingReport} the others'.
 *
 * <p>Dependencies point one way (checked by {@code ArchitectureTest}): this package may use every
 * subpackage; {@code page} uses {@code chart} and {@code format}; {@code chart}, {@code file} and
 * {@code console} use {@code format} alone; {@code format} uses none of them. No subpackage uses
 * this package.
 */
package se.sim1177.report;
