package se.sim1177.engine;

/**
 * The random streams of one experiment: one MRG32k3a stream per source of randomness, derived from
 * a single user seed, and within each stream one substream per replication.
 *
 * <p>Source {@code s} is the package seed advanced by {@code s} streams; replication {@code r} of
 * it starts {@code r} substreams further on. A replication therefore sees the same numbers whatever
 * thread runs it, and two scenarios run with one seed see the same numbers for each source (common
 * random numbers).
 */
public final class StreamFamily {
  /** Sources whose stream starts are computed once, up front; others once, when first asked for. */
  private static final int CACHED_SOURCES = 32;

  private final long[] packageSeed;
  private final long[][] streamStarts = new long[CACHED_SOURCES][];
  private final java.util.concurrent.ConcurrentHashMap<Integer, long[]> otherStarts = new java.util.concurrent.ConcurrentHashMap<>();

  /** The streams for a user seed; any long is a valid seed. */
  public StreamFamily(long seed) {
    this.packageSeed = packageSeedFor(seed);
    for (int s = 0; s < CACHED_SOURCES; s++) {
      streamStarts[s] = MrgJumps.advanceStreams(packageSeed, s);
    }
  }

  /** The start of source {@code source}'s stream (its replication 0), in SSJ's state layout. */
  public long[] streamStart(int source) {
    if (source < 0) {
      throw new IllegalArgumentException("source must be non-negative, got " + source);
    }
    if (source < CACHED_SOURCES) {
      return streamStarts[source].clone();
    }
    return otherStarts.computeIfAbsent(source, s -> MrgJumps.advanceStreams(packageSeed, s)).clone();
  }

  /**
   * Generators for sources {@code 0 .. sources-1}, all positioned at replication
   * {@code replication}: the substream jump is computed once and applied to each stream.
   */
  public Mrg32k3a[] streams(int sources, int replication) {
    int[] all = new int[Math.max(0, sources)];
    for (int s = 0; s < all.length; s++) {
      all[s] = s;
    }
    return streams(all, replication);
  }

  /** Generators for the given sources, all at replication {@code replication}, the jump computed once. */
  public Mrg32k3a[] streams(int[] sources, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication must be non-negative, got " + replication);
    }
    MrgJumps.Jump jump = MrgJumps.substreamJump(replication);
    Mrg32k3a[] out = new Mrg32k3a[sources.length];
    for (int i = 0; i < sources.length; i++) {
      out[i] = new Mrg32k3a(jump.apply(streamStart(sources[i])));
    }
    return out;
  }

  /** The generator for source {@code source} positioned at replication {@code replication}. */
  public Mrg32k3a stream(int source, int replication) {
    if (source < 0 || replication < 0) {
      throw new IllegalArgumentException(
          "source and replication must be non-negative, got " + source + ", " + replication);
    }
    return new Mrg32k3a(MrgJumps.advanceSubstreams(streamStart(source), replication));
  }

  /** The six-component MRG32k3a seed a user seed maps to (SplitMix64, reduced modulo m1, m2). */
  public static long[] packageSeedFor(long seed) {
    long[] state = new long[6];
    long x = seed;
    for (int i = 0; i < 6; i++) {
      long m = i < 3 ? Mrg32k3a.M1 : Mrg32k3a.M2;
      long value;
      do {
        x += 0x9E3779B97F4A7C15L;
        value = Long.remainderUnsigned(mix(x), m);
      } while (value == 0); // a zero component is allowed, but avoiding it rules out an all-zero triple
      state[i] = value;
    }
    return state;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
