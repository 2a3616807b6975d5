package se.sim1177.model;

/**
 * A share that grows (or falls) with congestion along a logit curve: {@code base} at no congestion
 * and {@code atShare} at congestion {@code atCongestion}, so logit(share) is linear in the
 * congestion. A logit is the usual binary-choice model (the resident's utility of the chat against
 * the phone falls linearly with the phone's congestion) and keeps every share strictly between 0
 * and 1 however long the wait. Evaluated with {@link StrictMath}, so the same on every machine.
 */
final class ChoiceCurve {
  private final double base;
  private final double logitBase;
  /** Change of logit(share) per unit of congestion; 0 for a flat curve. */
  private final double slope;

  ChoiceCurve(double base, double atShare, double atCongestion) {
    this.base = base;
    logitBase = logit(base);
    slope = atShare == base ? 0 : (logit(atShare) - logitBase) / atCongestion;
  }

  /**
   * The share at {@code congestion} (0 or less, or NaN: no congestion seen). Exactly the base share
   * on a flat curve and at no congestion, so a curve that never moves changes nothing.
   */
  double share(double congestion) {
    if (slope == 0 || !(congestion > 0)) {
      return base;
    }
    return 1 / (1 + StrictMath.exp(-(logitBase + slope * congestion)));
  }

  private static double logit(double p) {
    return StrictMath.log(p / (1 - p));
  }
}
