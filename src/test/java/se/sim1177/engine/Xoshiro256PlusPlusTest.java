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
 * XoShiRo256PlusPlus), and the reference code's own jump polynomials, which the test derives from
 * the generator itself and {@link XoshiroJumps} holds as constants.
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

  /**
   * The constants {@link XoshiroJumps} holds are derived here afresh: p as the minimal polynomial
   * of one bit of the generator's state sequence (Berlekamp–Massey), and the published jump
   * polynomials as x squared 128 and 192 times modulo it. Every other power it works out on demand
   * is the square of the one before.
   */
  @Test
  void jumpPolynomialsDerivedFromTheGeneratorEqualThePublishedOnes() {
    assertArrayEquals(characteristicPolynomialLow(), XoshiroJumps.characteristicLow(), "p, from the generator's bits");
    long[] x = {2, 0, 0, 0};
    for (int i = 0; i < 192; i++) {
      x = XoshiroJumps.multiply(x, x);
      if (i == 127) {
        assertArrayEquals(JUMP, x, "x^(2^128) mod p");
      }
    }
    assertArrayEquals(LONG_JUMP, x, "x^(2^192) mod p");
    assertArrayEquals(JUMP, XoshiroJumps.power(0));
    assertArrayEquals(LONG_JUMP, XoshiroJumps.power(64));
    assertArrayEquals(JUMP, XoshiroJumps.jumpPolynomial(0, 1));
    assertArrayEquals(LONG_JUMP, XoshiroJumps.jumpPolynomial(1, 0));
    for (int k = 1; k < 128; k++) {
      if (k != 64) {
        long[] previous = XoshiroJumps.power(k - 1);
        assertArrayEquals(XoshiroJumps.multiply(previous, previous), XoshiroJumps.power(k), "x^(2^(128+" + k + ")) mod p");
      }
    }
  }

  /** Asked for out of order and from many threads at once, the powers are the same. */
  @Test
  void powersWorkedOutOnDemandAgreeWhoeverAsksFirst() throws Exception {
    long[][] seen = new long[8][];
    Thread[] threads = new Thread[8];
    for (int t = 0; t < threads.length; t++) {
      int index = t;
      threads[t] = new Thread(() -> seen[index] = XoshiroJumps.jumpPolynomial(index + 37L, (1L << 40) + index));
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    // The expected polynomials from the published constants alone, squared here, not from the class's table.
    long[][] powers = new long[128][];
    powers[0] = JUMP;
    powers[64] = LONG_JUMP;
    for (int k = 1; k < 128; k++) {
      if (k != 64) {
        powers[k] = XoshiroJumps.multiply(powers[k - 1], powers[k - 1]);
      }
    }
    for (int t = 0; t < threads.length; t++) {
      long[] q = {1, 0, 0, 0};
      long high = t + 37L;
      long low = (1L << 40) + t;
      for (int k = 0; k < 64; k++) {
        if (((low >>> k) & 1) != 0) {
          q = XoshiroJumps.multiply(q, powers[k]);
        }
        if (((high >>> k) & 1) != 0) {
          q = XoshiroJumps.multiply(q, powers[64 + k]);
        }
      }
      assertArrayEquals(q, seen[t], "thread " + t);
    }
  }

  /**
   * The characteristic polynomial of the generator's transition (its lower 256 coefficients): the
   * minimal polynomial of one bit of the state sequence, by Berlekamp–Massey over 2 × 256 terms.
   * The polynomial is primitive (the generator has full period 2^256 − 1), so any nonzero state's
   * bit sequence has it as its minimal polynomial; a shorter one would mean a wrong transition.
   */
  private static long[] characteristicPolynomialLow() {
    int degree = 256;
    int n = 2 * degree;
    int[] bits = new int[n];
    // The generator's own steps: the lowest bit of its first state word, step after step.
    Xoshiro256PlusPlus g = new Xoshiro256PlusPlus(new long[] {1, 0, 0, 0});
    for (int i = 0; i < n; i++) {
      bits[i] = (int) (g.state()[0] & 1);
      g.nextLong();
    }
    // Connection polynomial c(x) = 1 + c1 x + ... + cL x^L with bits[i] = c1 bits[i-1] + ... + cL bits[i-L] (mod 2).
    int[] c = new int[n + 1];
    int[] b = new int[n + 1];
    c[0] = 1;
    b[0] = 1;
    int length = 0;
    int m = 1;
    for (int i = 0; i < n; i++) {
      int d = bits[i];
      for (int j = 1; j <= length; j++) {
        d ^= c[j] & bits[i - j];
      }
      if (d == 0) {
        m++;
      } else if (2 * length <= i) {
        int[] previous = c.clone();
        for (int j = 0; j + m <= n; j++) {
          c[j + m] ^= b[j];
        }
        length = i + 1 - length;
        b = previous;
        m = 1;
      } else {
        for (int j = 0; j + m <= n; j++) {
          c[j + m] ^= b[j];
        }
        m++;
      }
    }
    assertEquals(degree, length, "the state sequence's linear complexity");
    // p(x) = x^256 c(1/x): the coefficient of x^(256-j) is c[j].
    long[] low = new long[4];
    for (int j = 1; j <= degree; j++) {
      int power = degree - j;
      if (c[j] != 0) {
        low[power >>> 6] |= 1L << (power & 63);
      }
    }
    return low;
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
