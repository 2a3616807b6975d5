package se.sim1177.staffing;

/** What the staffing search reports as it goes. */
public interface SearchProgress {
  SearchProgress SILENT = (step, done, planned) -> {};

  /**
   * @param step what it is doing, for a person
   * @param done simulations and solves finished so far
   * @param planned the most it will do (the search may stop earlier)
   */
  void report(String step, int done, int planned);
}
