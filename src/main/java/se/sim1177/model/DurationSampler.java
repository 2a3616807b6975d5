package se.sim1177.model;

import se.sim1177.scenario.DistributionSpec;

/**
 * A duration distribution compiled for sampling: {@link #sample(double)} maps one uniform to one
 * duration in seconds, so every draw uses exactly one uniform and common random numbers stay in
 * step between scenarios. Every distribution is sampled by inversion (monotone in the uniform)
 * except the exponential, which takes {@link ExponentialZiggurat}'s unit variate, scaled by the
 * mean: two scenarios that differ only in an exponential's mean still see each caller's duration
 * scaled, not redrawn.
 */
public abstract class DurationSampler {
  /** The duration (seconds) drawn with the uniform {@code u} in (0, 1). */
  public abstract double sample(double u);

  /** Whether every draw gives the same duration (no uniform needs to be drawn for it). */
  public boolean constant() {
    return false;
  }

  /** Compiles a user's distribution. */
  public static DurationSampler of(DistributionSpec spec) {
    if (spec instanceof DistributionSpec.Exponential e) {
      return new Exponential(e.mean());
    }
    if (spec instanceof DistributionSpec.Lognormal l) {
      return new Lognormal(l.mu(), l.sigma());
    }
    if (spec instanceof DistributionSpec.GammaSpec g) {
      return new Gamma(g.shape(), g.scale());
    }
    if (spec instanceof DistributionSpec.Erlang e) {
      return new Gamma(e.k(), e.mean() / e.k());
    }
    if (spec instanceof DistributionSpec.Weibull w) {
      return new Weibull(w.shape(), w.scale());
    }
    if (spec instanceof DistributionSpec.Uniform u) {
      return new Uniform(u.min(), u.max());
    }
    if (spec instanceof DistributionSpec.Fixed f) {
      return new Fixed(f.value());
    }
    return new Empirical(((DistributionSpec.Empirical) spec).sortedValues());
  }

  static final class Exponential extends DurationSampler {
    private final double mean;

    Exponential(double mean) {
      this.mean = mean;
    }

    @Override
    public double sample(double u) {
      return mean * ExponentialZiggurat.standard(u);
    }
  }

  static final class Lognormal extends DurationSampler {
    private final double mu;
    private final double sigma;

    Lognormal(double mu, double sigma) {
      this.mu = mu;
      this.sigma = sigma;
    }

    @Override
    public double sample(double u) {
      return DeterministicMath.exp(mu + sigma * NormalInverse.standard(u));
    }
  }

  static final class Gamma extends DurationSampler {
    private final double shape;
    private final double scale;

    Gamma(double shape, double scale) {
      this.shape = shape;
      this.scale = scale;
    }

    @Override
    public double sample(double u) {
      return scale * GammaInverse.standard(shape, u);
    }
  }

  static final class Weibull extends DurationSampler {
    private final double inverseShape;
    private final double scale;

    Weibull(double shape, double scale) {
      this.inverseShape = 1 / shape;
      this.scale = scale;
    }

    @Override
    public double sample(double u) {
      double e = -DeterministicMath.log(1 - u);
      return scale * DeterministicMath.exp(inverseShape * DeterministicMath.log(e));
    }
  }

  static final class Uniform extends DurationSampler {
    private final double min;
    private final double width;

    Uniform(double min, double max) {
      this.min = min;
      this.width = max - min;
    }

    @Override
    public double sample(double u) {
      return min + width * u;
    }
  }

  static final class Fixed extends DurationSampler {
    private final double value;

    Fixed(double value) {
      this.value = value;
    }

    @Override
    public double sample(double u) {
      return value;
    }

    @Override
    public boolean constant() {
      return true;
    }
  }

  static final class Empirical extends DurationSampler {
    private final double[] sorted;

    Empirical(double[] sorted) {
      this.sorted = sorted;
    }

    @Override
    public double sample(double u) {
      int i = (int) (u * sorted.length);
      return sorted[Math.min(i, sorted.length - 1)];
    }
  }
}
