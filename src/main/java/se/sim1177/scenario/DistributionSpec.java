package se.sim1177.scenario;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * A probability distribution of a duration in seconds, as the user specified it (talk time,
 * patience, redial delay). Each kind holds its native parameters; {@link ScenarioReader} converts
 * the friendlier mean-and-cv spelling into these. The simulator samples every kind from one
 * uniform per draw: by inversion, the exponential by a ziggurat.
 */
public sealed interface DistributionSpec {
  /** The names scenario files use under {@code distribution}. */
  List<String> KINDS =
      List.of("exponential", "gamma", "lognormal", "weibull", "erlang", "uniform", "fixed", "empirical");

  /** Mean in seconds. */
  double mean();

  /** Standard deviation in seconds. */
  double sd();

  /** The name used under {@code distribution}. */
  String kind();

  /** Exponential with mean {@code mean} seconds. */
  record Exponential(double mean) implements DistributionSpec {
    public Exponential {
      FieldChecks c = new FieldChecks();
      c.require(mean > 0 && Double.isFinite(mean), "mean", mean, "must be a duration above zero");
      c.throwIfAny();
    }

    @Override
    public double sd() {
      return mean;
    }

    @Override
    public String kind() {
      return "exponential";
    }
  }

  /** Gamma with shape {@code shape} and scale {@code scale} seconds. */
  record GammaSpec(double shape, double scale) implements DistributionSpec {
    public GammaSpec {
      FieldChecks c = new FieldChecks();
      c.require(shape >= 0.05 && shape <= 1e4, "shape", shape, "must be between 0.05 and 10000 (cv between 0.01 and 4.5)");
      c.require(scale > 0 && Double.isFinite(scale), "scale", scale, "must be a duration above zero");
      c.throwIfAny();
    }

    @Override
    public double mean() {
      return shape * scale;
    }

    @Override
    public double sd() {
      return Math.sqrt(shape) * scale;
    }

    @Override
    public String kind() {
      return "gamma";
    }
  }

  /** Lognormal: the logarithm of the duration in seconds is normal with mean mu, sd sigma. */
  record Lognormal(double mu, double sigma) implements DistributionSpec {
    public Lognormal {
      FieldChecks c = new FieldChecks();
      c.require(Double.isFinite(mu) && mu > -20 && mu < 30, "mu", mu, "must be a log of seconds between -20 and 30");
      c.require(sigma > 0 && sigma <= 5, "sigma", sigma, "must be above 0 and at most 5");
      c.throwIfAny();
    }

    @Override
    public double mean() {
      return StrictMath.exp(mu + sigma * sigma / 2);
    }

    @Override
    public double sd() {
      return mean() * Math.sqrt(StrictMath.expm1(sigma * sigma));
    }

    @Override
    public String kind() {
      return "lognormal";
    }
  }

  /** Weibull with shape {@code shape} and scale {@code scale} seconds. */
  record Weibull(double shape, double scale) implements DistributionSpec {
    public Weibull {
      FieldChecks c = new FieldChecks();
      c.require(shape >= 0.1 && shape <= 100, "shape", shape, "must be between 0.1 and 100");
      c.require(scale > 0 && Double.isFinite(scale), "scale", scale, "must be a duration above zero");
      c.throwIfAny();
    }

    @Override
    public double mean() {
      return scale * StrictMath.exp(Gamma.logGamma(1 + 1 / shape));
    }

    @Override
    public double sd() {
      double g1 = StrictMath.exp(Gamma.logGamma(1 + 1 / shape));
      double g2 = StrictMath.exp(Gamma.logGamma(1 + 2 / shape));
      return scale * Math.sqrt(Math.max(0, g2 - g1 * g1));
    }

    @Override
    public String kind() {
      return "weibull";
    }
  }

  /** Erlang: the sum of {@code k} exponential phases, with mean {@code mean} seconds in all. */
  record Erlang(int k, double mean) implements DistributionSpec {
    public Erlang {
      FieldChecks c = new FieldChecks();
      c.require(k >= 1 && k <= 10000, "k", k, "must be a whole number of phases between 1 and 10000");
      c.require(mean > 0 && Double.isFinite(mean), "mean", mean, "must be a duration above zero");
      c.throwIfAny();
    }

    @Override
    public double sd() {
      return mean / Math.sqrt(k);
    }

    @Override
    public String kind() {
      return "erlang";
    }
  }

  /** Uniform between {@code min} and {@code max} seconds. */
  record Uniform(double min, double max) implements DistributionSpec {
    public Uniform {
      FieldChecks c = new FieldChecks();
      c.nonNegative("min", min);
      c.require(max > min && Double.isFinite(max), "max", max, "must be above min (" + FieldChecks.formatNumber(min) + "s)");
      c.throwIfAny();
    }

    @Override
    public double mean() {
      return (min + max) / 2;
    }

    @Override
    public double sd() {
      return (max - min) / Math.sqrt(12);
    }

    @Override
    public String kind() {
      return "uniform";
    }
  }

  /** Always {@code value} seconds. */
  record Fixed(double value) implements DistributionSpec {
    public Fixed {
      FieldChecks c = new FieldChecks();
      c.nonNegative("value", value);
      c.throwIfAny();
    }

    @Override
    public double mean() {
      return value;
    }

    @Override
    public double sd() {
      return 0;
    }

    @Override
    public String kind() {
      return "fixed";
    }
  }

  /** One of the observed {@code values} (seconds), each equally likely: resampling the data. */
  record Empirical(List<Double> values) implements DistributionSpec {
    public Empirical {
      values = List.copyOf(values);
      FieldChecks c = new FieldChecks();
      c.require(!values.isEmpty(), "values", values, "must list at least one observed duration");
      for (int i = 0; i < values.size(); i++) {
        c.nonNegative("values[" + i + "]", values.get(i));
      }
      c.throwIfAny();
    }

    /** The observations in ascending order, so that sampling by inversion is monotone. */
    public double[] sortedValues() {
      double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(v);
      return v;
    }

    @Override
    public double mean() {
      return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    @Override
    public double sd() {
      double m = mean();
      return Math.sqrt(values.stream().mapToDouble(v -> (v - m) * (v - m)).average().orElse(0));
    }

    @Override
    public String kind() {
      return "empirical";
    }
  }
}
