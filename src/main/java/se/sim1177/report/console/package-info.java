/**
 * What the commands print, for people ({@link se.sim1177.report.console.ConsoleReport},
 * {@link se.sim1177.report.console.SweepConsole}, {@link se.sim1177.report.console.CompareConsole},
 * {@link se.sim1177.report.console.StaffingConsole}, {@link se.sim1177.report.console.ImportConsole},
 * {@link se.sim1177.report.console.CalibrationConsole}), and the stream everything printed goes
 * through, which shows control characters as escapes ({@link se.sim1177.report.console.ConsoleStream}).
 * Uses only {@code report.format}.
 */
package se.sim1177.report.console;
