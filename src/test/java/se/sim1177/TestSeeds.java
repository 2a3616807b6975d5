package se.sim1177;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The seed of a statistical test: its own fixed seed in {@code mvn verify}, or a fresh one when
 * asked, so that the tests' stated false-alarm rate can be checked on seeds nobody chose.
 *
 * <p>The system property {@value #PROPERTY} (passed through by surefire from the Maven command
 * line) decides:
 * <ul>
 *   <li>absent: the test's fixed seed, unchanged (every build sees the same numbers);
 *   <li>{@code random}: a fresh seed, drawn once per JVM and mixed with the test's fixed seed so
 *       that no two tests share one;
 *   <li>a whole number N: the fixed seed mixed with N, so run N can be repeated exactly.
 * </ul>
 * Every seed other than the fixed one is printed with the test's name, so a failure can be
 * reproduced with {@code -Dsim1177.test.seed=N} (or, for {@code random}, with the printed run
 * number). The statistical tests carry the JUnit tag {@value #TAG}; docs/contributing.md's test section gives
 * the command and the false alarms to expect.
 */
public final class TestSeeds {
  /** The system property that replaces the fixed seeds. */
  public static final String PROPERTY = "sim1177.test.seed";
  /** The JUnit tag of the tests whose seed comes from here. */
  public static final String TAG = "statistical";

  private static final long RUN = run();

  private TestSeeds() {}

  private static long run() {
    String value = System.getProperty(PROPERTY, "").trim();
    if (value.isEmpty()) {
      return 0;
    }
    if (value.equalsIgnoreCase("random")) {
      long n;
      do {
        n = new SecureRandom().nextLong() >>> 1;
      } while (n == 0);
      System.out.println("TestSeeds: fresh seeds from run " + n + " (repeat with -D" + PROPERTY + "=" + n + ")");
      return n;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + ": expected \"random\" or a whole number", e);
    }
  }

  /** Whether the tests run on their fixed seeds (the default). */
  public static boolean fixed() {
    return RUN == 0;
  }

  /**
   * The seed test {@code who} uses: {@code fixedSeed} by default, else {@code fixedSeed} mixed
   * with the run number and {@code who}'s hash (SplitMix64's finaliser), printed, so that two
   * cases that share a fixed seed get different fresh ones.
   */
  public static long seed(String who, long fixedSeed) {
    if (RUN == 0) {
      return fixedSeed;
    }
    long seed = mix(fixedSeed ^ mix(RUN ^ mix(who.hashCode()))) & Long.MAX_VALUE;
    System.out.println(String.format(Locale.ROOT, "TestSeeds: %s uses seed %d (fixed %d, run %d)", who, seed, fixedSeed, RUN));
    return seed;
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
