package se.sim1177.engine;

/**
 * L'Ecuyer's MRG32k3a combined multiple recursive generator in 64-bit integer arithmetic.
 *
 * <p>It produces exactly the same sequence as SSJ's {@code umontreal.ssj.rng.MRG32k3a} (which keeps
 * its state in doubles) from the same state, so a stream is specified the SSJ way: a six-component
 * seed, streams {@code 2^127} steps apart and substreams {@code 2^76} steps apart. Integer
 * arithmetic with division-free reduction (both moduli are just below 2^32) makes it several times
 * faster than SSJ's version and, like all Java arithmetic since Java 17, bit-identical on every
 * machine.
 *
 * <p>One instance is one stream positioned at the start of one substream; it is mutable and
 * belongs to one replication on one thread.
 */
public final class Mrg32k3a {
  static final long M1 = 4294967087L;
  static final long M2 = 4294944443L;
  private static final long A12 = 1403580L;
  private static final long A13N = 810728L;
  private static final long A21 = 527612L;
  private static final long A23N = 1370589L;
  /** 1 / (m1 + 1), the same constant SSJ uses to map the combined state to (0, 1). */
  private static final double NORM = 2.328306549295727688e-10;
  // Reduction modulo m = 2^32 - c without division: x = a·2^32 + b ≡ a·c + b (mod m). The offsets
  // (multiples of m) make the recurrence's value non-negative while keeping it below 2^54.
  private static final long LOW_32 = 0xFFFFFFFFL;
  private static final long C1 = (1L << 32) - M1;
  private static final long C2 = (1L << 32) - M2;
  private static final long OFFSET1 = M1 << 20;
  private static final long OFFSET2 = M2 << 21;

  private long s10;
  private long s11;
  private long s12;
  private long s20;
  private long s21;
  private long s22;

  /**
   * A generator whose next draws continue from {@code state}: three components modulo m1 then
   * three modulo m2, as returned by SSJ's {@code getState()}.
   */
  public Mrg32k3a(long[] state) {
    MrgJumps.checkState(state);
    s10 = state[0];
    s11 = state[1];
    s12 = state[2];
    s20 = state[3];
    s21 = state[4];
    s22 = state[5];
  }

  /** The next uniform in the open interval (0, 1). */
  public double nextDouble() {
    long x = A12 * s11 - A13N * s10 + OFFSET1; // in [0, 2^54)
    x = (x >>> 32) * C1 + (x & LOW_32); // below 2 m1
    long p1 = x >= M1 ? x - M1 : x;
    s10 = s11;
    s11 = s12;
    s12 = p1;
    long y = A21 * s22 - A23N * s20 + OFFSET2; // in [0, 2^54)
    y = (y >>> 32) * C2 + (y & LOW_32); // below 2^37
    y = (y >>> 32) * C2 + (y & LOW_32); // below 2 m2
    long p2 = y >= M2 ? y - M2 : y;
    s20 = s21;
    s21 = s22;
    s22 = p2;
    return (p1 > p2 ? p1 - p2 : p1 - p2 + M1) * NORM;
  }

  /** A copy of the current state in SSJ's layout. */
  public long[] state() {
    return new long[] {s10, s11, s12, s20, s21, s22};
  }
}
