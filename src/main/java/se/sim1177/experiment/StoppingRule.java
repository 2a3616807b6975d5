package se.sim1177.experiment;

/**
 * Lets an experiment stop before its last replication once the caller's decision can no longer
 * change (exact curtailment of a sequential test). The runner shows it every replication's summary
 * figures strictly in replication order, 0, 1, 2, ..., whatever thread ran it, so where it stops
 * depends on the seed only, never on the thread count. A rule that answers true must answer true
 * for every later replication too; the runner stops once it has and at least two replications are
 * in (an experiment's least).
 */
@FunctionalInterface
public interface StoppingRule {
  /**
   * Whether the replications after {@code replication} can be left unsimulated.
   *
   * @param replication the replication just folded in, counted from 0
   * @param summary its figures in {@link Metrics#SUMMARY} order
   */
  boolean decidedAfter(int replication, double[] summary);
}
