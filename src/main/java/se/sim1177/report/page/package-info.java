/**
 * The self-contained HTML pages, one {@code report.html} per command
 * ({@link se.sim1177.report.page.RunReportPage}, {@link se.sim1177.report.page.SweepReportPage},
 * {@link se.sim1177.report.page.CompareReportPage}, {@link se.sim1177.report.page.StaffReportPage}),
 * built as text from escaped pieces ({@link se.sim1177.report.page.Html}) in one frame
 * ({@code ReportPage}). Uses {@code report.chart} for its figures and {@code report.format}.
 */
package se.sim1177.report.page;
