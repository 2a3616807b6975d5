package se.sim1177.staffing;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The order in which the search simulates the periods (replications) of its seed: those that
 * missed the targets in the most search simulations so far first, ties in replication order. With
 * common random numbers the months that were hard for one roster are the likeliest to be hard for
 * the next, so a roster that fails shows its misses in the first few periods and its simulation
 * stops there ({@link MarginCurtailment}). The order changes how soon a verdict comes, never the
 * verdict: each period's outcome is the same whichever runs first.
 */
final class HardestPeriodsFirst {
  private final int[] misses;

  HardestPeriodsFirst(int replications) {
    this.misses = new int[replications];
  }

  /** Every replication index once, hardest first. */
  int[] order() {
    Integer[] order = new Integer[misses.length];
    for (int r = 0; r < order.length; r++) {
      order[r] = r;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer r) -> -misses[r]).thenComparingInt(r -> r));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /** Replication {@code replication} missed a target in one more search simulation. */
  void missed(int replication) {
    misses[replication]++;
  }
}
