package se.sim1177.engine;

/**
 * Blackman and Vigna's xoshiro256++ generator ("Scrambled linear pseudorandom number generators",
 * ACM TOMS 47, 2021; reference code at prng.di.unimi.it): 256 bits of state, period 2^256 − 1,
 * a 64-bit output from a few shifts, rotations and additions. Its state moves by a linear map over
 * GF(2), so it can jump ahead by any number of steps ({@link XoshiroJumps}), which gives each
 * source of randomness and each replication a stream of its own that provably does not overlap
 * any other ({@link StreamFamily}).
 *
 * <p>Integer arithmetic only: the same bits on every machine and JVM. One instance is one stream;
 * it is mutable and belongs to one replication on one thread.
 */
public final class Xoshiro256PlusPlus {
  /** 2^-52: the spacing of the uniforms {@link #nextDouble()} returns. */
  private static final double ULP = 0x1.0p-52;

  private long s0;
  private long s1;
  private long s2;
  private long s3;

  /** A generator whose next outputs continue from {@code state} (four words, not all zero). */
  public Xoshiro256PlusPlus(long[] state) {
    XoshiroJumps.checkState(state);
    s0 = state[0];
    s1 = state[1];
    s2 = state[2];
    s3 = state[3];
  }

  /** The next 64-bit output, exactly as the reference C code's {@code next()}. */
  public long nextLong() {
    long a = s0;
    long b = s1;
    long c = s2;
    long d = s3;
    long result = Long.rotateLeft(a + d, 23) + a;
    long t = b << 17;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = Long.rotateLeft(d, 45);
    s0 = a;
    s1 = b;
    s2 = c;
    s3 = d;
    return result;
  }

  /**
   * The next uniform in the open interval (0, 1): the output's top 52 bits k as (k + ½)·2^-52, so
   * that neither u nor 1 − u is ever 0 and both are exact.
   */
  public double nextDouble() {
    return ((nextLong() >>> 12) + 0.5) * ULP;
  }

  /** A copy of the current state. */
  public long[] state() {
    return new long[] {s0, s1, s2, s3};
  }
}
