package se.sim1177.roster;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Coverage in the whole numbers the engines need: {@code perNurse} units make one effective nurse
 * on duty, each shift covers {@code perShift[s]} units per scheduled nurse, and each slot still
 * needs {@code residualRequirement[t]} units after fixed coverage.
 *
 * <p><b>Exact</b> whenever the numbers allow. Each shift's coverage is taken as the fraction its
 * double stands for ({@link Fraction#near}: 0.88 / 1.2 arrives as 0.7333333333333334 and is 11/15),
 * and the unit is one over the least common multiple D of their denominators, so every shift
 * covers a whole number of units, exactly. A slot's row Σ units<sub>s</sub>·x<sub>s</sub> ≥
 * ⌈D · (requirement − fixed coverage − {@link RosterCheck#TOLERANCE})⌉ then holds exactly when the
 * real one does, its left side being a whole number. The requirement and the fixed coverage are
 * taken at the exact binary values of their doubles, less the tolerance of {@link RosterCheck} (the
 * oracle), 10<sup>−9</sup> nurse: a requirement of 2.2 is not exactly 2.2 in binary, nor 0.88/1.2 ×
 * 3 exactly 2.2, and without the tolerance three nurses of 11/15 would miss it by 2·10<sup>−16</sup>.
 * Requirements with a few decimals are met or missed by far more than the tolerance (by a multiple
 * of 1/(D·10<sup>decimals</sup>)), so it changes no verdict such data can tell apart, and the
 * verdict is the oracle's.
 *
 * <p>Exact only while the numbers stay small: D and every slot's residual requirement at most
 * {@link #MAX_ROW_UNITS}. The limit is SCIP's. OR-Tools runs it with a relative feasibility
 * tolerance of 10<sup>−7</sup>, and on random covering rows it returned rosters a few units short
 * where the right side was 3·10<sup>7</sup> units or more (none up to 10<sup>7</sup> in 4,000
 * models, measured 2026-11); at 2<sup>22</sup> the tolerance is below half a unit, and whole
 * numbers cannot fall short by less than one. CP-SAT's 64-bit sums stay far away (25,000 shifts ×
 * 2<sup>23</sup> per row is below 2<sup>38</sup>). On the Värmland scenario D is 11,450 (coverages
 * 22/25, 1001/1145 and 47/50), exact up to 366 nurses in a slot.
 *
 * <p>Beyond the limit, or when a coverage is no fraction with a denominator within it, the scaling
 * is <b>conservative</b>, as it was before it could be exact: {@link #CONSERVATIVE_UNITS} units
 * per nurse (ten or a hundred times fewer when rows would pass the limit), a shift's coverage
 * rounded down and a slot's requirement up. Every roster it allows is feasible, but the cheapest
 * may be missed: it was, on 73 of the 186 small weeks of {@code RosterSolverExactCoverageTest}
 * that have a roster. {@link #exact} says which scaling was used.
 */
record CoverageUnits(long perNurse, long[] perShift, long[] residualRequirement, boolean exact) {
  /** The most units per nurse, and per slot's residual requirement, for an exact scaling. */
  static final long MAX_ROW_UNITS = 1L << 22;
  /** Units per nurse of the conservative scaling, when its rows stay within {@link #MAX_ROW_UNITS}. */
  static final long CONSERVATIVE_UNITS = 10_000;
  /** The conservative scaling uses no fewer units than this, rows within the limit or not. */
  static final long FEWEST_CONSERVATIVE_UNITS = 100;
  /** Below any real difference, above the error of a decimal fraction in binary (in units). */
  static final double ROUNDING_SLACK = 1e-6;

  private static final BigDecimal TOLERANCE = BigDecimal.valueOf(RosterCheck.TOLERANCE);

  /** The phone's rows: each shift's {@code coverage}, each slot's requirement less fixed coverage. */
  static CoverageUnits of(CoverageProblem problem) {
    List<CandidateShift> shifts = problem.shifts();
    double[] coverage = new double[shifts.size()];
    for (int s = 0; s < coverage.length; s++) {
      coverage[s] = shifts.get(s).coverage();
    }
    return of(coverage, problem.requirement(), problem.fixedCoverage());
  }

  /** The chat's rows, counted in units of their own: each shift's {@code chatCoverage}, each slot's chat requirement less fixed chat coverage. */
  static CoverageUnits ofChat(CoverageProblem problem) {
    List<CandidateShift> shifts = problem.shifts();
    double[] coverage = new double[shifts.size()];
    for (int s = 0; s < coverage.length; s++) {
      coverage[s] = shifts.get(s).chatCoverage();
    }
    return of(coverage, problem.chatRequirement(), problem.fixedChatCoverage());
  }

  private static CoverageUnits of(double[] coverage, double[] requirement, double[] fixed) {
    return exact(coverage, requirement, fixed).orElseGet(() -> conservative(coverage, requirement, fixed));
  }

  private static Optional<CoverageUnits> exact(double[] coverage, double[] requirement, double[] fixed) {
    Fraction[] fractions = new Fraction[coverage.length];
    long units = 1;
    for (int s = 0; s < fractions.length; s++) {
      if (coverage[s] == 0) {
        // A shift of a group that does not answer this channel: no units, whatever the scaling.
        continue;
      }
      Optional<Fraction> f = Fraction.near(coverage[s], MAX_ROW_UNITS);
      if (f.isEmpty()) {
        return Optional.empty();
      }
      fractions[s] = f.get();
      Optional<Long> lcm = Fraction.lcm(units, fractions[s].denominator(), MAX_ROW_UNITS);
      if (lcm.isEmpty()) {
        return Optional.empty();
      }
      units = lcm.get();
    }
    long[] perShift = new long[fractions.length];
    for (int s = 0; s < perShift.length; s++) {
      perShift[s] = fractions[s] == null ? 0 : fractions[s].numerator() * (units / fractions[s].denominator());
    }
    long[] residual = residualRequirement(requirement, fixed, units);
    if (largest(residual) > MAX_ROW_UNITS) {
      return Optional.empty();
    }
    return Optional.of(new CoverageUnits(units, perShift, residual, true));
  }

  private static CoverageUnits conservative(double[] coverage, double[] requirement, double[] fixed) {
    long units = CONSERVATIVE_UNITS;
    long[] residual = residualRequirement(requirement, fixed, units);
    while (units > FEWEST_CONSERVATIVE_UNITS && largest(residual) > MAX_ROW_UNITS) {
      units /= 10;
      residual = residualRequirement(requirement, fixed, units);
    }
    long[] perShift = new long[coverage.length];
    for (int s = 0; s < perShift.length; s++) {
      perShift[s] = (long) Math.floor(coverage[s] * units + ROUNDING_SLACK);
    }
    return new CoverageUnits(units, perShift, residual, false);
  }

  /** Per slot, ⌈units · (requirement − fixed coverage − tolerance)⌉ and at least 0, computed exactly. */
  private static long[] residualRequirement(double[] requirement, double[] fixed, long units) {
    BigDecimal perNurse = BigDecimal.valueOf(units);
    long[] residual = new long[requirement.length];
    for (int t = 0; t < residual.length; t++) {
      BigDecimal net = new BigDecimal(requirement[t]).subtract(new BigDecimal(fixed[t]))
          .subtract(TOLERANCE);
      residual[t] = Math.max(0, net.multiply(perNurse).setScale(0, RoundingMode.CEILING).longValueExact());
    }
    return residual;
  }

  private static long largest(long[] values) {
    long most = 0;
    for (long v : values) {
      most = Math.max(most, v);
    }
    return most;
  }
}
