package se.sim1177.report.format;

/**
 * A double rounded to ten significant decimal digits (ties away from zero) and written without an
 * exponent: the same text as {@code new BigDecimal(v).round(new MathContext(10))
 * .stripTrailingZeros().toPlainString()}, for 1e-6 &lt;= |v| &lt; 1e15, in integer arithmetic.
 *
 * <p>Why not BigDecimal: a results folder writes tens of thousands of such numbers, and
 * BigDecimal's exact expansion of a double (dozens of digits, then a division) cost more than the
 * rest of writing the CSV files, and as much again in the JIT compiling it (docs/performance.md).
 * The value is {@code m × 2^q} exactly; {@code m × 2^q × 10^k} rounded is found with a 128-bit
 * product and a shift, or a 64-bit division, with no rounding of its own, so the digits are those
 * of the exact value, as BigDecimal's are. {@code TenDigitsTest} compares the two on millions of
 * values, ties and their neighbours included.
 */
final class TenDigits {
  private static final long[] POWERS_OF_TEN = new long[19];
  private static final long LOWEST = 1_000_000_000L;
  private static final long HIGHEST = 10_000_000_000L;

  static {
    long p = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = p;
      p *= 10;
    }
  }

  private TenDigits() {}

  /** Whether {@link #plain} takes {@code value}: finite, not zero, 1e-6 &lt;= |value| &lt; 1e15. */
  static boolean covers(double value) {
    double abs = Math.abs(value);
    return abs >= 1e-6 && abs < 1e15;
  }

  /** {@code value} ({@link #covers} it) to ten significant digits, trailing zeros dropped, no exponent. */
  static String plain(double value) {
    long bits = Double.doubleToRawLongBits(value);
    long m = (bits & ((1L << 52) - 1)) | (1L << 52);
    // value = ±m × 2^-s; |value| < 1e15 < 2^50, so s >= 3.
    int s = 1075 - (int) ((bits >>> 52) & 0x7ff);
    int e = (int) Math.floor(Math.log10(Math.abs(value)));
    long n = scaled(m, s, 9 - e);
    // log10 may miss the decade by one next to a power of ten; a tie rounded up may reach 10^10.
    for (int tries = 0; (n < LOWEST || n >= HIGHEST) && tries < 4; tries++) {
      e += n >= HIGHEST ? 1 : -1;
      n = scaled(m, s, 9 - e);
    }
    if (n < LOWEST || n >= HIGHEST) {
      throw new AssertionError("no decade found for " + value);
    }
    int scale = 9 - e;
    while (n % 10 == 0) {
      n /= 10;
      scale--;
    }
    return text(value < 0, Long.toString(n), scale);
  }

  /** m × 2^-s × 10^k rounded to the nearest integer, ties up, for the k and s that {@link #plain} meets. */
  private static long scaled(long m, int s, int k) {
    if (k >= 0) {
      long p = POWERS_OF_TEN[k];
      long hi = Math.multiplyHigh(m, p);
      long lo = m * p;
      // + 2^(s-1), then >> s: the 128-bit product rounded, ties up.
      long half = s - 1 < 64 ? 1L << (s - 1) : 0;
      long halfHi = s - 1 >= 64 ? 1L << (s - 1 - 64) : 0;
      long sumLo = lo + half;
      long carry = Long.compareUnsigned(sumLo, lo) < 0 ? 1 : 0;
      long sumHi = hi + halfHi + carry;
      return s >= 64 ? sumHi >>> (s - 64) : (sumLo >>> s) | (sumHi << (64 - s));
    }
    long divisor = POWERS_OF_TEN[-k] << s;
    return (2 * m + divisor) / (2 * divisor);
  }

  /** The digits of an integer times 10^-scale as BigDecimal.toPlainString writes them. */
  private static String text(boolean negative, String digits, int scale) {
    StringBuilder b = new StringBuilder(24);
    if (negative) {
      b.append('-');
    }
    if (scale <= 0) {
      b.append(digits);
      for (int i = 0; i < -scale; i++) {
        b.append('0');
      }
    } else if (digits.length() > scale) {
      b.append(digits, 0, digits.length() - scale).append('.').append(digits, digits.length() - scale, digits.length());
    } else {
      b.append("0.");
      for (int i = 0; i < scale - digits.length(); i++) {
        b.append('0');
      }
      b.append(digits);
    }
    return b.toString();
  }
}
