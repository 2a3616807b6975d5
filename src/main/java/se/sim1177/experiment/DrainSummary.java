package se.sim1177.experiment;

import se.sim1177.model.Replication;

/**
 * How long the line took to drain after the measured period (no new contact arrives; everyone
 * waiting is answered or leaves), over the replications: the mean and the longest, in seconds,
 * and how many replications reached the drain's limit with callers still waiting.
 */
public record DrainSummary(double meanSeconds, double maxSeconds, int cutOffReplications) {
  /** The drain's limit, seconds after the end of the measured period. */
  public static double limitSeconds() {
    return Replication.DRAIN_LIMIT_SECONDS;
  }
}
