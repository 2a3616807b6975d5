package se.sim1177.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.calibration.Calibration;
import se.sim1177.calibration.CalibrationResult;
import se.sim1177.calibration.FitKey;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.history.ObservedFile;
import se.sim1177.history.ObservedPeriod;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.ReplicationMonitor;
import se.sim1177.report.console.CalibrationConsole;
import se.sim1177.report.format.ControlCharacters;
import se.sim1177.report.CalibrationReport;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.scenario.OptionOverride;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioText;

/**
 * {@code sim1177 calibrate}: fits the scenario keys nobody observes to the observed figures
 * ({@link Calibration}), and writes the calibrated scenario with what the fit can and cannot tell.
 */
public final class CalibrateJob {
  private CalibrateJob() {}

  /** The outcome: what the fit found, and the folder it was written to. */
  public record Outcome(CalibrationResult result, Path folder) {}

  public static Outcome run(CalibrateOptions options, PrintStream out, PrintStream err)
      throws ScenarioException, UsageException, IOException, RunFailedException {
    ScenarioSource source = ScenarioSource.file(options.scenario());
    List<OptionOverride> experiment = ScenarioKeyOptions.experiment(options.replications(), options.seed());
    Scenario scenario = source.read(options.overrides(), experiment);
    ObservedFile observedFile = ObservedFile.read(options.observed());
    String label = options.period() != null ? options.period() : observedFile.calibrateOn();
    ObservedPeriod observed = observedFile.period(label);
    if (observed == null) {
      throw new UsageException("--period " + label + ": " + options.observed() + " has no such period; allowed: "
          + String.join(", ", observedFile.periods().stream().map(ObservedPeriod::label).toList()));
    }
    if (observed.figures().stream().noneMatch(f -> !f.metric().endsWith("_per_day"))) {
      throw new UsageException(options.observed() + ": the period " + label + " has no answer rate, abandon rate, service level or"
          + " mean wait: nothing that patience or redials change; import an export with answered calls");
    }
    if (!label.equals(observedFile.calibrateOn())) {
      // import fitted the scenario's demand to calibrate_on: another period's figures meet that period's volume.
      err.println("warning: " + options.observed() + " says the demand was fitted to " + observedFile.calibrateOn() + ", not " + label
          + "; to reproduce " + label + " with its own volume, import again with --period " + label);
    }
    // The fit starts where the user's --set put each key and writes the sets into the calibrated
    // file, so that running it reproduces the scenario the fit was made on.
    WrittenSets userSets = WrittenSets.apply(source.text(), options.overrides());
    List<FitKey> keys = keys(options, userSets.text(), observed);
    checkRanges(keys, source, options.overrides(), experiment);
    options.results().check();
    int threads = Math.max(1, options.threads());
    int most = Calibration.mostSimulations(keys.size());
    WorkEstimate.announceIfLong(err, most * WorkEstimate.runSeconds(scenario, threads), "at most about",
        Math.min(threads, scenario.simulation().replications()), most + " simulations of " + WorkEstimate.replicationsAndDays(scenario));
    long started = System.nanoTime();
    long[] lastShown = {started};
    Calibration.Simulator simulator = sets -> {
      List<String> all = new ArrayList<>(options.overrides());
      all.addAll(sets);
      Scenario s;
      try {
        s = source.read(all, experiment);
      } catch (ScenarioException e) {
        throw new IllegalStateException("a fitted value the scenario refuses: " + e.getMessage(), e);
      }
      return ExperimentRunner.run(new CallCentreModel(s), s.simulation().seed(), s.simulation().replications(), threads, null,
          new ReplicationMonitor(0));
    };
    CalibrationResult result = Calibration.fit(keys, observed, simulator, done -> {
      long now = System.nanoTime();
      // A line every 5 seconds, as a run's progress: nothing for a fit shorter than that.
      if (now - lastShown[0] >= 5_000_000_000L) {
        lastShown[0] = now;
        double elapsed = (now - started) / 1e9;
        err.printf(Locale.ROOT, "calibrating: %d simulations in %s; at most %s left (%d more), usually much less%n", done,
            Progress.duration(elapsed), Progress.duration(elapsed / done * (most - done)), most - done);
      }
    });
    String calibrated = calibratedText(userSets, keys, result);
    // What calibrate writes must run: read back as run would read it.
    se.sim1177.scenario.ScenarioReader.parse(calibrated, "calibrated-scenario.yaml (as calibrate would write it)", "scenario",
        options.overrides());
    CalibrationConsole.print(result, out);
    try (ResultFolder folder = options.results().open(defaultFolder(options.scenario()))) {
      CalibrationReport.write(result, calibrated, Version.get(), options.commandLine(), source.name(), options.observed().toString(),
          folder);
      folder.commit();
      out.println("results: " + folder.shownTarget());
      out.println("open " + folder.shownTarget() + java.io.File.separator + "report.html");
      out.println("next: sim1177 run " + folder.shownTarget() + java.io.File.separator + "calibrated-scenario.yaml");
      return new Outcome(result, folder.target());
    }
  }

