package se.sim1177.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.ImportJob;
import se.sim1177.app.ImportOptions;

/** {@code sim1177 import}: a telephony export → the scenario's demand and the observed figures. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Fit a scenario's demand to a telephony platform's interval export.",
        "The export has one row per day and interval: date, interval start, calls",
        "offered; where present answered, abandoned, answered within the service-level",
        "threshold, wait, handle time, unique callers.",
        "Writes arrivals.yaml (calls per day, weekday factors, the day's shape per",
        "group of weekdays, day-to-day busyness), observed.yaml (the figures the",
        "region reports, per month), scenario.yaml (--scenario with that demand and",
        "handle time), history.png (the export against the fit), report.html (all",
        "of it as one page) and run.json into the results folder."})
final class ImportCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(paramLabel = "EXPORT", description = "The export (CSV; ';' with decimal commas or ',' with points).")
  private Path export;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = {"Scenario whose demand is replaced (default: the bundled", "starter scenario, scenarios/00-starter.yaml)."})
  private Path scenario;

  @Option(names = "--columns", paramLabel = "FIELD=HEADER", split = ",",
      description = {"Name the export's headers for fields it does not recognise,", "like --columns date=Datum,offered=Inkommande.",
          "Fields: date, interval, offered, answered, abandoned,", "answered_within, wait_total, mean_wait, handle_time,",
          "unique_callers."})
  private Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--period", paramLabel = "PERIOD",
      description = {"The days to fit: a month (2019-11) or dates", "(2019-11-04..2019-12-01). Default: the latest whole month."})
  private String period;

  @Option(names = "--profile-weeks", paramLabel = "N",
      description = {"Weeks up to the period's end that the weekday factors, the", "day's shapes and the busyness are fitted to (default: 8);",
          "calls per day is always the period's own."})
  private int profileWeeks = ImportOptions.DEFAULT_PROFILE_WEEKS;

  @Option(names = "--answered-within", paramLabel = "DURATION", converter = DurationConverter.class,
      description = {"The threshold the answered-within column counts", "(default: the scenario's service-level threshold, else 5m)."})
  private Double answeredWithin;

  @Option(names = "--date-format", paramLabel = "PATTERN",
      description = {"The dates' pattern when they are not recognised,", "like dd/MM/yyyy or MM/dd/yyyy."})
  private String dateFormat;

  @Option(names = "--encoding", paramLabel = "NAME", description = "The file's encoding (default: UTF-8, else windows-1252).")
  private String encoding;

  @Option(names = "--time-zone", paramLabel = "ZONE",
      description = "The export clock's zone, for the days the clocks change (default: Europe/Stockholm).")
  private String timeZone;

  @Option(names = "--keep-holidays", description = "Count holidays as ordinary days (default: named and left out of the fit).")
  private boolean keepHolidays;

  @Option(names = "--out", paramLabel = "DIR", description = ExperimentOptions.OUT_HELP)
  private Path out;

  @Option(names = "--overwrite", description = ExperimentOptions.OVERWRITE_HELP)
  private boolean overwrite;

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() throws Exception {
    ImportJob.run(new ImportOptions(export, scenario, columns, period, dateFormat, encoding, timeZone, answeredWithin, profileWeeks, keepHolidays,
        out, overwrite, overrides.sets, main.commandLine()), main.out, main.err);
    return Main.OK;
  }
}
