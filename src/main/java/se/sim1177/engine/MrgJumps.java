package se.sim1177.engine;

/**
 * Jump-ahead arithmetic for {@link Mrg32k3a}: moves a state forward by whole streams
 * ({@code 2^127} steps) or substreams ({@code 2^76} steps) with the transition matrices published
 * with L'Ecuyer, Simard, Chen and Kelton (2002), the same ones SSJ and RngStreams use.
 */
final class MrgJumps {
  private static final long[][] A1P76 = {
    {82758667L, 1871391091L, 4127413238L},
    {3672831523L, 69195019L, 1871391091L},
    {3672091415L, 3528743235L, 69195019L}
  };
  private static final long[][] A2P76 = {
    {1511326704L, 3759209742L, 1610795712L},
    {4292754251L, 1511326704L, 3889917532L},
    {3859662829L, 4292754251L, 3708466080L}
  };
  private static final long[][] A1P127 = {
    {2427906178L, 3580155704L, 949770784L},
    {226153695L, 1230515664L, 3580155704L},
    {1988835001L, 986791581L, 1230515664L}
  };
  private static final long[][] A2P127 = {
    {1464411153L, 277697599L, 1610723613L},
    {32183930L, 1464411153L, 1022607788L},
    {2824425944L, 32183930L, 2093834863L}
  };

  private MrgJumps() {}

  /** A jump ahead by a fixed number of steps, as its two component matrices. */
  record Jump(long[][] first, long[][] second) {
    long[] apply(long[] state) {
      long[] a = multiply(first, new long[] {state[0], state[1], state[2]}, Mrg32k3a.M1);
      long[] b = multiply(second, new long[] {state[3], state[4], state[5]}, Mrg32k3a.M2);
      return new long[] {a[0], a[1], a[2], b[0], b[1], b[2]};
    }
  }

  /** The jump by {@code count} substreams. */
  static Jump substreamJump(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("cannot jump backwards: " + count);
    }
    return new Jump(power(A1P76, count, Mrg32k3a.M1), power(A2P76, count, Mrg32k3a.M2));
  }

  /** {@code state} advanced by {@code count} substreams. */
  static long[] advanceSubstreams(long[] state, long count) {
    return advance(state, A1P76, A2P76, count);
  }

  /** {@code state} advanced by {@code count} streams. */
  static long[] advanceStreams(long[] state, long count) {
    return advance(state, A1P127, A2P127, count);
  }

  static void checkState(long[] state) {
    if (state.length != 6) {
      throw new IllegalArgumentException("an MRG32k3a state has 6 components, got " + state.length);
    }
    for (int i = 0; i < 6; i++) {
      long m = i < 3 ? Mrg32k3a.M1 : Mrg32k3a.M2;
      if (state[i] < 0 || state[i] >= m) {
        throw new IllegalArgumentException("MRG32k3a state component " + i + " = " + state[i]
            + " is outside [0, " + m + ")");
      }
    }
    if ((state[0] | state[1] | state[2]) == 0 || (state[3] | state[4] | state[5]) == 0) {
      throw new IllegalArgumentException("an MRG32k3a state may not have an all-zero component");
    }
  }

  private static long[] advance(long[] state, long[][] a1, long[][] a2, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("cannot jump backwards: " + count);
    }
    return new Jump(power(a1, count, Mrg32k3a.M1), power(a2, count, Mrg32k3a.M2)).apply(state);
  }

  private static long[][] power(long[][] base, long exponent, long m) {
    long[][] result = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    long[][] square = base;
    for (long e = exponent; e > 0; e >>>= 1) {
      if ((e & 1) != 0) {
        result = multiply(result, square, m);
      }
      square = multiply(square, square, m);
    }
    return result;
  }

  private static long[][] multiply(long[][] a, long[][] b, long m) {
    long[][] c = new long[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        long sum = 0;
        for (int k = 0; k < 3; k++) {
          sum = (sum + mulMod(a[i][k], b[k][j], m)) % m;
        }
        c[i][j] = sum;
      }
    }
    return c;
  }

  private static long[] multiply(long[][] a, long[] v, long m) {
    long[] c = new long[3];
    for (int i = 0; i < 3; i++) {
      long sum = 0;
      for (int k = 0; k < 3; k++) {
        sum = (sum + mulMod(a[i][k], v[k], m)) % m;
      }
      c[i] = sum;
    }
    return c;
  }

  /** a·b mod m for a, b &lt; m &lt; 2^32: the product fits in 64 unsigned bits. */
  private static long mulMod(long a, long b, long m) {
    return Long.remainderUnsigned(a * b, m);
  }
}
