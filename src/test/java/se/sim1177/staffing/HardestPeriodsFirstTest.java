package se.sim1177.staffing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The search's periods run hardest first: most misses so far first, ties in replication order. */
class HardestPeriodsFirstTest {
  @Test
  void theMostMissedFirstTiesInReplicationOrder() {
    HardestPeriodsFirst periods = new HardestPeriodsFirst(6);
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, periods.order(), "before any miss, replication order");
    periods.missed(4);
    periods.missed(4);
    periods.missed(1);
    periods.missed(5);
    assertArrayEquals(new int[] {4, 1, 5, 0, 2, 3}, periods.order());
  }
}
