package se.sim1177.scenario;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Reads a distribution section ({@code {distribution: lognormal, mean: 7m, cv: 0.6}}) into a
 * {@link DistributionSpec}. Each kind accepts its native parameters or, where it has a shape, a
 * mean with a coefficient of variation ({@code cv}) or standard deviation ({@code sd}).
 */
final class DistributionReader {
  private DistributionReader() {}

  /** The distribution in {@code s}, or null when it has problems (which are recorded). */
  static DistributionSpec read(Section s) {
    int before = s.problemCount();
    s.requireKey("distribution", "one of " + String.join(", ", DistributionSpec.KINDS));
    String kind = s.choice("distribution", null, DistributionSpec.KINDS);
    if (kind == null) {
      s.allow("mean", "cv", "sd");
      s.rejectUnknownKeys();
      return null;
    }
    DistributionSpec spec = switch (kind) {
      case "exponential" -> exponential(s);
      case "gamma" -> shaped(s, "shape", "scale", GAMMA_CV, (mean, cv) -> new DistributionSpec.GammaSpec(1 / (cv * cv), mean * cv * cv),
          (shape, scale) -> new DistributionSpec.GammaSpec(shape, scale));
      case "lognormal" -> lognormal(s);
      case "weibull" -> shaped(s, "shape", "scale", WEIBULL_CV, DistributionReader::weibullFromMean,
          (shape, scale) -> new DistributionSpec.Weibull(shape, scale));
      case "erlang" -> erlang(s);
      case "uniform" -> uniform(s);
      case "fixed" -> fixed(s);
      default -> empirical(s);
    };
    s.rejectUnknownKeys();
    return s.problemCount() == before ? spec : null;
  }

  private interface FromMean {
    DistributionSpec make(double mean, double cv);
  }

  private interface FromNative {
    DistributionSpec make(double a, double b);
  }

  private static DistributionSpec exponential(Section s) {
    double mean = mean(s);
    if (s.has("cv") && Math.abs(s.number("cv", 1) - 1) > 1e-12) {
      s.problem("cv", s.shown("cv") + " must be 1 for an exponential distribution (leave it out, or choose gamma or lognormal)");
    }
    return Double.isNaN(mean) ? null : s.build(() -> new DistributionSpec.Exponential(mean));
  }

  /** Mean with cv or sd, or two native parameters (a shape and a duration-valued scale). */
  private static DistributionSpec shaped(Section s, String shapeKey, String scaleKey, CvRange cvRange, FromMean fromMean,
      FromNative fromNative) {
    if (s.has(shapeKey) || s.has(scaleKey)) {
      rejectMix(s, shapeKey + " and " + scaleKey, "mean", "cv", "sd");
      s.requireKey(shapeKey, "a positive number");
      s.requireKey(scaleKey, Durations.ALLOWED);
      double shape = s.number(shapeKey, 1);
      double scale = s.duration(scaleKey, 1);
      return s.build(() -> fromNative.make(shape, scale));
    }
    double mean = mean(s);
    double cv = cv(s, mean, shapeKey + " and " + scaleKey, cvRange);
    if (Double.isNaN(cv)) {
      return null;
    }
    return s.build(() -> fromMean.make(mean, cv));
  }

  private static DistributionSpec lognormal(Section s) {
    if (s.has("mu") || s.has("sigma")) {
      rejectMix(s, "mu and sigma", "mean", "cv", "sd");
      double mu = s.requiredNumber("mu");
      double sigma = s.requiredNumber("sigma");
      return s.build(() -> new DistributionSpec.Lognormal(mu, sigma));
    }
    double mean = mean(s);
    double cv = cv(s, mean, "mu and sigma", ANY_CV);
    if (Double.isNaN(cv)) {
      return null;
    }
    double sigma2 = StrictMath.log1p(cv * cv);
    return s.build(() -> new DistributionSpec.Lognormal(StrictMath.log(mean) - sigma2 / 2, Math.sqrt(sigma2)));
  }

  private static DistributionSpec erlang(Section s) {
    double mean = mean(s);
    if (s.has("k")) {
      rejectMix(s, "mean and k", "cv", "sd");
      int k = s.smallInteger("k", 1);
      return Double.isNaN(mean) ? null : s.build(() -> new DistributionSpec.Erlang(k, mean));
    }
    double cv = cv(s, mean, "mean and k", ANY_CV);
    if (Double.isNaN(cv)) {
      return null;
    }
    double phases = 1 / (cv * cv);
    long k = Math.round(phases);
    if (k < 1 || Math.abs(phases - k) > 1e-6 * phases) {
      String key = s.has("cv") ? "cv" : "sd";
      s.problem(key, s.shown(key) + " gives 1/cv² = " + String.format(java.util.Locale.ROOT, "%.4g", phases)
          + " phases, but an Erlang distribution needs a whole number (cv = 1, 0.7071, 0.5774, 0.5, ...); give k instead or choose gamma");
      return null;
    }
    return s.build(() -> new DistributionSpec.Erlang((int) k, mean));
  }

  private static DistributionSpec uniform(Section s) {
    if (s.has("min") || s.has("max")) {
      rejectMix(s, "min and max", "mean", "cv", "sd");
      int before = s.problemCount();
      double min = s.requiredDuration("min");
      double max = s.requiredDuration("max");
      if (s.problemCount() == before && !(max > min)) {
        s.problem("max", s.shown("max") + " must be above min (" + s.shown("min") + ")");
        return null;
      }
      return s.build(() -> new DistributionSpec.Uniform(min, max));
    }
    double mean = mean(s);
    double cv = cv(s, mean, "min and max", UNIFORM_CV);
    if (Double.isNaN(cv)) {
      return null;
    }
    double halfWidth = Math.min(mean, mean * cv * Math.sqrt(3));
    return s.build(() -> new DistributionSpec.Uniform(mean - halfWidth, mean + halfWidth));
  }

