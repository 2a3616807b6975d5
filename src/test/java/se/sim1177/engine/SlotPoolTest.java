package se.sim1177.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** New slots go out lowest first, released ones last in first out, and growth doubles up to the bound. */
class SlotPoolTest {
  @Test
  void newSlotsLowestFirstReleasedSlotsLastInFirstOut() {
    SlotPool pool = new SlotPool(100);
    assertEquals(4, pool.growTo(4));
    assertEquals(0, pool.acquire());
    assertEquals(1, pool.acquire());
    assertEquals(2, pool.acquire());
    pool.release(0);
    pool.release(2);
    assertEquals(2, pool.acquire());
    assertEquals(0, pool.acquire());
    assertEquals(3, pool.acquire());
    assertEquals(SlotPool.EMPTY, pool.acquire());
  }

  @Test
  void growsByDoublingAndHandsOutTheNewSlotsLowestFirst() {
    SlotPool pool = new SlotPool(100);
    assertEquals(SlotPool.EMPTY, pool.acquire(), "a new pool has no slot");
    assertEquals(1, pool.grow(), "an empty pool grows to one slot");
    assertEquals(0, pool.acquire());
    assertEquals(2, pool.grow());
    assertEquals(1, pool.acquire());
    assertEquals(4, pool.grow());
    assertEquals(2, pool.acquire());
    assertEquals(3, pool.acquire());
    assertEquals(4, pool.capacity());
    assertEquals(0, pool.freeCount());
  }

  @Test
  void stopsAtTheBound() {
    SlotPool pool = new SlotPool(6);
    assertEquals(4, pool.growTo(4));
    for (int slot = 0; slot < 4; slot++) {
      assertEquals(slot, pool.acquire());
    }
    assertEquals(6, pool.grow(), "the last doubling is cut to the bound");
    assertEquals(SlotPool.AT_BOUND, pool.grow());
    assertEquals(SlotPool.AT_BOUND, pool.growTo(5), "never shrinks");
    assertEquals(6, pool.capacity());
    assertEquals(4, pool.acquire());
    assertEquals(5, pool.acquire());
    assertEquals(SlotPool.EMPTY, pool.acquire());
  }

  @Test
  void aBoundBelowTheFirstSizeCutsIt() {
    assertEquals(3, new SlotPool(3).growTo(256));
    assertEquals(SlotPool.AT_BOUND, new SlotPool(0).growTo(256));
  }
}
