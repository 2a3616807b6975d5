/**
 * The files of a results folder, CSV, JSON and YAML, each through the one writer of its format
 * ({@code Csv}, {@code Json}, {@code YamlText}), and the folder that keeps them safe
 * ({@link se.sim1177.report.file.ResultFolder}: staged, flushed, recorded in {@code run.json},
 * moved into place, never over something sim1177 did not write). Uses only {@code report.format}.
 */
package se.sim1177.report.file;
