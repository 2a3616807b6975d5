package se.sim1177.engine;

/**
 * L'Ecuyer's MRG32k3a combined multiple recursive generator in 64-bit integer arithmetic.
 *
 * <p>It produces exactly the same sequence as SSJ's {@code umontreal.ssj.rng.MRG32k3a} (which keeps
 * its state in doubles) from the same state, so a stream is specified the SSJ way: a six-component
 * seed, streams {@code 2^127} steps apart and substreams {@code 2^76} steps apart. Integer
 * arithmetic makes it roughly twice as fast as SSJ's version and, like all Java arithmetic since
 * Java 17, bit-identical on every machine.
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
    long p1 = (A12 * s11 - A13N * s10) % M1;
    if (p1 < 0) {
      p1 += M1;
    }
    s10 = s11;
    s11 = s12;
    s12 = p1;
    long p2 = (A21 * s22 - A23N * s20) % M2;
    if (p2 < 0) {
      p2 += M2;
    }
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
