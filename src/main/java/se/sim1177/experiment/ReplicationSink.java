package se.sim1177.experiment;

/** Where the workers of an experiment hand each finished replication, from whichever thread ran it. */
interface ReplicationSink {
  /** Replication {@code replication} has finished with {@code values}. */
  void accept(int replication, ReplicationValues values);

  /** Whether the replications not yet started need not run. */
  boolean stopped();
}
