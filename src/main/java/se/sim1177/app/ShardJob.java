package se.sim1177.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.ExperimentRunner.SliceRecord;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.LineOverloadedException;
import se.sim1177.model.ReplicationMonitor;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.file.ShardRecord;
import se.sim1177.report.format.RunInfo;
import se.sim1177.scenario.Scenario;

/**
 * {@code run --shard I/N}: runs shard I's slice of the replications, each exactly as the whole run
 * would, and writes a shard folder ({@link ShardRecord}) for {@code sim1177 merge}.
 */
final class ShardJob {
  /** The file a shard's part of a run keeps its replications' values in. */
  static final String VALUES_FILE = "replication-values-0.gz";

  private ShardJob() {}

  @SuppressWarnings("try") // the progress reporter works on its own thread until closed
  static ResultFolder run(Scenario scenario, ScenarioSource source, RunInfo info, Shard shard, int threads, Long maxCallers,
      ResultsTarget results, PrintStream err) throws UsageException, IOException, RunFailedException {
    var control = scenario.simulation();
    int replications = control.replications();
    int from = shard.from(replications);
    int to = shard.to(replications);
    err.println(from == to
        ? String.format(Locale.ROOT, "shard %s: no replications (%d shards for %d replications); it writes an empty shard", shard,
            shard.count(), replications)
        : String.format(Locale.ROOT, "shard %s: replications %d to %d of %d", shard, from + 1, to, replications));
    ReplicationMonitor monitor = new ReplicationMonitor(maxCallers == null ? 0 : maxCallers);
    SliceRecord[] slice = new SliceRecord[1];
    try (ResultFolder folder = results.open(defaultFolder(scenario, shard));
        Progress progress = new Progress(err, monitor, (long) (to - from) * control.totalDays(), "shard " + shard)) {
      CallCentreModel model = new CallCentreModel(scenario);
      folder.write(VALUES_FILE, out -> slice[0] = ExperimentRunner.runSlice(model, control.seed(), replications, from, to, threads,
          null, monitor, out));
      SliceRecord s = slice[0];
      new ShardRecord(info.version(), "run", source.name(), source.defaultScenarioName(), source.text(), control.seed(),
          replications, info.overrides(), info.commandLine(), shard.index(), shard.count(),
          List.of(new ShardRecord.Part(0, replications, from, to, VALUES_FILE)), s.threads(), s.wallSeconds(), s.events(),
          s.callAttempts(), s.chats(), info.startedAt(), ShardRecord.THIS_JAVA, ShardRecord.THIS_OS).write(folder);
      folder.commit();
      return folder;
    } catch (LineOverloadedException e) {
      throw new RunFailedException(Experiments.overloadMessage(e, monitor));
    }
  }

  static Path defaultFolder(Scenario scenario, Shard shard) {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
    return Paths.get("results", RunJob.slug(scenario.name()) + "-shard-" + shard.index() + "-of-" + shard.count() + "-" + stamp);
  }
}
