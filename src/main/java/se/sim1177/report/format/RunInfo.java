package se.sim1177.report.format;

import java.util.List;

/**
 * What is needed to reproduce a run besides its results: the program version, the command line,
 * the scenario as written and the overrides applied to it.
 *
 * @param scenarioSource where the scenario came from (a path, or {@code bundled:NAME})
 * @param scenarioText the scenario file's text exactly as read
 * @param startedAt ISO-8601 time the run started (for the record only; never in a result figure)
 */
public record RunInfo(String version, List<String> commandLine, String scenarioSource, String scenarioText,
    List<String> overrides, String startedAt) {
  public RunInfo {
    commandLine = List.copyOf(commandLine);
    overrides = List.copyOf(overrides);
  }
}
