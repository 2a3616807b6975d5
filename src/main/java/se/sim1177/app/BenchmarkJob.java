package se.sim1177.app;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.bench.BenchJob;
import se.sim1177.bench.BenchOptions;
import se.sim1177.bench.ScalingStudy;
import se.sim1177.bench.Throughput;
import se.sim1177.report.ScalingReport;
import se.sim1177.report.file.FolderRefusedException;
import se.sim1177.report.file.IoMessages;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.format.ScalingMeasurement;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;

/**
 * {@code sim1177 bench}: checks the options, reads the workload, then either measures the engine
 * ({@link BenchJob}) and prints the report, or runs the scaling study ({@link ScalingStudy}) and
 * writes its table and charts into the {@code --scaling} folder.
 */
public final class BenchmarkJob {
  private BenchmarkJob() {}

  /** The workload measured when no scenario file is named. */
  public static final String DEFAULT_SCENARIO = "04-large-region.yaml";

  public static void run(BenchOptions options, PrintStream out, PrintStream err)
      throws ScenarioException, UsageException, RunFailedException {
    List<String> wrong = problems(options);
    if (!wrong.isEmpty()) {
      throw new UsageException(wrong);
    }
    // More threads than cores measure the scheduler, not the engine: capped like a run's, with a note.
    int threads = Threads.forRun(Threads.orAllCores(options.threads()), err);
    ScenarioSource source = options.scenario() == null ? ScenarioSource.bundled(DEFAULT_SCENARIO) : ScenarioSource.file(options.scenario());
    Scenario workload = source.read(options.overrides(), ScenarioKeyOptions.bench(options.days()));
    if (options.scalingOut() != null) {
      scalingStudy(workload, options, threads, out, err);
    } else {
      BenchJob.run(workload, options, threads, err).print(out);
    }
  }

  /**
   * Every option outside its range, in the order of the options; {@code --days}, which stands for
   * {@code simulation.days}, is checked with the scenario when it is read.
   */
  static List<String> problems(BenchOptions o) {
    List<String> wrong = new ArrayList<>();
    String threads = o.threads() == null ? null : Threads.problem(o.threads(), BenchOptions.MAX_THREADS);
    if (threads != null) {
      wrong.add(threads);
    }
    if (o.rounds() < 1 || o.rounds() > BenchOptions.MAX_ROUNDS) {
      wrong.add("--rounds " + o.rounds() + ": must be a whole number from 1 to " + BenchOptions.MAX_ROUNDS);
    }
    if (!(o.measureSeconds() > 0 && o.measureSeconds() <= BenchOptions.MAX_SECONDS)) {
      wrong.add("--seconds " + shown(o.measureSeconds()) + ": must be above 0 and at most " + BenchOptions.MAX_SECONDS);
    }
    if (!(o.warmupSeconds() >= 0 && o.warmupSeconds() <= BenchOptions.MAX_SECONDS)) {
      wrong.add("--warmup " + shown(o.warmupSeconds()) + ": must be from 0 to " + BenchOptions.MAX_SECONDS);
    }
    return wrong;
  }

  /** A number as the user most likely typed it: 0 rather than 0.0. */
  private static String shown(double value) {
    return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
  }

  /**
   * Refuses a {@code --scaling} folder whose parent cannot be written (the results are staged
   * beside it and moved in), as {@code --out} is refused: a read-only file system or a folder
   * without write permission would otherwise be found only after the study.
   */
  private static void refuseUnwritable(Path target, Path asTyped) throws UsageException, IOException {
    Path existing = target.getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isWritable(existing)) {
      String why = Files.getFileStore(existing).isReadOnly() ? "it is on a read-only file system" : "permission denied";
      throw new UsageException("--scaling " + asTyped + ": cannot create the folder in " + existing + ": " + why
          + "; name a folder you can write");
    }
  }

  /** A row of the scaling study as the report's columns: the report package does not know the benchmark's types. */
  static ScalingMeasurement reportRow(ScalingStudy.Row r) {
    Throughput t = r.throughput();
    return new ScalingMeasurement(r.study(), r.callsPerDay(), r.peakNurses(), r.days(), r.replications(), r.threads(), t.calls(),
        t.events(), t.seconds(), t.nanosPerCall(), t.nanosPerEvent(), t.callsPerSecond(), t.replicationsPerSecond(),
        r.bytesPerReplication());
  }

  private static void scalingStudy(Scenario workload, BenchOptions options, int threads, PrintStream out, PrintStream err)
      throws ScenarioException, UsageException, RunFailedException {
    Scenario experiment = ScenarioSource.bundled(ScenarioSource.DEFAULT_BUNDLED).read(List.of());
    int cores = Runtime.getRuntime().availableProcessors();
    String machine = String.format(Locale.ROOT, "Java %s, %s %s, %d core%s; one thread unless marked",
        System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"), cores, cores == 1 ? "" : "s");
    var scaling = options.scalingOut();
    List<ScalingStudy.Row> rows;
    try {
      // Refuse a bad folder before the study's minutes; open it (and its staging folder) only after.
      refuseUnwritable(ResultFolder.checkChosen(scaling, false, "--scaling"), scaling);
      rows = ScalingStudy.run(workload, experiment, options.warmupSeconds(), options.measureSeconds(), threads, err);
    } catch (FolderRefusedException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new UsageException("--scaling " + scaling + ": " + IoMessages.reason(e));
    }
    try (ResultFolder folder = ResultFolder.chosen(scaling, false, "--scaling")) {
      ScalingReport.write(rows.stream().map(BenchmarkJob::reportRow).toList(), machine, folder);
      out.println("scaling study: " + folder.target());
    } catch (FolderRefusedException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new RunFailedException("could not write " + scaling + ": " + IoMessages.reason(e));
    }
  }
}
