package se.sim1177.experiment;

import se.sim1177.engine.StreamFamily;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.Replication;
import se.sim1177.model.ReplicationMonitor;
import se.sim1177.model.ReplicationResult;

/** Something that can simulate one replication of a model: the engine, or a reference implementation. */
@FunctionalInterface
public interface ReplicationSimulator {
  /** The project's engine. */
  ReplicationSimulator ENGINE = new ReplicationSimulator() {
    @Override
    public ReplicationResult run(CallCentreModel model, StreamFamily streams, int replication) {
      return new Replication(model, streams, replication).run();
    }

    @Override
    public ReplicationResult run(CallCentreModel model, StreamFamily streams, int replication, ReplicationMonitor monitor) {
      return new Replication(model, streams, replication, monitor).run();
    }
  };

  ReplicationResult run(CallCentreModel model, StreamFamily streams, int replication);

  /**
   * Runs a replication that reports its progress to {@code monitor} and respects its bound on callers
   * in the line; a simulator that cannot (a reference model) ignores the monitor.
   */
  default ReplicationResult run(CallCentreModel model, StreamFamily streams, int replication, ReplicationMonitor monitor) {
    return run(model, streams, replication);
  }
}
