package se.sim1177.report;

import java.io.IOException;
import se.sim1177.experiment.ExperimentResult;

/** Writes one output file of a run into its results folder. */
public interface ResultWriter {
  /** The file name inside the results folder. */
  String fileName();

  void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException;
}
