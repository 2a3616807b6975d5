package se.sim1177.history;

import java.util.List;
import se.sim1177.scenario.Scenario;

/**
 * Everything {@code import} found in an export, for the files and the console that show it.
 *
 * @param exportShown the export as the user named it
 * @param exportSha256 the export's SHA-256, so a result names exactly the file it came from
 * @param scenario the scenario whose demand is replaced, as read
 * @param scenarioSource the scenario as the user named it
 * @param scenarioText its text exactly as read
 * @param months the observed figures of each calendar month
 * @param calibrateOn the observed figures of the fitted period, which {@code calibrate} reproduces
 * @param serviceLevelSeconds the threshold the export's answered-within column counts
 */
public record ImportResult(String version, List<String> commandLine, String exportShown, String exportSha256,
    ExportReader.Read read, CallHistory history, FittedDemand demand, List<ObservedPeriod> months, ObservedPeriod calibrateOn,
    double serviceLevelSeconds, Scenario scenario, String scenarioSource, String scenarioText) {
  public ImportResult {
    commandLine = List.copyOf(commandLine);
    months = List.copyOf(months);
  }
}
