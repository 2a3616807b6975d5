package se.sim1177.model;

/**
 * The logarithm and exponential the simulator samples with, in plain Java arithmetic so that they
 * give the same bits on every machine. {@link Math#log} may differ in the last bit between CPUs and
 * JIT tiers, which would make results depend on the machine; {@link StrictMath} is reproducible but
 * costs about 30 ns a call in Java 17. These table-driven versions are reproducible (Java floating
 * point is strict since 17) and several times faster, accurate to within 2 ulps (tested against
 * {@link StrictMath}).
 *
 * <p>log: x = 2^e · m with m in [√½, √2); m lies in one of 256 bins centred on c (on 1 for the
 * two bins next to 1), and log x = e·ln 2 + log c + log1p(r) with r = (m − c)/c, |r| ≤ 1/256,
 * where m − c is exact (Sterbenz) and log1p(r) is a degree-7 Taylor polynomial. exp: x = (k/128)·ln 2 + r with
 * |r| ≤ ln 2/256, exp x = 2^(k/128) · exp(r), a table of 2^(j/128) and a degree-6 polynomial.
 */
public final class DeterministicMath {
  private static final int LOG_BINS = 256;
  /** First [1, 2) bin whose centre is at or above √2: from there on, m is halved. */
  private static final int LOG_HALVE_FROM = 106;
  /** Per bin: its centre c, 1/c and log c, side by side so one bin is one cache line at most. */
  private static final double[] LOG_TABLE = new double[3 * LOG_BINS];
  // ln 2 split so that e * LN2_HI is exact for every exponent e of a double.
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;

  private static final int EXP_STEPS = 128;
  private static final double[] EXP_TABLE = new double[EXP_STEPS];
  private static final double STEPS_PER_LN2 = EXP_STEPS / 0.6931471805599453;
  private static final double LN2_OVER_STEPS_HI = LN2_HI / EXP_STEPS;
  private static final double LN2_OVER_STEPS_LO = LN2_LO / EXP_STEPS;
  /** Beyond these the fast path would overflow or lose subnormal precision: use StrictMath. */
  private static final double EXP_FAST_LIMIT = 700;

  static {
    for (int k = 0; k < LOG_BINS; k++) {
      double centre = 1 + (k + 0.5) / LOG_BINS;
      if (k >= LOG_HALVE_FROM) {
        centre /= 2;
      }
      if (k == 0 || k == LOG_BINS - 1) {
        // The two bins touching 1 are centred on 1 itself: log c = 0 and r = m - 1 exactly, so
        // log x keeps full relative precision as x approaches 1 (no cancellation).
        centre = 1;
      }
      LOG_TABLE[3 * k] = centre;
      LOG_TABLE[3 * k + 1] = 1 / centre;
      LOG_TABLE[3 * k + 2] = StrictMath.log(centre);
    }
    for (int j = 0; j < EXP_STEPS; j++) {
      EXP_TABLE[j] = StrictMath.pow(2, j / (double) EXP_STEPS);
    }
  }

  private DeterministicMath() {}

  /** Natural logarithm; special and subnormal arguments fall back to {@link StrictMath#log}. */
  public static double log(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int biased = (int) (bits >>> 52);
    if (biased <= 0 || biased >= 0x7FF) {
      return StrictMath.log(x); // zero, negative, subnormal, infinite or NaN
    }
    int e = biased - 1023;
    long mantissa = bits & 0x000FFFFFFFFFFFFFL;
    int k = (int) (mantissa >>> (52 - 8));
    double m = Double.longBitsToDouble(mantissa | 0x3FF0000000000000L);
    if (k >= LOG_HALVE_FROM) {
      m *= 0.5;
      e += 1;
    }
    int b = 3 * k;
    double r = (m - LOG_TABLE[b]) * LOG_TABLE[b + 1];
    double r2 = r * r;
    // log1p(r) = r - r²/2 + r³/3 - ... + r⁷/7 for |r| <= 1/256 (the next term is below 2^-59
    // relative), in Estrin's form to shorten the chain of dependent multiplications.
    double tail = r2 * ((-0.5 + r * (1.0 / 3)) + r2 * ((-0.25 + r * 0.2) + r2 * (-1.0 / 6 + r * (1.0 / 7))));
    return e * LN2_HI + (LOG_TABLE[b + 2] + (e * LN2_LO + (r + tail)));
  }

  /** e^x; arguments beyond ±700 and NaN fall back to {@link StrictMath#exp}. */
  public static double exp(double x) {
    if (!(Math.abs(x) <= EXP_FAST_LIMIT)) {
      return StrictMath.exp(x);
    }
    double kd = Math.rint(x * STEPS_PER_LN2);
    int k = (int) kd;
    double r = (x - kd * LN2_OVER_STEPS_HI) - kd * LN2_OVER_STEPS_LO;
    // exp(r) - 1 for |r| <= ln2/256, degree 6 (the next term is below 2^-64 relative), in Estrin's form.
    double r2 = r * r;
    double p = r + r2 * ((0.5 + r * (1.0 / 6)) + r2 * ((1.0 / 24 + r * (1.0 / 120)) + r2 * (1.0 / 720)));
    int j = k & (EXP_STEPS - 1);
    int twos = k >> 7;
    double t = EXP_TABLE[j];
    double scale = Double.longBitsToDouble((long) (twos + 1023) << 52);
    return (t + t * p) * scale;
  }
}
