package se.sim1177.staffing;

import se.sim1177.roster.SolverSettings;

/**
 * How the staffing search runs.
 *
 * @param searchReplications replications per simulated roster while searching (one seed for all,
 *     so rosters are compared on the same callers)
 * @param checkReplications replications of the fresh-seed check of each roster reported
 * @param seed the search's seed; the check uses seeds derived from it
 * @param threads simulation threads
 * @param solver the roster solver's settings
 * @param progress told what the search is doing (may print; never null)
 */
public record SearchSettings(int searchReplications, int checkReplications, long seed, int threads, SolverSettings solver,
    SearchProgress progress) {
  public static final int DEFAULT_SEARCH_REPLICATIONS = 100;
  public static final int DEFAULT_CHECK_REPLICATIONS = 400;

  public SearchSettings {
    if (searchReplications < 2 || checkReplications < 2 || threads < 1) {
      throw new IllegalArgumentException("replications must be at least 2 and threads at least 1");
    }
  }

  /** The seed of the fresh-seed check: far from the search's, the same for every roster checked. */
  public long checkSeed() {
    return seed ^ 0x5DEECE66DL;
  }
}