  private static DistributionSpec fixed(Section s) {
    if (s.has("mean") && s.has("value")) {
      s.problem("mean", "give either value or mean for a fixed duration, not both");
      return null;
    }
    double v = s.has("mean") ? s.duration("mean", 0) : s.requiredDuration("value");
    return s.build(() -> new DistributionSpec.Fixed(v));
  }

  private static DistributionSpec empirical(Section s) {
    s.requireKey("values", "a list of observed durations, like [3m, 5m, 12m]");
    List<Double> values = s.durations("values");
    return s.build(() -> new DistributionSpec.Empirical(values == null ? new ArrayList<>() : values));
  }

  /** The coefficients of variation a distribution can have, for messages: {@code low} exclusive when 0. */
  private record CvRange(double low, double high, String why) {
    boolean allows(double cv) {
      return (low == 0 ? cv > 0 : cv >= low) && cv <= high;
    }

    String text() {
      String hi = String.format(java.util.Locale.ROOT, "%.3g", high).replaceFirst("\\.?0+$", "");
      return low == 0 ? "above 0 and at most " + hi
          : "from " + String.format(java.util.Locale.ROOT, "%.3g", low).replaceFirst("\\.?0+$", "") + " to " + hi;
    }
  }

  private static final CvRange ANY_CV = new CvRange(0, 5, "");
  /** Gamma shape 1/cv² between 0.05 and 10000. */
  private static final CvRange GAMMA_CV = new CvRange(0.01, Math.sqrt(20), " for a gamma distribution");
  private static final CvRange WEIBULL_CV = new CvRange(weibullCv(100), 5, " for a Weibull distribution");
  /** Above 1/√3 a uniform range around the mean would start below zero. */
  private static final CvRange UNIFORM_CV =
      new CvRange(0, 1 / Math.sqrt(3), " for a uniform duration (beyond that its range would start below zero)");

  /** The mean duration, which must be above zero; NaN when it is missing or wrong (reported). */
  private static double mean(Section s) {
    int before = s.problemCount();
    double mean = s.requiredDuration("mean");
    if (s.problemCount() > before) {
      return Double.NaN;
    }
    if (!(mean > 0)) {
      s.problem("mean", s.shown("mean") + " must be a duration above zero");
      return Double.NaN;
    }
    return mean;
  }

  /** The cv from {@code cv} or {@code sd}; NaN (with a problem) when neither or both are given, or out of range. */
  private static double cv(Section s, double mean, String nativeKeys, CvRange range) {
    boolean hasCv = s.has("cv");
    boolean hasSd = s.has("sd");
    if (hasCv && hasSd) {
      s.problem("sd", "give either cv or sd, not both");
      return Double.NaN;
    }
    if (!hasCv && !hasSd) {
      s.problem(null, "needs cv or sd with the mean (or " + nativeKeys + ")");
      return Double.NaN;
    }
    int before = s.problemCount();
    double cv = hasCv ? s.number("cv", Double.NaN) : s.duration("sd", Double.NaN) / mean;
    if (s.problemCount() > before || Double.isNaN(mean)) {
      return Double.NaN;
    }
    if (!range.allows(cv)) {
      s.problem(hasCv ? "cv" : "sd", hasCv
          ? s.shown("cv") + " must be " + range.text() + range.why()
          : s.shown("sd") + " is " + FieldChecks.formatNumber(Math.round(cv * 1e4) / 1e4) + " times the mean (" + s.shown("mean")
              + "); sd / mean (the cv) must be " + range.text() + range.why());
      return Double.NaN;
    }
    return cv;
  }

  private static void rejectMix(Section s, String nativeKeys, String... meanKeys) {
    List<String> present = new ArrayList<>();
    for (String k : meanKeys) {
      if (s.has(k)) {
        present.add(k);
      }
    }
    if (!present.isEmpty()) {
      s.problem(present.get(0), String.join(" and ", present) + " cannot be combined with " + nativeKeys
          + "; give one parameterisation");
    }
  }

  /** Weibull shape and scale with the given mean and cv (cv falls as the shape grows). */
  private static DistributionSpec weibullFromMean(double mean, double cv) {
    double lo = StrictMath.log(0.1);
    double hi = StrictMath.log(100);
    if (cv > weibullCv(0.1) || cv < weibullCv(100)) {
      throw new InvalidFieldsException(List.of(new FieldProblem("cv", FieldChecks.formatNumber(cv),
          "is outside what a Weibull distribution can have (" + String.format(java.util.Locale.ROOT, "%.4f to %.1f", weibullCv(100), weibullCv(0.1)) + ")")));
    }
    for (int i = 0; i < 200; i++) {
      double mid = (lo + hi) / 2;
      if (weibullCv(StrictMath.exp(mid)) > cv) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double shape = StrictMath.exp((lo + hi) / 2);
    double scale = mean / StrictMath.exp(Gamma.logGamma(1 + 1 / shape));
    return new DistributionSpec.Weibull(shape, scale);
  }

  private static double weibullCv(double shape) {
    double g1 = Gamma.logGamma(1 + 1 / shape);
    double g2 = Gamma.logGamma(1 + 2 / shape);
    return Math.sqrt(StrictMath.expm1(g2 - 2 * g1));
  }
}
