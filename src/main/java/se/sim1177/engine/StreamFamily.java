package se.sim1177.engine;

/**
 * The random streams of one experiment: one {@link Xoshiro256PlusPlus} stream per source of
 * randomness, derived from a single user seed, and within each stream one substream per
 * replication.
 *
 * <p>The user seed gives a base state (SplitMix64). Source {@code s}, replication {@code r} starts
 * {@code s·2^192 + r·2^128} steps after it ({@link XoshiroJumps}): every (source, replication)
 * pair owns 2^128 consecutive steps of the generator's one cycle of length 2^256 − 1, so no two
 * streams overlap for any source and replication numbers below 2^64. A replication therefore sees
 * the same numbers whatever thread runs it, and two scenarios run with one seed see the same
 * numbers for each source (common random numbers).
 */
public final class StreamFamily {
  /** Sources whose stream starts are computed once, up front; others once, when first asked for. */
  private static final int CACHED_SOURCES = 32;

  private final long[] baseState;
  private final long[][] streamStarts = new long[CACHED_SOURCES][];
  private final java.util.concurrent.ConcurrentHashMap<Integer, long[]> otherStarts = new java.util.concurrent.ConcurrentHashMap<>();

  /** The streams for a user seed; any long is a valid seed. */
  public StreamFamily(long seed) {
    this.baseState = baseStateFor(seed);
    for (int s = 0; s < CACHED_SOURCES; s++) {
      streamStarts[s] = sourceStart(s);
    }
  }

  private long[] sourceStart(int source) {
    return XoshiroJumps.apply(XoshiroJumps.jumpPolynomial(source, 0), baseState);
  }

  /** The start of source {@code source}'s stream (its replication 0). */
  public long[] streamStart(int source) {
    if (source < 0) {
      throw new IllegalArgumentException("source must be non-negative, got " + source);
    }
    if (source < CACHED_SOURCES) {
      return streamStarts[source].clone();
    }
    return otherStarts.computeIfAbsent(source, this::sourceStart).clone();
  }

  /**
   * Generators for sources {@code 0 .. sources-1}, all positioned at replication
   * {@code replication}: the substream jump is computed once and applied to each stream.
   */
  public Xoshiro256PlusPlus[] streams(int sources, int replication) {
    int[] all = new int[Math.max(0, sources)];
    for (int s = 0; s < all.length; s++) {
      all[s] = s;
    }
    return streams(all, replication);
  }

  /** Generators for the given sources, all at replication {@code replication}, the jump computed once. */
  public Xoshiro256PlusPlus[] streams(int[] sources, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication must be non-negative, got " + replication);
    }
    long[] jump = XoshiroJumps.jumpPolynomial(0, replication);
    Xoshiro256PlusPlus[] out = new Xoshiro256PlusPlus[sources.length];
    for (int i = 0; i < sources.length; i++) {
      out[i] = new Xoshiro256PlusPlus(XoshiroJumps.apply(jump, streamStart(sources[i])));
    }
    return out;
  }

  /** The generator for source {@code source} positioned at replication {@code replication}. */
  public Xoshiro256PlusPlus stream(int source, int replication) {
    if (source < 0 || replication < 0) {
      throw new IllegalArgumentException(
          "source and replication must be non-negative, got " + source + ", " + replication);
    }
    return streams(new int[] {source}, replication)[0];
  }

  /** The four-word base state a user seed maps to: four SplitMix64 outputs from the seed. */
  public static long[] baseStateFor(long seed) {
    long[] state = new long[4];
    long x = seed;
    for (int i = 0; i < 4; i++) {
      x += 0x9E3779B97F4A7C15L;
      state[i] = mix(x);
    }
    if ((state[0] | state[1] | state[2] | state[3]) == 0) {
      state[0] = 1; // never happens for four consecutive SplitMix64 outputs; the all-zero state is invalid
    }
    return state;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
