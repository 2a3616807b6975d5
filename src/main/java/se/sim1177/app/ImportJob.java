package se.sim1177.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import se.sim1177.history.CallHistory;
import se.sim1177.history.DemandFit;
import se.sim1177.history.ExportException;
import se.sim1177.history.ExportField;
import se.sim1177.history.ExportReader;
import se.sim1177.history.ExportSettings;
import se.sim1177.history.FitPeriod;
import se.sim1177.history.FittedDemand;
import se.sim1177.history.ImportResult;
import se.sim1177.history.ObservedFigures;
import se.sim1177.history.ObservedPeriod;
import se.sim1177.report.console.ImportConsole;
import se.sim1177.report.ImportWriter;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioReader;

/**
 * {@code sim1177 import}: a telephony platform's interval export → the scenario's demand ({@code
 * arrivals.yaml}), the figures the region reports ({@code observed.yaml}) and the scenario with
 * that demand ({@code scenario.yaml}), ready for {@code calibrate}.
 */
public final class ImportJob {
  /** The scenario whose demand is replaced when the user names none. */
  public static final String DEFAULT_SCENARIO = "00-starter.yaml";

  private ImportJob() {}

  /** The outcome: what was found, and the folder it was written to. */
  public record Outcome(ImportResult result, Path folder) {}

  public static Outcome run(ImportOptions options, PrintStream out, PrintStream err)
      throws ScenarioException, UsageException, IOException {
    ExportSettings settings = settings(options);
    FitPeriod asked = null;
    if (options.period() != null) {
      asked = FitPeriod.parse(options.period());
      if (asked == null) {
        throw new UsageException("--period " + options.period() + ": is not a period; allowed: " + FitPeriod.ALLOWED);
      }
    }
    ScenarioSource source = options.scenario() == null ? ScenarioSource.bundled(DEFAULT_SCENARIO)
        : ScenarioSource.file(options.scenario());
    Scenario scenario = source.read(options.overrides());
    options.results().check();
    String shown = options.export().toString();
    ImportResult result;
    try {
      ExportReader.Read read = ExportReader.read(options.export(), shown, settings);
      CallHistory history = CallHistory.of(read, shown, settings.zone(), options.keepHolidays());
      LocalDate first = history.days().get(0).date();
      LocalDate last = history.days().get(history.days().size() - 1).date();
      FitPeriod period = asked != null ? asked : FitPeriod.latestWholeMonth(first, last);
      if (period.to().isBefore(first) || period.from().isAfter(last)) {
        throw new UsageException("--period " + options.period() + ": the export covers " + first + " to " + last
            + "; choose a period within it");
      }
      FittedDemand demand = DemandFit.of(history, period, options.profileWeeks(), shown);
      List<ObservedPeriod> months = ObservedFigures.byMonth(history);
      ObservedPeriod calibrateOn = ObservedFigures.of(history, period);
      double within = options.answeredWithinSeconds() != null ? options.answeredWithinSeconds()
          : scenario.targets().serviceLevelSeconds();
      result = new ImportResult(Version.get(), options.commandLine(), shown, sha256(options.export()), read, history, demand, months,
          calibrateOn, within, scenario, source.name(), source.text());
    } catch (ExportException e) {
      throw new UsageException(e.problems());
    }
    String scenarioText = se.sim1177.report.file.ImportYaml.scenarioFile(result);
    // What import writes must run: read it back as run would, before anything is written.
    ScenarioReader.parse(scenarioText, "scenario.yaml (as import would write it)", "scenario", options.overrides());
    ImportConsole.print(result, out);
    try (ResultFolder folder = options.results().open(defaultFolder(options.export()))) {
      ImportWriter.write(result, folder);
      folder.commit();
      String sep = java.io.File.separator;
      out.println("results: " + folder.shownTarget());
      out.println("open " + folder.shownTarget() + sep + "report.html");
      // Its demand is the region's own; patience and redials are still the scenario's: fit them next.
      out.println("next: sim1177 calibrate " + folder.shownTarget() + sep + "scenario.yaml --observed " + folder.shownTarget() + sep
          + "observed.yaml");
      return new Outcome(result, folder.target());
    }
  }

  private static ExportSettings settings(ImportOptions options) throws UsageException {
    List<String> problems = new ArrayList<>();
    Map<ExportField, String> columns = new EnumMap<>(ExportField.class);
    for (Map.Entry<String, String> c : options.columns().entrySet()) {
      ExportField f = ExportField.byKey(c.getKey());
      if (f == null) {
        problems.add("--columns " + c.getKey() + "=" + c.getValue() + ": " + c.getKey() + " is not a field; allowed: "
            + ExportField.keys());
      } else if (c.getValue().isBlank()) {
        problems.add("--columns " + c.getKey() + "=: name the header of the " + f.meaning() + " column");
      } else if (columns.values().stream().anyMatch(h -> h.strip().equalsIgnoreCase(c.getValue().strip()))) {
        problems.add("--columns " + c.getKey() + "=" + c.getValue() + ": that header is named for another field already; allowed:"
            + " one field per column");
      } else {
        columns.put(f, c.getValue());
      }
    }
    Charset charset = null;
    if (options.encoding() != null) {
      try {
        charset = Charset.forName(options.encoding());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        problems.add("--encoding " + options.encoding() + ": is not an encoding Java knows; allowed: UTF-8, windows-1252,"
            + " ISO-8859-1, UTF-16");
      }
    }
    ZoneId zone = ExportSettings.SWEDEN;
    if (options.timeZone() != null) {
      try {
        zone = ZoneId.of(options.timeZone());
      } catch (DateTimeException e) {
        problems.add("--time-zone " + options.timeZone() + ": is not a time zone; allowed: a region name like Europe/Stockholm");
      }
    }
    if (options.profileWeeks() < 1 || options.profileWeeks() > ImportOptions.MAX_PROFILE_WEEKS) {
      problems.add("--profile-weeks " + options.profileWeeks() + ": allowed: a whole number of weeks from 1 to "
          + ImportOptions.MAX_PROFILE_WEEKS);
    }
    if (options.answeredWithinSeconds() != null && !(options.answeredWithinSeconds() > 0)) {
      problems.add("--answered-within: must be a duration above zero, like 5m");
    }
    if (!problems.isEmpty()) {
      throw new UsageException(problems);
    }
    return new ExportSettings(columns, options.datePattern(), charset, zone);
  }

  static Path defaultFolder(Path export) {
    String name = export.getFileName() == null ? "export" : export.getFileName().toString().replaceFirst("\\.[A-Za-z0-9]+$", "");
    return Paths.get("results", RunJob.slug(name) + "-import");
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
