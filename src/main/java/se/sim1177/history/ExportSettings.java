package se.sim1177.history;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Map;

/**
 * How to read an export, as the user gave it.
 *
 * @param columns headers the user named for fields ({@code --columns offered=Inkommande}); the rest
 *     are found by their usual names ({@link ExportField})
 * @param datePattern the dates' pattern ({@code --date-format}), or null to recognise it
 * @param charset the file's encoding, or null to recognise it (UTF-8, else Windows-1252)
 * @param zone the time zone of the export's clock, for the days of 23 and 25 hours
 */
public record ExportSettings(Map<ExportField, String> columns, String datePattern, Charset charset, ZoneId zone) {
  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  public ExportSettings {
    columns = Map.copyOf(columns);
  }

  /** Every column found by its usual name, dates and encoding recognised, Swedish time. */
  public static ExportSettings defaults() {
    return new ExportSettings(Map.of(), null, null, SWEDEN);
  }
}