  /** The keys to fit: those named, or the default for this scenario and these figures. */
  static List<FitKey> keys(CalibrateOptions options, String scenarioText, ObservedPeriod observed) throws UsageException {
    List<String> specs = new ArrayList<>(options.fit());
    if (specs.isEmpty()) {
      specs.add(FitKey.PATIENCE);
      if (ScenarioText.find(scenarioText, FitKey.REDIAL) != null) {
        specs.add(FitKey.REDIAL);
      }
      if (observed.figure("unique_callers_per_day") == null && observed.figure("offered_calls_per_day") != null
          && ScenarioText.find(scenarioText, FitKey.LEVEL) != null) {
        // Offered calls count redials: the first attempts behind them are fitted with the behaviour.
        specs.add(FitKey.LEVEL + "=" + levelRange(scenarioText));
      }
    }
    List<String> problems = new ArrayList<>();
    List<FitKey> keys = new ArrayList<>();
    for (String spec : specs) {
      try {
        FitKey k = FitKey.parse(spec, scenarioText);
        if (keys.stream().anyMatch(other -> other.path().equals(k.path()))) {
          problems.add("--fit " + spec + ": " + k.path() + " is named twice");
        } else {
          keys.add(k);
        }
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new UsageException(problems);
    }
    if (keys.size() > 4) {
      throw new UsageException("--fit: " + keys.size() + " keys; allowed: at most 4 (each key multiplies the simulations a fit needs)");
    }
    return keys;
  }

  /**
   * Refuses a range the scenario itself would refuse at either end (a probability above 1, a
   * negative duration), before anything runs: a fit must never stop halfway on a value it chose.
   */
  private static void checkRanges(List<FitKey> keys, ScenarioSource source, List<String> overrides, List<OptionOverride> experiment)
      throws UsageException {
    List<String> problems = new ArrayList<>();
    for (FitKey k : keys) {
      for (double end : new double[] {k.low(), k.high()}) {
        List<String> all = new ArrayList<>(overrides);
        all.add(k.override(end));
        try {
          source.read(all, experiment);
        } catch (ScenarioException e) {
          problems.add("--fit " + k.path() + ": the range " + k.format(k.low()) + ".." + k.format(k.high()) + " reaches "
              + k.format(end) + ", which the scenario refuses (" + e.problems().get(0).message() + "); give a range inside what "
              + k.path() + " allows, like --fit " + k.path() + "=LOW..HIGH");
          break;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new UsageException(problems);
    }
  }

  private static String levelRange(String scenarioText) {
    double written = Double.parseDouble(ScenarioText.find(scenarioText, FitKey.LEVEL).text().strip());
    return String.format(Locale.ROOT, "%.1f..%.1f", written * 0.4, written * 1.1);
  }

  /**
   * The scenario's text with the user's --set values and the fitted values written in; a --set the
   * file does not write on a line of its own is named at the top, to be given again.
   */
  static String calibratedText(WrittenSets sets, List<FitKey> keys, CalibrationResult result) throws RunFailedException {
    String edited = sets.text();
    for (int j = 0; j < keys.size(); j++) {
      FitKey k = keys.get(j);
      String next = ScenarioText.replace(edited, k.path(), k.format(result.values().get(j).value()));
      if (next == null) {
        throw new RunFailedException(k.path() + " is not written on a line of its own as key: value, so calibrate cannot write the"
            + " fitted value into the file; run with --set " + k.override(result.values().get(j).value()) + " instead");
      }
      edited = next;
    }
    StringBuilder head = new StringBuilder();
    for (String unwritten : sets.notWritten()) {
      // The user's text in a comment: a line break in it would start a line of YAML.
      head.append("# fitted with --set ").append(ControlCharacters.visible(unwritten).replace("\r", "\\r").replace("\n", "\\n"))
          .append(", which this file does not write: give it again to run as fitted\n");
    }
    return head + edited;
  }

  static Path defaultFolder(Path scenario) {
    String name = scenario.getFileName() == null ? "scenario" : scenario.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    return Paths.get("results", RunJob.slug(name) + "-calibrated");
  }
}
