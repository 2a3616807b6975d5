package se.sim1177.report.file;

import java.io.IOException;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.report.format.RunInfo;

/** Writes one output file of a run into its results folder. */
public interface ResultWriter {
  /** The file name inside the results folder. */
  String fileName();

  void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException;
}
