package se.sim1177.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Known answers for the generator and its jumps: outputs of the authors' reference C code
 * (xoshiro256plusplus.c, as published in Apache Commons RNG's test data for its
 * XoShiRo256PlusPlus), and the reference code's own jump polynomials, which {@link XoshiroJumps}
 * must derive by itself.
 */
class Xoshiro256PlusPlusTest {
  private static final long[] SEED = {0x012de1babb3c4104L, 0xa5a818b8fc5aa503L, 0xb124ea2b701f4993L, 0x18e0374933d8c782L};
  /** The reference code's first outputs from {@link #SEED}. */
  private static final long[] EXPECTED = {
    0x83256c3efe494810L, 0xb6a32c7a2f427e87L, 0xea4a4faa5f25c89cL, 0xbc7eccdda31316ccL,
    0x13fd0f7150d989c6L, 0x547138cbae221c4bL, 0x9a2ed08e202ccdd4L, 0x71c76beffd5ffaf7L,
  };
  /** Its first outputs after {@code jump()} from {@link #SEED} (2^128 steps). */
  private static final long[] EXPECTED_AFTER_JUMP = {
    0x097817815ff7650eL, 0xe3a4a1ba31fe551cL, 0xd7edac1f857eb72eL, 0xeaf103ab604c1f33L,
  };
  /** Its first outputs after {@code long_jump()} from {@link #SEED} (2^192 steps). */
  private static final long[] EXPECTED_AFTER_LONG_JUMP = {
    0x0a6b9e34dbf9c7caL, 0x2214a78c97dc2187L, 0x9f44832a1e1ba9c6L, 0x49f5a7c5d1618518L,
  };
  /** The reference code's JUMP and LONG_JUMP: x^(2^128) and x^(2^192) modulo the characteristic polynomial. */
  private static final long[] JUMP = {0x180ec6d33cfd0abaL, 0xd5a61266f0c9392cL, 0xa9582618e03fc9aaL, 0x39abdc4529b1661cL};
  private static final long[] LONG_JUMP = {0x76e15d3efefdcbbfL, 0xc5004e441c522fb3L, 0x77710069854ee241L, 0x39109bb02acbe635L};

  @Test
  void outputsEqualTheReferenceCode() {
    Xoshiro256PlusPlus g = new Xoshiro256PlusPlus(SEED);
    for (int i = 0; i < EXPECTED.length; i++) {
      assertEquals(EXPECTED[i], g.nextLong(), "output " + i);
    }
  }

  @Test
  void derivedJumpPolynomialsEqualThePublishedOnes() {
    assertArrayEquals(JUMP, XoshiroJumps.power(0), "x^(2^128) mod p");
    assertArrayEquals(LONG_JUMP, XoshiroJumps.power(64), "x^(2^192) mod p");
    assertArrayEquals(JUMP, XoshiroJumps.jumpPolynomial(0, 1));
    assertArrayEquals(LONG_JUMP, XoshiroJumps.jumpPolynomial(1, 0));
  }

  @Test
  void jumpsGiveTheReferenceCodesOutputs() {
    Xoshiro256PlusPlus jumped = new Xoshiro256PlusPlus(XoshiroJumps.apply(JUMP, SEED));
    for (int i = 0; i < EXPECTED_AFTER_JUMP.length; i++) {
      assertEquals(EXPECTED_AFTER_JUMP[i], jumped.nextLong(), "output " + i + " after jump");
    }
    Xoshiro256PlusPlus longJumped = new Xoshiro256PlusPlus(XoshiroJumps.apply(LONG_JUMP, SEED));
    for (int i = 0; i < EXPECTED_AFTER_LONG_JUMP.length; i++) {
      assertEquals(EXPECTED_AFTER_LONG_JUMP[i], longJumped.nextLong(), "output " + i + " after long jump");
    }
  }

  @Test
  void aJumpOfManyBlocksIsThatManyJumpsOfOne() {
    long[] state = SEED;
    for (int n = 1; n <= 13; n++) {
      state = XoshiroJumps.apply(JUMP, state);
      assertArrayEquals(state, XoshiroJumps.apply(XoshiroJumps.jumpPolynomial(0, n), SEED), n + " jumps");
    }
    long[] both = XoshiroJumps.apply(LONG_JUMP, XoshiroJumps.apply(LONG_JUMP, XoshiroJumps.apply(JUMP, SEED)));
    assertArrayEquals(both, XoshiroJumps.apply(XoshiroJumps.jumpPolynomial(2, 1), SEED), "2 long jumps and 1 jump");
  }

  @Test
  void smallJumpsAreSteps() {
    // x^j for small j, built by multiplication, moves the state j steps.
    long[] x = {2, 0, 0, 0};
    long[] q = {1, 0, 0, 0};
    Xoshiro256PlusPlus g = new Xoshiro256PlusPlus(SEED);
    for (int j = 1; j <= 300; j++) {
      q = XoshiroJumps.multiply(q, x);
      g.nextLong();
      assertArrayEquals(g.state(), XoshiroJumps.apply(q, SEED), j + " steps");
    }
  }

  @Test
  void uniformsAreInsideTheOpenInterval() {
    Xoshiro256PlusPlus g = new Xoshiro256PlusPlus(SEED);
    for (int i = 0; i < 1_000_000; i++) {
      double u = g.nextDouble();
      assertTrue(u > 0 && u < 1 && 1 - u > 0, "draw " + i + ": " + u);
    }
  }

  @Test
  void streamsOfAFamilyStartWhereTheirJumpsSay() {
    StreamFamily family = new StreamFamily(42);
    long[] base = StreamFamily.baseStateFor(42);
    long[] source3 = XoshiroJumps.apply(LONG_JUMP, XoshiroJumps.apply(LONG_JUMP, XoshiroJumps.apply(LONG_JUMP, base)));
    assertArrayEquals(source3, family.streamStart(3));
    long[] replication2 = XoshiroJumps.apply(JUMP, XoshiroJumps.apply(JUMP, source3));
    assertArrayEquals(replication2, family.stream(3, 2).state());
    assertArrayEquals(replication2, family.streams(new int[] {0, 3}, 2)[1].state());
    assertArrayEquals(family.stream(1000, 7).state(), family.streams(new int[] {1000}, 7)[0].state());
    assertNotEquals(family.stream(0, 0).nextLong(), family.stream(0, 1).nextLong());
  }

  @Test
  void refusesTheZeroState() {
    assertThrows(IllegalArgumentException.class, () -> new Xoshiro256PlusPlus(new long[4]));
  }
}
