package se.sim1177.report.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import se.sim1177.calibration.CalibrationResult;

/**
 * The results folder of {@code calibrate}: {@code calibrated-scenario.yaml} (the scenario with the
 * fitted values written in, headed by what was fitted and how well), {@code calibration.json}
 * (every figure of the fit) and {@code run.json}.
 */
public final class CalibrationWriter {
  private CalibrationWriter() {}

  public static void write(CalibrationResult r, String calibratedText, String version, List<String> commandLine, String scenarioSource,
      String observedSource, ResultFolder folder) throws IOException {
    StringBuilder head = new StringBuilder();
    head.append(YamlText.comment(scenarioSource + " calibrated by sim1177 calibrate " + version + " to " + observedSource + ", period "
        + r.period() + ":"));
    for (CalibrationResult.FittedValue v : r.values()) {
      head.append(YamlText.comment("  " + v.key().path() + " = " + v.key().shown(v.value()) + (v.identified() ? " (95 % interval "
          + v.key().shown(v.low()) + " to " + v.key().shown(v.high()) + ")" : " (not identified: see calibration.json)")));
    }
    for (String f : r.findings()) {
      head.append(YamlText.comment(f));
    }
    folder.writeText("calibrated-scenario.yaml", ScenarioCopyWriter.headed(head.toString(), calibratedText));
    folder.writeText("calibration.json", json(r, observedSource));
    ObjectNode run = Json.MAPPER.createObjectNode();
    run.put("command", "calibrate");
    run.put("version", version);
    ArrayNode line = run.putArray("command_line");
    commandLine.forEach(line::add);
    run.put("scenario", scenarioSource);
    run.put("observed", observedSource);
    run.put("seed", r.fitted().seed());
    run.put("replications", r.fitted().replications());
    folder.writeText(ResultFolder.RUN_RECORD, Json.text(run));
  }

  static String json(CalibrationResult r, String observedSource) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("observed", observedSource);
    root.put("period", r.period());
    root.put("optimiser", r.optimiser());
    root.put("simulations", r.evaluations());
    ArrayNode values = root.putArray("fitted");
    for (CalibrationResult.FittedValue v : r.values()) {
      ObjectNode n = values.addObject();
      n.put("key", v.key().path());
      Json.put(n, "value", v.value());
      Json.put(n, "ci95_low", v.low());
      Json.put(n, "ci95_high", v.high());
      n.put("identified", v.identified());
      Json.put(n, "start", v.start());
      Json.put(n, "range_low", v.key().low());
      Json.put(n, "range_high", v.key().high());
      n.put("as_written", v.key().format(v.value()));
    }
    ArrayNode correlation = root.putArray("correlation");
    for (double[] row : r.correlation()) {
      ArrayNode line = correlation.addArray();
      for (double v : row) {
        line.add(Double.isFinite(v) ? v : 0);
      }
    }
    ArrayNode figures = root.putArray("figures");
    for (CalibrationResult.FigureCheck c : r.figures()) {
      ObjectNode n = figures.addObject();
      n.put("metric", c.metric());
      Json.put(n, "observed", c.observed());
      Json.put(n, "observed_standard_error", c.observedStandardError());
      Json.put(n, "simulated", c.simulated());
      Json.put(n, "simulated_ci95_low", c.simulatedLow());
      Json.put(n, "simulated_ci95_high", c.simulatedHigh());
      Json.put(n, "z", c.z());
    }
    Json.put(root, "chi_square", r.chiSquare());
    root.put("degrees_of_freedom", r.degreesOfFreedom());
    Json.put(root, "p_value", r.pValue());
    root.put("reproduces", r.reproduces());
    root.put("identified", r.identified());
    ArrayNode findings = root.putArray("findings");
    r.findings().forEach(findings::add);
    ArrayNode overrides = root.putArray("overrides");
    r.overrides().forEach(overrides::add);
    return Json.text(root);
  }
}
