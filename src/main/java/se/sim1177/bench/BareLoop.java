package se.sim1177.bench;

import se.sim1177.engine.EventQueue;
import se.sim1177.engine.Xoshiro256PlusPlus;
import se.sim1177.engine.StreamFamily;
import se.sim1177.model.ExponentialZiggurat;

/**
 * The floor under the engine's cost per event: a loop that does only the unavoidable work of a
 * discrete-event simulation, one event-set removal, one exponential variate (one uniform of the
 * engine's generator through the engine's ziggurat) and one insertion per event, on an event set
 * of the engine's typical size. Nothing is modelled and nothing is measured.
 */
public final class BareLoop {
  private BareLoop() {}

  /**
   * Processes {@code events} events with {@code pending} events always in the set; returns a
   * checksum so the work cannot be optimised away.
   */
  public static double run(long events, int pending, long seed) {
    EventQueue queue = new EventQueue(Math.max(16, pending * 2));
    Xoshiro256PlusPlus random = new StreamFamily(seed).stream(0, 0);
    for (int i = 0; i < pending; i++) {
      queue.schedule(ExponentialZiggurat.standard(random.nextDouble()), 3, i);
    }
    double sum = 0;
    for (long n = 0; n < events; n++) {
      double t = queue.nextTime();
      long payload = queue.nextPayload();
      queue.removeNext();
      double gap = pending * ExponentialZiggurat.standard(random.nextDouble());
      queue.schedule(t + gap, 3, payload);
      sum += t;
    }
    return sum;
  }
}
