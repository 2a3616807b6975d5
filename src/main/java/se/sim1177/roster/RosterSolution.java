package se.sim1177.roster;

import java.util.Arrays;

/**
 * The roster the solver chose: how many nurses start each candidate shift.
 *
 * @param counts per candidate shift, in the order of {@link CoverageProblem#shifts()}, the nurses
 *     scheduled on it
 * @param totalCost Σ cost × count over the candidate shifts, in the problem's cost unit (fixed
 *     shifts not included), computed from the exact costs
 * @param optimal whether the solver proved no cheaper roster exists (to its cost resolution of
 *     10<sup>−8</sup> of the dearest shift)
 * @param wallTimeSeconds the solver's wall time, model building excluded
 * @param relativeGap (cost − best lower bound) / cost when the time limit ended the search first;
 *     0 when optimal
 * @param exactCoverage whether the solver counted coverage exactly; false when the problem's
 *     numbers were too fine or too large for that and it rounded conservatively instead (each
 *     shift's coverage down to a ten-thousandth of a nurse or coarser), so that a roster slightly
 *     cheaper than this one may exist (see {@code CoverageUnits})
 * @param leastChangeProven whether, among the rosters of least cost, this one was proved to change
 *     least from day to day ({@link CoverageProblem#sameShiftNextDay}); true when the problem asks
 *     no such tie-break, false when the cost was not proved optimal or the tie-break's budget ran
 *     out first (then the change is the least found, and the cost no higher)
 */
public record RosterSolution(int[] counts, double totalCost, boolean optimal, double wallTimeSeconds, double relativeGap,
    boolean exactCoverage, boolean leastChangeProven) {

  /** Copies the counts in: a solution never changes. */
  public RosterSolution {
    counts = counts.clone();
  }

  @Override
  public int[] counts() {
    return counts.clone();
  }

  /** Nurses scheduled on candidate shift {@code shift}. */
  public int count(int shift) {
    return counts[shift];
  }

  /** Nurses scheduled on the line per slot (not on a break): fixed shifts' and this roster's, before absence. */
  public long[] scheduled(CoverageProblem problem) {
    long[] scheduled = new long[problem.slots()];
    for (int t = 0; t < scheduled.length; t++) {
      scheduled[t] = problem.fixedScheduled(t);
    }
    for (int s = 0; s < counts.length; s++) {
      CandidateShift shift = problem.shifts().get(s);
      for (int k = 0; k < shift.lengthSlots(); k++) {
        if (!shift.onBreak(k)) {
          scheduled[(shift.firstSlot() + k) % scheduled.length] += counts[s];
        }
      }
    }
    return scheduled;
  }

  /** Effective nurses on duty per slot: fixed coverage plus this roster's, in requirement units. */
  public double[] coverage(CoverageProblem problem) {
    double[] coverage = problem.fixedCoverage();
    for (int s = 0; s < counts.length; s++) {
      CandidateShift shift = problem.shifts().get(s);
      for (int k = 0; k < shift.lengthSlots(); k++) {
        if (!shift.onBreak(k)) {
          coverage[(shift.firstSlot() + k) % coverage.length] += counts[s] * shift.coverage();
        }
      }
    }
    return coverage;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RosterSolution r
        && Arrays.equals(counts, r.counts)
        && Double.compare(totalCost, r.totalCost) == 0
        && optimal == r.optimal
        && Double.compare(wallTimeSeconds, r.wallTimeSeconds) == 0
        && Double.compare(relativeGap, r.relativeGap) == 0
        && exactCoverage == r.exactCoverage
        && leastChangeProven == r.leastChangeProven;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(counts) + Double.hashCode(totalCost);
  }

  @Override
  public String toString() {
    return "RosterSolution[counts=" + Arrays.toString(counts) + ", totalCost=" + totalCost
        + ", optimal=" + optimal + ", wallTimeSeconds=" + wallTimeSeconds + ", relativeGap=" + relativeGap
        + ", exactCoverage=" + exactCoverage + ", leastChangeProven=" + leastChangeProven + "]";
  }
}
