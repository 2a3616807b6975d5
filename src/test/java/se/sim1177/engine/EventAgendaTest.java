package se.sim1177.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The merge of the event sources (event queue, calendar queue, at most two timer sets, the next arrival): the earliest
 * event first, a tie in time to the lower type, then to the one scheduled first within a source.
 * The types are the model's (timers 8 and 9, the arrival 12, queue events around them), so a
 * reordering of the merge shows here rather than as a shifted example output.
 */
class EventAgendaTest {
  private static final int ABANDON = 8;
  private static final int CHAT_ABANDON = 9;
  private static final int ARRIVAL = 12;

  private static EventAgenda agenda() {
    return new EventAgenda(4, new int[] {ABANDON, CHAT_ABANDON}, new int[] {64, 64}, ARRIVAL);
  }

  @Test
  void aTieAcrossAllFourSourcesRunsInTypeOrder() {
    EventAgenda a = agenda();
    a.setNextArrival(5.0);
    a.schedule(5.0, 11, 111);
    a.timers(1).set(3, 5.0);
    a.schedule(5.0, 10, 110);
    a.timers(0).set(2, 5.0);
    a.schedule(5.0, 5, 105);
    a.schedule(5.0, 0, 100);
    int[] types = {0, 5, ABANDON, CHAT_ABANDON, 10, 11, ARRIVAL};
    long[] payloads = {100, 105, 2, 3, 110, 111, 0};
    for (int i = 0; i < types.length; i++) {
      assertEquals(types[i], a.next(Double.POSITIVE_INFINITY), "event " + i);
      assertEquals(5.0, a.time(), 0.0);
      assertEquals(payloads[i], a.payload(), "payload of event " + i);
    }
    assertEquals(EventAgenda.END, a.next(Double.POSITIVE_INFINITY));
    assertEquals(7, a.taken());
  }

