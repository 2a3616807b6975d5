package se.sim1177.report.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import se.sim1177.experiment.ExperimentRecord;
import se.sim1177.report.format.RunInfo;

/**
 * {@code run.json}, built one way for {@code run}, {@code sweep} and {@code compare}: how the
 * results were made (version, what was run, seed, replications, overrides, command line, threads,
 * wall time in seconds, events and calls simulated, start time, machine), so a number can always be
 * reproduced. Only what was run differs between the commands: one scenario, the varied keys of a
 * sweep, or the scenarios of a comparison.
 */
public final class RunRecord {
  /** The file every results folder carries; {@link ResultFolder} recognises its own folders by it. */
  static final String FILE_NAME = ResultFolder.RUN_RECORD;

  private RunRecord() {}

  /**
   * Writes {@code run.json} into {@code folder}.
   *
   * @param info the version, command line, overrides and start time
   * @param results every experiment that was run (a run has one, a sweep one per variant, a
   *     comparison one per scenario; a sweep keeps only each variant's
   *     summary, which carries the same record); seed and replications are the first's, shared by all (common
   *     random numbers), while wall time, events and calls add up
   * @param subject adds what was run, right after the version
   */
  public static void write(RunInfo info, List<? extends ExperimentRecord> results, Consumer<ObjectNode> subject, ResultFolder folder)
      throws IOException {
    folder.writeText(FILE_NAME, Json.text(build(info, results, subject)));
  }

  static ObjectNode build(RunInfo info, List<? extends ExperimentRecord> results, Consumer<ObjectNode> subject) {
    ExperimentRecord first = results.isEmpty() ? null : results.get(0);
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("version", info.version());
    subject.accept(root);
    root.put("seed", first == null ? 0 : first.seed());
    root.put("replications", first == null ? 0 : first.replications());
    ArrayNode overrides = root.putArray("overrides");
    info.overrides().forEach(overrides::add);
    ArrayNode command = root.putArray("command_line");
    info.commandLine().forEach(command::add);
    root.put("threads", first == null ? 0 : first.threads());
    Json.put(root, "wall_seconds", results.stream().mapToDouble(ExperimentRecord::wallSeconds).sum());
    root.put("events", results.stream().mapToLong(ExperimentRecord::events).sum());
    root.put("calls_simulated", results.stream().mapToLong(ExperimentRecord::callAttempts).sum());
    root.put("chats_simulated", results.stream().mapToLong(ExperimentRecord::chats).sum());
    root.put("started_at", info.startedAt());
    root.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    root.put("available_processors", Runtime.getRuntime().availableProcessors());
    if (!info.shards().isEmpty()) {
      ArrayNode shards = root.putArray("shards");
      for (RunInfo.ShardOrigin s : info.shards()) {
        ObjectNode n = shards.addObject();
        n.put("folder", s.folder());
        n.put("shard", s.index() + "/" + s.count());
        ArrayNode line = n.putArray("command_line");
        s.commandLine().forEach(line::add);
        n.put("started_at", s.startedAt());
        n.put("threads", s.threads());
        Json.put(n, "wall_seconds", s.wallSeconds());
        n.put("java", s.java());
        n.put("os", s.os());
      }
    }
    return root;
  }
}
