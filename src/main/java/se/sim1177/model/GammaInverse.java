package se.sim1177.model;

import org.apache.commons.math3.special.Gamma;

/**
 * The quantile function of the standard gamma distribution (scale 1): a Wilson–Hilferty starting
 * point refined by Halley steps on the regularized incomplete gamma function. Commons Math computes
 * that function in pure Java, so results are the same on every machine. Slower than the other
 * samplers (several incomplete-gamma evaluations per draw), which matters only when talk time or
 * patience is gamma or Erlang.
 */
final class GammaInverse {
  private static final int MAX_STEPS = 60;
  private static final double RELATIVE_TOLERANCE = 1e-13;

  private GammaInverse() {}

  /** x with P(shape, x) = u, for u in (0, 1). */
  static double standard(double shape, double u) {
    double logGamma = Gamma.logGamma(shape);
    double x = start(shape, u, logGamma);
    for (int i = 0; i < MAX_STEPS; i++) {
      double f = Gamma.regularizedGammaP(shape, x, 1e-15, 100_000) - u;
      double logDensity = (shape - 1) * DeterministicMath.log(x) - x - logGamma;
      double density = DeterministicMath.exp(logDensity);
      if (density == 0) {
        break;
      }
      double newton = f / density;
      // Halley's correction uses the density's derivative relative to the density: (a-1)/x - 1.
      double step = newton / (1 - 0.5 * newton * ((shape - 1) / x - 1));
      double next = x - step;
      if (!(next > 0)) {
        next = x / 2;
      }
      boolean done = Math.abs(next - x) <= RELATIVE_TOLERANCE * next;
      x = next;
      if (done) {
        break;
      }
    }
    return x;
  }

  private static double start(double shape, double u, double logGamma) {
    if (shape < 1) {
      // For small x, P(a, x) ≈ x^a / Γ(a + 1): invert that.
      double x = DeterministicMath.exp((DeterministicMath.log(u) + logGamma + DeterministicMath.log(shape)) / shape);
      return Math.max(x, 1e-300);
    }
    double z = NormalInverse.standard(u);
    double c = 1 / (9 * shape);
    double w = 1 - c + z * Math.sqrt(c);
    double x = shape * w * w * w;
    return x > 0 ? x : shape * 1e-3;
  }
}
