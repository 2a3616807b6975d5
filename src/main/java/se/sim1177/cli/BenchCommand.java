package se.sim1177.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.ScenarioSource;
import se.sim1177.bench.BenchJob;
import se.sim1177.bench.BenchOptions;
import se.sim1177.bench.BenchReport;
import se.sim1177.bench.ScalingStudy;
import se.sim1177.bench.Throughput;
import se.sim1177.report.ResultFolder;
import se.sim1177.report.ScalingReport;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;

/** {@code sim1177 bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure how fast the engine simulates a scenario.",
        "Prints calls/s, events/s, ns per event and per call and replications/s on one",
        "thread and on several, beside a bare-loop floor, and peak memory.",
        "The comparison with the idiomatic SSJ model of the same line is a JMH",
        "benchmark, not part of bench:",
        "  " + BenchReport.JMH_BUILD + " &&",
        "  " + BenchReport.JMH_SSJ_RUN,
        "Default scenario: the bundled large region (15,000 calls a day)."})
final class BenchCommand implements Callable<Integer> {
  static final String DEFAULT_SCENARIO = "04-large-region.yaml";
  /** Limits of the options: beyond them a measurement runs out of threads or of the user's patience. */
  static final int MAX_THREADS = 1024;
  static final int MAX_ROUNDS = 1000;
  static final int MAX_SECONDS = 3600;

  @ParentCommand
  private Main main;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  private Path scenario;

  @Option(names = "--days", paramLabel = "D", description = {"Measured days per replication", "(default: the scenario's)."})
  private Integer days;

  @Option(names = "--threads", paramLabel = "T", description = {"Threads for the parallel measurement", "(default: all cores)."})
  private Integer threads;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "3", description = "Untimed warm-up before each measurement (default: ${DEFAULT-VALUE}).")
  private double warmup;

  @Option(names = "--seconds", paramLabel = "SECONDS", defaultValue = "5", description = "Length of each timed round (default: ${DEFAULT-VALUE}).")
  private double seconds;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds; the median is reported (default: ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--no-reference", description = {"Skip the bare-loop floor (the SSJ reference", "model is measured by JMH only)."})
  private boolean noReference;

  @Option(names = "--scaling", paramLabel = "DIR", description = {"Run the scaling study instead: cost per call",
      "against calls per day, horizon and replications.", "Writes scaling.csv and charts into DIR."})
  private Path scaling;

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    List<String> wrong = new ArrayList<>();
    if (days != null && (days < 1 || days > RunControl.MAX_DAYS)) {
      wrong.add("--days " + days + ": must be a whole number of measured days from 1 to " + RunControl.MAX_DAYS);
    }
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      wrong.add("--threads " + threads + ": must be a whole number from 1 to " + MAX_THREADS);
    }
    if (rounds < 1 || rounds > MAX_ROUNDS) {
      wrong.add("--rounds " + rounds + ": must be a whole number from 1 to " + MAX_ROUNDS);
    }
    if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
      wrong.add("--seconds " + shown(seconds) + ": must be above 0 and at most " + MAX_SECONDS);
    }
    if (!(warmup >= 0 && warmup <= MAX_SECONDS)) {
      wrong.add("--warmup " + shown(warmup) + ": must be from 0 to " + MAX_SECONDS);
    }
    if (!wrong.isEmpty()) {
      wrong.forEach(w -> main.err.println("error: " + w));
      return Main.BAD_INPUT;
    }
    try {
      ScenarioSource source = scenario == null ? ScenarioSource.bundled(DEFAULT_SCENARIO) : ScenarioSource.file(scenario);
      Scenario s = source.read(overrides.sets);
      if (scaling != null) {
        return scalingStudy(s, t);
      }
      BenchOptions options = new BenchOptions(scenario, days, t, warmup, seconds, rounds, !noReference, null);
      BenchJob.run(s, options, main.err).print(main.out);
      return Main.OK;
    } catch (ScenarioException e) {
      return Problems.report(e, main.err);
    }
  }

  /** A row of the scaling study as the report's columns: the report package does not know the benchmark's types. */
  static ScalingReport.Row reportRow(ScalingStudy.Row r) {
    Throughput t = r.throughput();
    return new ScalingReport.Row(r.study(), r.callsPerDay(), r.peakNurses(), r.days(), r.replications(), r.threads(), t.calls(),
        t.events(), t.seconds(), t.nanosPerCall(), t.nanosPerEvent(), t.callsPerSecond(), t.replicationsPerSecond(),
        r.bytesPerReplication());
  }

  /** A number as the user most likely typed it: 0 rather than 0.0. */
  private static String shown(double value) {
    return Double.isFinite(value) ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
  }

  private int scalingStudy(Scenario workload, int threads) throws ScenarioException {
    Scenario experiment = ScenarioSource.bundled(ScenarioSource.DEFAULT_BUNDLED).read(List.of());
    int cores = Runtime.getRuntime().availableProcessors();
    String machine = String.format(java.util.Locale.ROOT, "Java %s, %s %s, %d core%s; one thread unless marked",
        System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"), cores, cores == 1 ? "" : "s");
    List<ScalingStudy.Row> rows;
    try {
      // Refuse a bad folder before the study's minutes; open it (and its staging folder) only after.
      ResultFolder.checkChosen(scaling, false, "--scaling");
      rows = ScalingStudy.run(workload, experiment, warmup, seconds, threads, main.err);
    } catch (se.sim1177.report.FolderRefusedException e) {
      main.err.println("error: " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (java.io.IOException e) {
      main.err.println("error: --scaling " + scaling + ": " + se.sim1177.report.IoMessages.reason(e));
      return Main.BAD_INPUT;
    }
    try (ResultFolder folder = ResultFolder.chosen(scaling, false, "--scaling")) {
      ScalingReport.write(rows.stream().map(BenchCommand::reportRow).toList(), machine, folder);
      main.out.println("scaling study: " + folder.target());
      return Main.OK;
    } catch (se.sim1177.report.FolderRefusedException e) {
      main.err.println("error: " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (java.io.IOException e) {
      main.err.println("error: could not write " + scaling + ": " + se.sim1177.report.IoMessages.reason(e));
      return Main.FAILED;
    }
  }
}
