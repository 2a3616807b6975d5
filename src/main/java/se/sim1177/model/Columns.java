package se.sim1177.model;

import java.util.Arrays;

/** Growing the columns of the struct-of-arrays tables ({@link CallerTable}, {@link ChatTable}). */
final class Columns {
  private Columns() {}

  /** {@code a} copied into an array of length {@code n}, or a new one when {@code a} is null. */
  static double[] grow(double[] a, int n) {
    return a == null ? new double[n] : Arrays.copyOf(a, n);
  }

  static int[] grow(int[] a, int n) {
    return a == null ? new int[n] : Arrays.copyOf(a, n);
  }

  static byte[] grow(byte[] a, int n) {
    return a == null ? new byte[n] : Arrays.copyOf(a, n);
  }

  static boolean[] grow(boolean[] a, int n) {
    return a == null ? new boolean[n] : Arrays.copyOf(a, n);
  }
}
