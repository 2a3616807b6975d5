package se.sim1177.experiment;

/**
 * What {@code run.json} records of an experiment besides what was run: its seed and replications,
 * the threads it ran on, and what it cost (wall time in seconds, events, call attempts and chats
 * simulated, warm-up included). A full {@link ExperimentResult} and a sweep's compact
 * {@link ExperimentSummary} both carry it, so {@code run.json} is built one way for either.
 */
public interface ExperimentRecord {
  /** The seed all random streams derived from. */
  long seed();

  /** Independent replications run. */
  int replications();

  /** Worker threads the replications ran on. */
  int threads();

  /** Wall-clock time of the replications, in seconds. */
  double wallSeconds();

  /** Events processed over all replications, warm-up included. */
  long events();

  /** Call attempts simulated over all replications, warm-up included. */
  long callAttempts();

  /** Chats simulated over all replications, warm-up included. */
  long chats();
}
