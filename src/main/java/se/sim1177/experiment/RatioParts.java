package se.sim1177.experiment;

/**
 * One figure's numerator and denominator in each replication, in replication order: for a ratio
 * (an answer rate) its two counts, for another figure its value over 1.
 */
public record RatioParts(double[] numerators, double[] denominators) {
  public RatioParts {
    if (numerators.length != denominators.length) {
      throw new IllegalArgumentException("one denominator per numerator");
    }
  }

  public int replications() {
    return numerators.length;
  }
}
