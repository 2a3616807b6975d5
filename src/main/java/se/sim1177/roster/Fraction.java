package se.sim1177.roster;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A positive fraction in lowest terms, recovered from the double a caller computed it as: 0.88 /
 * 1.2 arrives as 0.7333333333333334 and means 11/15.
 *
 * @param numerator at least 1
 * @param denominator at least 1
 */
record Fraction(long numerator, long denominator) {
  /**
   * How far, in units in the last place of the double, a fraction may lie from it and still be
   * what the double means: a coverage such as (1 − absence) · handling / (talk · factor + after-call
   * work) is a few roundings away from its fraction, never 64.
   */
  static final int ULPS = 64;

  /**
   * The fraction with the smallest denominator within {@link #ULPS} units in the last place of
   * {@code value}, or empty when every such fraction has a denominator above {@code
   * maxDenominator}. Walks the continued fraction of the double's exact binary value. A fraction
   * that close to a value below 2, with a denominator q of at most 2<sup>22</sup>, is closer than
   * 1/(2q²), so by Legendre's theorem it is one of the convergents walked; for larger values the
   * walk may pass it by and end empty, never at a fraction farther away.
   */
  static Optional<Fraction> near(double value, long maxDenominator) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException("value: " + value + " is not a finite number above 0");
    }
    BigDecimal exact = new BigDecimal(value);
    BigDecimal tolerance = new BigDecimal(Math.ulp(value)).multiply(BigDecimal.valueOf(ULPS));
    // value = n / d; each step takes off the whole part a and continues with d / (n − a·d).
    BigInteger n = exact.unscaledValue();
    BigInteger d = BigInteger.TEN.pow(exact.scale());
    BigInteger h = BigInteger.ONE;
    BigInteger hBefore = BigInteger.ZERO;
    BigInteger k = BigInteger.ZERO;
    BigInteger kBefore = BigInteger.ONE;
    while (d.signum() > 0) {
      BigInteger[] split = n.divideAndRemainder(d);
      BigInteger a = split[0];
      BigInteger hNext = a.multiply(h).add(hBefore);
      BigInteger kNext = a.multiply(k).add(kBefore);
      if (kNext.compareTo(BigInteger.valueOf(maxDenominator)) > 0) {
        return Optional.empty();
      }
      hBefore = h;
      h = hNext;
      kBefore = k;
      k = kNext;
      BigDecimal error = exact.multiply(new BigDecimal(k)).subtract(new BigDecimal(h)).abs();
      if (h.signum() > 0 && error.compareTo(tolerance.multiply(new BigDecimal(k))) <= 0) {
        return Optional.of(new Fraction(h.longValueExact(), k.longValueExact()));
      }
      n = d;
      d = split[1];
    }
    throw new IllegalStateException("the continued fraction of " + value + " ended away from it");
  }

  /** The least common multiple of two positive whole numbers, or empty above {@code most}. */
  static Optional<Long> lcm(long a, long b, long most) {
    BigInteger m = BigInteger.valueOf(a).divide(BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)))
        .multiply(BigInteger.valueOf(b));
    return m.compareTo(BigInteger.valueOf(most)) > 0 ? Optional.empty() : Optional.of(m.longValueExact());
  }
}
