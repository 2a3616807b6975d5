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
 * {@code x^(2^128)} and {@code x^(2^192)} mod p. Those two and p are constants here;
 * {@code x^(2^(128+k))} mod p for the other k are squares of the one before, worked out the first
 * time a jump needs them (a replication number's or a stream's few bits), not all 255 when the
 * class loads: that took about 15 ms of every run's start, interpreted (issue 22). The tests derive
 * p again from the generator's own bit sequence (Berlekamp–Massey) and both published polynomials
 * from p by repeated squaring.
 */
final class XoshiroJumps {
  private static final int DEGREE = 256;
  /** p(x) without its leading x^256, as four words of coefficients (bit i of word w: x^(64w+i)). */
  private static final long[] CHARACTERISTIC_LOW = {
      0x9d116f2bb0f0f001L, 0x0280002bcefd1a5eL, 0x04b4edcf26259f85L, 0x0003c03c3f3ecb19L};
  /** {@code x^(2^128) mod p}: the reference code's {@code JUMP}. */
  private static final long[] JUMP = {0x180ec6d33cfd0abaL, 0xd5a61266f0c9392cL, 0xa9582618e03fc9aaL, 0x39abdc4529b1661cL};
  /** {@code x^(2^192) mod p}: the reference code's {@code LONG_JUMP}. */
  private static final long[] LONG_JUMP = {0x76e15d3efefdcbbfL, 0xc5004e441c522fb3L, 0x77710069854ee241L, 0x39109bb02acbe635L};
  /** {@code POWERS[k] = x^(2^(128+k)) mod p}, k = 0..127, each filled the first time it is needed. */
  private static final long[][] POWERS = new long[128][];

  static {
    POWERS[0] = JUMP;
    POWERS[64] = LONG_JUMP;
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
        q = multiply(q, powerOf(k));
      }
      if (((high >>> k) & 1) != 0) {
        q = multiply(q, powerOf(64 + k));
      }
    }
    return q;
  }

  /** p's lower 256 coefficients, for the tests. */
  static long[] characteristicLow() {
    return CHARACTERISTIC_LOW.clone();
  }

  /** {@code x^(2^(128+k)) mod p}, for the tests. */
  static long[] power(int k) {
    return powerOf(k).clone();
  }

  /** {@code POWERS[k]}, squaring up from the nearest one known (0 or 64) when it is not known yet. */
  private static synchronized long[] powerOf(int k) {
    if (POWERS[k] == null) {
      int known = k;
      while (POWERS[known] == null) {
        known--;
      }
      for (int i = known + 1; i <= k; i++) {
        POWERS[i] = multiply(POWERS[i - 1], POWERS[i - 1]);
      }
    }
    return POWERS[k];
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

  static void checkState(long[] state) {
    if (state == null || state.length != 4) {
      throw new IllegalArgumentException("a xoshiro256 state has four words");
    }
    if ((state[0] | state[1] | state[2] | state[3]) == 0) {
      throw new IllegalArgumentException("a xoshiro256 state must not be all zero");
    }
  }
}
