package se.sim1177.model;

/**
 * The wait a queue announcement tells a caller who would join the queue: the queue-length
 * estimator with abandonment of R. Ibrahim and W. Whitt, "Real-time delay estimation in
 * overloaded multiserver queues with abandonments", Management Science 55(10), 2009. With k
 * callers ahead, service completions at total rate sμ and each caller ahead abandoning at rate θ,
 * the caller moves up one place at rate sμ + jθ while j callers are ahead of them, so the expected
 * time until a nurse takes them is Σ_{j=0..k} 1 / (sμ + jθ). With θ = 0 it is the classic
 * (k + 1) / sμ, which overstates the wait whenever callers ahead give up.
 */
final class DelayAnnouncement {
  private DelayAnnouncement() {}

  /** Up to this many callers ahead the sum is added term by term; beyond, by the digamma function. */
  private static final int DIRECT_TERMS = 64;

  /**
   * The expected wait, in seconds, of a caller with {@code ahead} callers ahead of them, served at
   * {@code serviceRate} completions a second (positive), each caller ahead abandoning at {@code
   * abandonRate} a second (0 when nobody abandons).
   */
  static double expectedWait(int ahead, double serviceRate, double abandonRate) {
    if (abandonRate <= 0) {
      return (ahead + 1) / serviceRate;
    }
    if (ahead < DIRECT_TERMS) {
      double sum = 0;
      for (int j = 0; j <= ahead; j++) {
        sum += 1 / (serviceRate + j * abandonRate);
      }
      return sum;
    }
    // Σ_{j=0..k} 1/(a + jθ) = (ψ(a/θ + k + 1) − ψ(a/θ)) / θ.
    double x = serviceRate / abandonRate;
    return (digamma(x + ahead + 1) - digamma(x)) / abandonRate;
  }

  /** ψ(x) for x > 0: raised above 10 by ψ(x) = ψ(x + 1) − 1/x, then its asymptotic series (error below 1e-15). */
  static double digamma(double x) {
    double shift = 0;
    while (x < 10) {
      shift -= 1 / x;
      x += 1;
    }
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))));
    return shift + DeterministicMath.log(x) - 0.5 * inv - series;
  }
}
