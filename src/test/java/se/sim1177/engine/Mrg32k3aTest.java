package se.sim1177.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/** The integer MRG32k3a must reproduce SSJ's generator bit for bit, jumps included. */
class Mrg32k3aTest {
  private static final long[] SEED = {12345, 23456, 34567, 45678, 56789, 67890};
  private static final int DRAWS = 2_000_000;

  @Test
  void drawsEqualSsjFromTheSameState() {
    MRG32k3a ssj = new MRG32k3a();
    ssj.setSeed(SEED);
    Mrg32k3a ours = new Mrg32k3a(SEED);
    for (int i = 0; i < DRAWS; i++) {
      double expected = ssj.nextDouble();
      double actual = ours.nextDouble();
      assertEquals(expected, actual, 0.0, "draw " + i);
    }
    assertArrayEquals(ssj.getState(), ours.state(), "state after " + DRAWS + " draws");
  }

  @Test
  void drawsEqualSsjFromExtremeStates() {
    // States at the edges of the moduli exercise the reduction's largest and smallest values.
    long m1 = Mrg32k3a.M1 - 1;
    long m2 = Mrg32k3a.M2 - 1;
    long[][] states = {{m1, m1, m1, m2, m2, m2}, {0, 0, 1, 0, 0, 1}, {m1, 0, m1, 0, m2, 0}, {1, m1, 0, m2, 1, 0}};
    for (long[] state : states) {
      MRG32k3a ssj = new MRG32k3a();
      ssj.setSeed(state);
      Mrg32k3a ours = new Mrg32k3a(state);
      for (int i = 0; i < 100_000; i++) {
        assertEquals(ssj.nextDouble(), ours.nextDouble(), 0.0, "draw " + i + " from " + java.util.Arrays.toString(state));
      }
    }
  }

  @Test
  void substreamJumpsEqualSsjResetNextSubstream() {
    MRG32k3a ssj = new MRG32k3a();
    ssj.setSeed(SEED);
    for (int substream = 1; substream <= 5; substream++) {
      ssj.resetNextSubstream();
      assertArrayEquals(ssj.getState(), MrgJumps.advanceSubstreams(SEED, substream), "substream " + substream);
    }
  }

  @Test
  void streamJumpEqualsSsjsNextStream() {
    // SSJ gives each new MRG32k3a the previous one's seed advanced by one stream (2^127 steps).
    MRG32k3a first = new MRG32k3a();
    MRG32k3a second = new MRG32k3a();
    assertArrayEquals(second.getState(), MrgJumps.advanceStreams(first.getState(), 1));
  }

  @Test
  void streamFamilyGivesDistinctReproducibleStreams() {
    StreamFamily family = new StreamFamily(42);
    double a = family.stream(0, 0).nextDouble();
    assertEquals(a, new StreamFamily(42).stream(0, 0).nextDouble(), 0.0, "same seed, same stream");
    assertNotEquals(a, family.stream(1, 0).nextDouble(), "another source");
    assertNotEquals(a, family.stream(0, 1).nextDouble(), "another replication");
    assertNotEquals(a, new StreamFamily(43).stream(0, 0).nextDouble(), "another seed");
  }

  @Test
  void rejectsInvalidStates() {
    assertThrows(IllegalArgumentException.class, () -> new Mrg32k3a(new long[] {0, 0, 0, 1, 1, 1}));
    assertThrows(IllegalArgumentException.class, () -> new Mrg32k3a(new long[] {1, 1, 4294967087L, 1, 1, 1}));
    assertThrows(IllegalArgumentException.class, () -> new Mrg32k3a(new long[] {1, 1, 1}));
  }
}
