package se.sim1177.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code sim1177 import} is asked to do.
 *
 * @param export the telephony platform's interval export (CSV)
 * @param scenario the scenario whose demand is replaced; null for the bundled starter scenario
 * @param columns {@code --columns} as written: field key → header
 * @param period {@code --period} as written, or null for the latest whole month
 * @param datePattern {@code --date-format}, or null to recognise the dates
 * @param encoding {@code --encoding}, or null to recognise it
 * @param timeZone {@code --time-zone}: the export clock's zone
 * @param answeredWithinSeconds the threshold the export's answered-within column counts; null for
 *     the scenario's service-level threshold
 * @param profileWeeks weeks up to the period's end that the weekday factors, the day's shapes and
 *     the busyness are fitted to
 * @param keepHolidays whether holidays count as ordinary days
 * @param out the results folder, or null for {@code results/<export>-import}
 */
public record ImportOptions(Path export, Path scenario, Map<String, String> columns, String period, String datePattern,
    String encoding, String timeZone, Double answeredWithinSeconds, int profileWeeks, boolean keepHolidays, Path out, boolean overwrite,
    List<String> overrides, List<String> commandLine) {
  public ImportOptions {
    columns = Map.copyOf(columns);
    overrides = List.copyOf(overrides);
    commandLine = List.copyOf(commandLine);
  }

  /** Weeks of profile when the user names none: two months, as workforce planners commonly take. */
  public static final int DEFAULT_PROFILE_WEEKS = 8;
  public static final int MAX_PROFILE_WEEKS = 104;

  ResultsTarget results() {
    return new ResultsTarget(out, overwrite);
  }
}
