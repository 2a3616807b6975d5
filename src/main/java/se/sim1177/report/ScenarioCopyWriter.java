package se.sim1177.report;

import java.io.IOException;
import se.sim1177.experiment.ExperimentResult;

/**
 * {@code scenario.yaml}: the scenario exactly as read, headed by a comment naming its source and
 * any {@code --set} overrides, so the run can be repeated from the results folder alone.
 */
final class ScenarioCopyWriter implements ResultWriter {
  @Override
  public String fileName() {
    return "scenario.yaml";
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    folder.writeText(fileName(), text(info));
  }

  /** The scenario text headed by where it came from and the overrides applied. */
  static String text(RunInfo info) {
    StringBuilder text = new StringBuilder();
    text.append("# Scenario run by sim1177 ").append(info.version()).append(", read from ").append(info.scenarioSource()).append('\n');
    if (!info.overrides().isEmpty()) {
      text.append("# The run applied these overrides on top of the text below:\n");
      for (String o : info.overrides()) {
        text.append("#   --set ").append(o).append('\n');
      }
    }
    text.append(info.scenarioText());
    return text.toString();
  }
}