  /**
   * With one timer type or none, the missing sets never fire (nor take part in a tie: they stay at
   * infinity); more than two are refused.
   */
  @Test
  void oneTimerTypeNoneOrMoreThanTwo() {
    EventAgenda none = new EventAgenda(4, new int[0], new int[0], ARRIVAL);
    none.schedule(2.0, 0, 20);
    none.setNextArrival(1.0);
    assertEquals(ARRIVAL, none.next(Double.POSITIVE_INFINITY));
    assertEquals(0, none.next(Double.POSITIVE_INFINITY));
    assertEquals(20, none.payload());
    assertEquals(EventAgenda.END, none.next(Double.POSITIVE_INFINITY));
    assertEquals(0, none.pending());

    EventAgenda a = new EventAgenda(4, new int[] {ABANDON}, new int[] {8}, ARRIVAL);
    a.schedule(4.0, 0, 40);
    a.timers(0).set(1, 4.0);
    a.setNextArrival(4.0);
    assertEquals(0, a.next(Double.POSITIVE_INFINITY));
    assertEquals(ABANDON, a.next(Double.POSITIVE_INFINITY));
    assertEquals(1, a.payload());
    assertEquals(ARRIVAL, a.next(Double.POSITIVE_INFINITY));
    assertEquals(EventAgenda.END, a.next(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class,
        () -> new EventAgenda(4, new int[] {1, 2, 3}, new int[] {8, 8, 8}, ARRIVAL));
  }

  /** The mean event-set size that `bench` sizes its floor by: here always three events pending. */
  @Test
  void meanPendingIsTheEventSetSizeBeforeEachSampledEvent() {
    EventAgenda a = agenda();
    assertEquals(0.0, a.meanPending(), 0.0, "no event taken, no sample");
    for (int i = 1; i <= 3; i++) {
      a.schedule(i, 5, i);
    }
    for (int k = 0; k < 5000; k++) {
      assertEquals(5, a.next(Double.POSITIVE_INFINITY));
      a.schedule(a.time() + 3, 5, k);
    }
    assertEquals(3.0, a.meanPending(), 0.0);
  }

  @Test
  void anEarlierEventRunsFirstWhateverItsType() {
    EventAgenda a = agenda();
    a.schedule(2.0, 0, 1);
    a.timers(0).set(0, 3.0);
    a.setNextArrival(1.0);
    assertEquals(ARRIVAL, a.next(10));
    assertEquals(0, a.next(10));
    assertEquals(ABANDON, a.next(10));
    assertEquals(0, a.timers(0).size());
  }

  @Test
  void aCancelledTimerNeverFiresAndTheEndLeavesLaterEventsPending() {
    EventAgenda a = agenda();
    a.timers(0).set(1, 4.0);
    a.timers(0).set(2, 6.0);
    a.timers(0).cancel(1);
    a.setNextArrival(8.0);
    assertEquals(ABANDON, a.next(7.0));
    assertEquals(2, a.payload());
    assertEquals(EventAgenda.END, a.next(7.0));
    assertEquals(EventAgenda.END, a.next(8.0), "an event at the end itself is past the horizon");
    assertEquals(ARRIVAL, a.next(8.5));
  }

  /**
   * Random schedules with times drawn from a handful of values (so most events tie) against a
   * sorted reference: (time, type, order of scheduling). 20,000 events; one wrong pick fails it.
   */
  @Test
  void agreesWithASortedReferenceWhenMostEventsTie() {
    agreesWithTheReference(agenda());
  }

  /** The same with the calendar's types (here 0, 1 and 5) in a queue of their own: the same order. */
  @Test
  void aQueueOfTheirOwnForTheCalendarsTypesChangesNoOrder() {
    agreesWithTheReference(new EventAgenda(4, new int[] {ABANDON, CHAT_ABANDON}, new int[] {64, 64}, ARRIVAL, 6));
  }

  @Test
  void droppingAQueuedEventTakesOnlyTheOneNamedAndCountsNothing() {
    EventAgenda a = new EventAgenda(4, new int[] {ABANDON, CHAT_ABANDON}, new int[] {64, 64}, ARRIVAL, 6);
    a.schedule(10.0, 0, 40);
    a.schedule(10.0, 7, 41);
    assertThrows(IllegalStateException.class, () -> a.dropQueued(10.0, 0, 39), "another payload");
    assertThrows(IllegalStateException.class, () -> a.dropQueued(9.0, 0, 40), "another time");
    a.dropQueued(10.0, 0, 40);
    assertEquals(7, a.next(Double.POSITIVE_INFINITY));
    assertEquals(1, a.taken());
    assertThrows(IllegalStateException.class, () -> a.dropQueued(10.0, 0, 40), "nothing left to drop");
  }

  private static void agreesWithTheReference(EventAgenda a) {
    record Ev(double time, int type, long seq, long payload) {}
    Comparator<Ev> order = Comparator.comparingDouble(Ev::time).thenComparingInt(Ev::type).thenComparingLong(Ev::seq);
    SplittableRandom random = new SplittableRandom(11);
    TreeSet<Ev> reference = new TreeSet<>(order);
    boolean[][] timerSet = new boolean[2][64];
    long seq = 0;
    double now = 0;
    boolean arrivalPending = false;
    List<String> mismatches = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      int adds = random.nextInt(3);
      for (int k = 0; k < adds; k++) {
        double t = now + random.nextInt(3);
        int source = random.nextInt(4);
        if (source == 0) {
          int type = new int[] {0, 1, 5, 7, 10, 11}[random.nextInt(6)];
          a.schedule(t, type, seq);
          reference.add(new Ev(t, type, seq, seq));
        } else if (source <= 2) {
          int id = random.nextInt(64);
          if (!timerSet[source - 1][id]) {
            timerSet[source - 1][id] = true;
            a.timers(source - 1).set(id, t);
            reference.add(new Ev(t, source == 1 ? ABANDON : CHAT_ABANDON, seq, id));
          }
        } else if (!arrivalPending) {
          arrivalPending = true;
          a.setNextArrival(t);
          reference.add(new Ev(t, ARRIVAL, seq, 0));
        }
        seq++;
      }
      if (reference.isEmpty()) {
        assertEquals(EventAgenda.END, a.next(Double.POSITIVE_INFINITY), "step " + step + ": nothing is pending");
        continue;
      }
      Ev expected = reference.pollFirst();
      int type = a.next(Double.POSITIVE_INFINITY);
      if (type != expected.type() || a.time() != expected.time() || a.payload() != expected.payload()) {
        mismatches.add("step " + step + ": expected " + expected + ", got type " + type + " at " + a.time());
        break;
      }
      now = expected.time();
      if (type == ABANDON || type == CHAT_ABANDON) {
        timerSet[type - ABANDON][(int) expected.payload()] = false;
      } else if (type == ARRIVAL) {
        arrivalPending = false;
      }
    }
    assertEquals(List.of(), mismatches);
    // Whatever is left comes out in the reference's order, then nothing more.
    while (!reference.isEmpty()) {
      Ev expected = reference.pollFirst();
      assertEquals(expected.type(), a.next(Double.POSITIVE_INFINITY), "draining: " + expected);
      assertEquals(expected.payload(), a.payload(), "draining: " + expected);
    }
    assertEquals(EventAgenda.END, a.next(Double.POSITIVE_INFINITY));
  }
}
