package se.sim1177.experiment;

import se.sim1177.engine.StreamFamily;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.Replication;
import se.sim1177.model.ReplicationResult;

/** Something that can simulate one replication of a model: the engine, or a reference implementation. */
@FunctionalInterface
public interface ReplicationSimulator {
  /** The project's engine. */
  ReplicationSimulator ENGINE = (model, streams, replication) -> new Replication(model, streams, replication).run();

  ReplicationResult run(CallCentreModel model, StreamFamily streams, int replication);
}
