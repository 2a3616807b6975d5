package se.sim1177.report.file;

import java.io.IOException;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.report.format.RunInfo;

/**
 * {@code scenario.yaml}: the scenario exactly as read, headed by a comment naming its source and
 * any {@code --set} overrides, so the run can be repeated from the results folder alone.
 */
public final class ScenarioCopyWriter implements ResultWriter {
  static final String BYTE_ORDER_MARK = "\uFEFF";

  @Override
  public String fileName() {
    return "scenario.yaml";
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    folder.writeText(fileName(), text(info));
  }

  /**
   * The scenario text headed by where it came from and the overrides applied, as comment lines
   * that nothing in a path or an override can break out of ({@link YamlText#comment}).
   */
  public static String text(RunInfo info) {
    StringBuilder header = new StringBuilder();
    header.append(YamlText.comment("Scenario run by sim1177 " + info.version() + ", read from " + info.scenarioSource()));
    if (!info.overrides().isEmpty()) {
      header.append(YamlText.comment("The run applied these overrides on top of the text below:"));
      for (String o : info.overrides()) {
        header.append(YamlText.comment("  --set " + o));
      }
    }
    return headed(header.toString(), info.scenarioText());
  }

  /**
   * {@code scenarioText} headed by {@code header}; a byte order mark that starts the text stays the
   * file's first character, as YAML allows it only there (after the header the file would not read).
   */
  public static String headed(String header, String scenarioText) {
    if (scenarioText.startsWith(BYTE_ORDER_MARK)) {
      return BYTE_ORDER_MARK + header + scenarioText.substring(BYTE_ORDER_MARK.length());
    }
    return header + scenarioText;
  }
}
