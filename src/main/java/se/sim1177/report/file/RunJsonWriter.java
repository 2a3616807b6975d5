package se.sim1177.report.file;

import java.io.IOException;
import java.util.List;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.report.format.RunInfo;

/** {@code run.json} of a run ({@link RunRecord}): what was run is the scenario, by name and source. */
public final class RunJsonWriter implements ResultWriter {
  @Override
  public String fileName() {
    return RunRecord.FILE_NAME;
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    RunRecord.write(info, List.of(result), run -> {
      run.put("scenario", result.scenarioName());
      run.put("scenario_source", info.scenarioSource());
    }, folder);
  }
}
