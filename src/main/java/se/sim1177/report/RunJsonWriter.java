package se.sim1177.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import se.sim1177.experiment.ExperimentResult;

/** {@code run.json}: how the run was made (version, seed, command line, threads, wall time, machine). */
final class RunJsonWriter implements ResultWriter {
  @Override
  public String fileName() {
    return "run.json";
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("version", info.version());
    root.put("scenario", result.scenarioName());
    root.put("scenario_source", info.scenarioSource());
    root.put("seed", result.seed());
    root.put("replications", result.replications());
    ArrayNode overrides = root.putArray("overrides");
    info.overrides().forEach(overrides::add);
    ArrayNode command = root.putArray("command_line");
    info.commandLine().forEach(command::add);
    root.put("threads", result.threads());
    Json.put(root, "wall_seconds", result.wallSeconds());
    root.put("events", result.events());
    root.put("calls_simulated", result.attempts());
    root.put("started_at", info.startedAt());
    root.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    root.put("available_processors", Runtime.getRuntime().availableProcessors());
    folder.writeText(fileName(), Json.text(root));
  }
}
