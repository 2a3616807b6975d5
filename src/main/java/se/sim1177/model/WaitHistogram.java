package se.sim1177.model;

/**
 * The bins of the histogram of answered waits, in seconds: one-second bins up to
 * {@link #LINEAR_SECONDS} (about 4.6 hours), where realistic waits lie and quantiles come out exact
 * to the second, then {@link #SUB_BINS} bins per doubling of the wait up to {@link #MAX_SECONDS}
 * (bins at most 0.2 % of the wait wide: 32 s at 4.6 hours, 4 hours at 2 years), which covers every
 * wait a run can produce ({@link se.sim1177.scenario.RunControl#MAX_DAYS} measured days). The bin
 * index is found with integer arithmetic only, so it is the same on every machine, and the table
 * has a fixed size, allocated once per replication.
 *
 * <p>Bin 0 counts waits of exactly 0; bin {@code i} in 1..{@link #LINEAR_SECONDS} waits in
 * {@code [i-1, i)}; then for each doubling {@code [2^k, 2^(k+1))}, k = 14..28, {@link #SUB_BINS}
 * bins of {@code 2^(k-9)} seconds; the last bin counts waits beyond {@link #MAX_SECONDS}, which
 * a valid run cannot produce: a quantile falling there is reported as NaN, never as a capped value.
 */
public final class WaitHistogram {
  // 14 and 9 keep the table (24,065 bins, 188 kB) about as small as the old capped one, so
  // allocating and zeroing it stays a negligible part of a short replication.
  private static final int LINEAR_BITS = 14;
  private static final int SUB_BITS = 9;
  private static final int MAX_BITS = 29;

  /** Waits below this many seconds (2^14, about 4.6 hours) get one-second bins. */
  public static final long LINEAR_SECONDS = 1L << LINEAR_BITS;
  /** Bins per doubling of the wait above {@link #LINEAR_SECONDS}. */
  public static final int SUB_BINS = 1 << SUB_BITS;
  /** Waits from here on (2^29 s, about 17 years) fall in the overflow bin. */
  public static final long MAX_SECONDS = 1L << MAX_BITS;

  private static final int FIRST_GEOMETRIC = 1 + (int) LINEAR_SECONDS;
  private static final int OVERFLOW = FIRST_GEOMETRIC + (MAX_BITS - LINEAR_BITS) * SUB_BINS;
  /** Number of bins, the overflow bin included. */
  public static final int BINS = OVERFLOW + 1;

  private WaitHistogram() {}

  /** The bin past the real ones where the warm-up's waits go ({@link TallyRecorder}); never read. */
  static final int SCRATCH = BINS;

  /** A fresh, empty table of bin counts, with the {@link #SCRATCH} bin after them. */
  static long[] newCounts() {
    return new long[BINS + 1];
  }

  /** The bin of a wait of {@code wait} ≥ 0 seconds. */
  static int bin(double wait) {
    if (wait == 0) {
      return 0;
    }
    long seconds = (long) wait;
    if (seconds < LINEAR_SECONDS) {
      return (int) seconds + 1;
    }
    if (seconds >= MAX_SECONDS) {
      return OVERFLOW;
    }
    int octave = 63 - Long.numberOfLeadingZeros(seconds);
    int sub = (int) (seconds >>> (octave - SUB_BITS)) & (SUB_BINS - 1);
    return FIRST_GEOMETRIC + (octave - LINEAR_BITS) * SUB_BINS + sub;
  }

  /** Lower edge of bin {@code i} ≥ 1, in seconds. */
  static double lowerEdge(int i) {
    if (i <= LINEAR_SECONDS) {
      return i - 1;
    }
    int g = i - FIRST_GEOMETRIC;
    int octave = LINEAR_BITS + g / SUB_BINS;
    long sub = g % SUB_BINS;
    return (double) ((SUB_BINS + sub) << (octave - SUB_BITS));
  }

  /** Width of bin {@code i} ≥ 1, in seconds. */
  static double width(int i) {
    if (i <= LINEAR_SECONDS) {
      return 1;
    }
    int octave = LINEAR_BITS + (i - FIRST_GEOMETRIC) / SUB_BINS;
    return (double) (1L << (octave - SUB_BITS));
  }

  /**
   * The q-quantile of the counted waits, interpolating linearly within the bin it falls in; NaN
   * when nothing was counted or the quantile falls in the overflow bin.
   */
  static double quantile(long[] counts, double q) {
    long n = 0;
    for (int i = 0; i < BINS; i++) {
      n += counts[i];
    }
    if (n == 0) {
      return Double.NaN;
    }
    double rank = q * n;
    long below = counts[0];
    if (rank <= below) {
      return 0;
    }
    for (int i = 1; i < OVERFLOW; i++) {
      long c = counts[i];
      if (c > 0 && below + c >= rank) {
        double fraction = (rank - below) / c;
        return i <= LINEAR_SECONDS ? (i - 1) + fraction : lowerEdge(i) + fraction * width(i);
      }
      below += c;
    }
    return Double.NaN;
  }
}
