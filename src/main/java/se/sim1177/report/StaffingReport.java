package se.sim1177.report;

import java.io.IOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import se.sim1177.report.chart.ChartStyle;
import se.sim1177.report.chart.CoverageChart;
import se.sim1177.report.chart.RosterChart;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.file.StaffYaml;
import se.sim1177.report.file.StaffingFiles;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.page.StaffReportPage;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.staffing.SearchSettings;
import se.sim1177.staffing.StaffingOutcome;
import se.sim1177.staffing.StaffingProblem;

/**
 * What {@code sim1177 staff} writes: {@code requirements.csv} and {@code staffing.json}
 * ({@link StaffingFiles}), {@code roster.yaml} and {@code staffed-scenario.yaml} ({@link StaffYaml}),
 * {@code coverage.png} ({@link CoverageChart}), {@code report.html} ({@link StaffReportPage}) and
 * {@code run.json}. What it prints is {@link se.sim1177.report.console.StaffingConsole}'s.
 */
public final class StaffingReport {
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 700;

  private StaffingReport() {}

  /** Writes every file into {@code folder}. */
  public static void write(StaffingOutcome outcome, StaffingProblem problem, SearchSettings settings, RunInfo info,
      double wallSeconds, ResultFolder folder) throws IOException {
    Scenario scenario = problem.scenario();
    folder.writeText("requirements.csv", StaffingFiles.requirementsCsv(outcome, problem));
    String chosenBy = outcome.method().key() + ", scope " + outcome.scope().key();
    List<StaffGroup> roster = outcome.roster().groups();
    folder.writeText("roster.yaml", StaffYaml.rosterFile(chosenBy, scenario.name(), roster));
    folder.writeText("staffed-scenario.yaml", StaffYaml.staffedScenario(info, chosenBy, roster));
    folder.writeText("staffing.json", StaffingFiles.json(outcome, problem, settings));
    JFreeChart chart = CoverageChart.chart(outcome, problem);
    folder.write("coverage.png", out -> ChartStyle.writePng(out, chart, WIDTH, HEIGHT));
    JFreeChart shifts = RosterChart.chart(outcome.roster(), scenario.name() + ", " + chosenBy);
    folder.write("roster.png", out -> ChartStyle.writePng(out, shifts, WIDTH, RosterChart.height(outcome.roster())));
    folder.writeText(RunReportWriter.FILE_NAME, StaffReportPage.html(outcome, problem, settings, info));
    folder.writeText(ResultFolder.RUN_RECORD, StaffingFiles.runJson(outcome, problem, settings, info, wallSeconds));
  }
}
