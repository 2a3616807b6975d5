package se.sim1177.staffing;

import se.sim1177.scenario.Staffing;

/**
 * How much more than the bare confidence the simulation method asks of a roster. Every search
 * simulation uses one seed; the returned roster is then checked with a fresh seed, and if it falls
 * short there, shifts taken away are put back, then β raised, until it holds ({@link
 * FreshSeedRepair}). A search that keeps the cheapest roster that passes on one seed favours
 * rosters that were lucky on it (the winner's curse), so both steps ask for more than the bare
 * confidence: the search a share 1.645 standard errors above it (of the difference from a
 * 200-period check: 0.06 at 100 replications and 90 %; {@link #meets}), the check (400
 * replications) a one-sided 95 % lower bound of its share at or above it ({@link
 * RosterEvaluation#meetsConfidently}), so the returned roster's true share is about 0.93 or more
 * and an independent check of 200 periods passes with probability about 0.95. Measured on the
 * bundled scenario: asking share ≥ confidence returned a roster that met the targets in 93 % of
 * the check's months and 87.5 % of another seed's 200; a 90 % bound, one whose shares over five
 * seeds of 400 months were 0.87–0.93.
 */
final class SearchMargin {
  private static final double MARGIN_Z = 1.645;
  /** The size of an independent check the search's margin is sized for: the 200 periods. */
  private static final int INDEPENDENT_CHECK = 200;

  private SearchMargin() {}

  /**
   * Meets the period targets on the search's seed with a margin: the share must exceed the
   * confidence by {@link #MARGIN_Z} standard errors of the difference between this estimate and an
   * independent check of {@link #INDEPENDENT_CHECK} periods, so that such a check of the returned
   * roster passes with probability about 0.95 even though the search kept the cheapest roster that
   * passed on its own seed. The periods are counted against the replications the search asked
   * for, the floor judged on those simulated: a simulation stopped early ({@link
   * MarginCurtailment}) already has too many misses for any outcome of the rest, or enough periods
   * meeting the targets and no floor to judge, so the answer is the one every replication gives.
   */
  static boolean meets(RosterEvaluation e, Staffing staffing) {
    return e.periodsMeetingTargets() >= periodsNeeded(staffing.confidence(), e.replicationsAsked())
        && e.worstFloorInterval(staffing) < 0;
  }

  /**
   * The fewest of {@code replications} periods that must meet every target: the least count whose
   * share, computed as the share of periods is, reaches the confidence plus the margin (1e-12 below
   * it, so that a share equal to it on paper is not lost to rounding).
   */
  static int periodsNeeded(double confidence, int replications) {
    double c = confidence;
    double margin = c >= 1 ? 0 : MARGIN_Z * Math.sqrt(c * (1 - c) * (1.0 / replications + 1.0 / INDEPENDENT_CHECK));
    double leastShare = Math.min(1, c + margin) - 1e-12;
    for (int m = 0; m < replications; m++) {
      if ((double) m / replications >= leastShare) {
        return m;
      }
    }
    return replications;
  }
}
