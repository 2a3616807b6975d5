package se.sim1177.engine;

/**
 * Jump-ahead for {@link Xoshiro256PlusPlus} by any number of steps of the form
 * {@code n × 2^128} with {@code n < 2^128}.
 *
 * <p>The generator's state moves by a linear map T over GF(2)^256. Moving it {@code j} steps is
 * multiplying it by {@code q(T)}, where {@code q(x) = x^j mod p(x)} and p is T's characteristic
 * polynomial (degree 256): Haramoto, Matsumoto, Nishimura, Panneton and L'Ecuyer, "Efficient jump
 * ahead for F2-linear random number generators" (INFORMS J. Computing 20, 2008), the method behind
 * the reference code's {@code jump()} and {@code long_jump()}, whose published polynomials are
 * {@code x^(2^128)} and {@code x^(2^192)} mod p. Here p is found once, by Berlekamp–Massey on 512
 * bits of the generator's own state sequence, and {@code x^(2^(128+k))} mod p for k = 0..127 by
 * repeated squaring; the tests check that entries 0 and 64 equal the published constants.
 */
final class XoshiroJumps {
  private static final int DEGREE = 256;
  /** p(x) without its leading x^256, as four words of coefficients (bit i of word w: x^(64w+i)). */
  private static final long[] CHARACTERISTIC_LOW;
  /** {@code POWERS[k] = x^(2^(128+k)) mod p}, k = 0..127. */
  private static final long[][] POWERS = new long[128][];

  static {
    CHARACTERISTIC_LOW = characteristicPolynomialLow();
    long[] x = {2, 0, 0, 0};
    for (int i = 0; i < 128; i++) {
      x = multiply(x, x);
    }
    POWERS[0] = x;
    for (int k = 1; k < POWERS.length; k++) {
      POWERS[k] = multiply(POWERS[k - 1], POWERS[k - 1]);
    }
  }

  private XoshiroJumps() {}

  /**
   * The polynomial {@code x^((high·2^64 + low)·2^128) mod p}: a jump of {@code low} blocks of
   * 2^128 steps and {@code high} blocks of 2^192 (both read as unsigned).
   */
  static long[] jumpPolynomial(long high, long low) {
    long[] q = {1, 0, 0, 0};
    for (int k = 0; k < 64; k++) {
      if (((low >>> k) & 1) != 0) {
        q = multiply(q, POWERS[k]);
      }
      if (((high >>> k) & 1) != 0) {
        q = multiply(q, POWERS[64 + k]);
      }
    }
    return q;
  }

  /** {@code x^(2^(128+k)) mod p}, for the tests. */
  static long[] power(int k) {
    return POWERS[k].clone();
  }

  /** The state {@code q(T)·state}: {@code state} moved forward by the jump {@code q} stands for. */
  static long[] apply(long[] q, long[] state) {
    long s0 = state[0];
    long s1 = state[1];
    long s2 = state[2];
    long s3 = state[3];
    long a0 = 0;
    long a1 = 0;
    long a2 = 0;
    long a3 = 0;
    for (int i = 0; i < DEGREE; i++) {
      if (((q[i >>> 6] >>> (i & 63)) & 1) != 0) {
        a0 ^= s0;
        a1 ^= s1;
        a2 ^= s2;
        a3 ^= s3;
      }
      long t = s1 << 17;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = Long.rotateLeft(s3, 45);
    }
    return new long[] {a0, a1, a2, a3};
  }

  /** {@code a·b mod p} over GF(2). */
  static long[] multiply(long[] a, long[] b) {
    long b0 = b[0];
    long b1 = b[1];
    long b2 = b[2];
    long b3 = b[3];
    long r0 = 0;
    long r1 = 0;
    long r2 = 0;
    long r3 = 0;
    for (int i = 0; i < DEGREE; i++) {
      if (((a[i >>> 6] >>> (i & 63)) & 1) != 0) {
        r0 ^= b0;
        r1 ^= b1;
        r2 ^= b2;
        r3 ^= b3;
      }
      // b ← b·x mod p: shift one place up; an x^256 that falls out is replaced by p's lower part.
      long carry = b3 >>> 63;
      b3 = (b3 << 1) | (b2 >>> 63);
      b2 = (b2 << 1) | (b1 >>> 63);
      b1 = (b1 << 1) | (b0 >>> 63);
      b0 <<= 1;
      if (carry != 0) {
        b0 ^= CHARACTERISTIC_LOW[0];
        b1 ^= CHARACTERISTIC_LOW[1];
        b2 ^= CHARACTERISTIC_LOW[2];
        b3 ^= CHARACTERISTIC_LOW[3];
      }
    }
    return new long[] {r0, r1, r2, r3};
  }

  /**
   * The characteristic polynomial of T (its lower 256 coefficients): the minimal polynomial of
   * one bit of the state sequence, by Berlekamp–Massey over 2 × 256 terms. T's characteristic
   * polynomial is primitive (the generator has full period 2^256 − 1), so any nonzero state's bit
   * sequence has it as its minimal polynomial; a shorter result would mean a wrong transition.
   */
  private static long[] characteristicPolynomialLow() {
    int n = 2 * DEGREE;
    int[] bits = new int[n];
    long s0 = 1;
    long s1 = 0;
    long s2 = 0;
    long s3 = 0;
    for (int i = 0; i < n; i++) {
      bits[i] = (int) (s0 & 1);
      long t = s1 << 17;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = Long.rotateLeft(s3, 45);
    }
    // Berlekamp–Massey: connection polynomial c(x) = 1 + c1 x + ... + cL x^L with
    // bits[i] = c1 bits[i-1] + ... + cL bits[i-L] (mod 2).
    int[] c = new int[n + 1];
    int[] b = new int[n + 1];
    c[0] = 1;
    b[0] = 1;
    int length = 0;
    int m = 1;
    for (int i = 0; i < n; i++) {
      int d = bits[i];
      for (int j = 1; j <= length; j++) {
        d ^= c[j] & bits[i - j];
      }
      if (d == 0) {
        m++;
      } else if (2 * length <= i) {
        int[] previous = c.clone();
        for (int j = 0; j + m <= n; j++) {
          c[j + m] ^= b[j];
        }
        length = i + 1 - length;
        b = previous;
        m = 1;
      } else {
        for (int j = 0; j + m <= n; j++) {
          c[j + m] ^= b[j];
        }
        m++;
      }
    }
    if (length != DEGREE) {
      throw new IllegalStateException("xoshiro256's state sequence has linear complexity " + length + ", not 256");
    }
    // p(x) = x^256 c(1/x): the coefficient of x^(256-j) is c[j].
    long[] low = new long[4];
    for (int j = 1; j <= DEGREE; j++) {
      int power = DEGREE - j;
      if (c[j] != 0) {
        low[power >>> 6] |= 1L << (power & 63);
      }
    }
    return low;
  }

  static void checkState(long[] state) {
    if (state == null || state.length != 4) {
      throw new IllegalArgumentException("a xoshiro256 state has four words");
    }
    if ((state[0] | state[1] | state[2] | state[3]) == 0) {
      throw new IllegalArgumentException("a xoshiro256 state must not be all zero");
    }
  }
}
