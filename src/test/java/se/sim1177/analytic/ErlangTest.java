package se.sim1177.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/** The analytic formulas the simulator is checked against, checked against exact special cases. */
class ErlangTest {
  @Test
  void erlangCMatchesTheTextbookValue() {
    // a = 2 erlangs on c = 3 agents: B = 4/19, C = 4/9 (exact fractions).
    ErlangC q = new ErlangC(2.0 / 300, 300, 3);
    assertEquals(4.0 / 19, q.erlangB(), 1e-12);
    assertEquals(4.0 / 9, q.probabilityOfWaiting(), 1e-12);
    // ASA = C / (c mu - lambda) = (4/9) / (1/300) = 133.33 s.
    assertEquals(400.0 / 3, q.meanWaitSeconds(), 1e-9);
    assertEquals(1 - 4.0 / 9 * Math.exp(-60.0 / 300), q.serviceLevel(60), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> new ErlangC(3.0 / 300, 300, 3));
  }

  @Test
  void erlangAWithPatienceEqualToHandlingIsAnInfiniteServerQueue() {
    // With theta = mu every caller in the system leaves at rate mu, so the number in system is
    // Poisson(a), as in M/M/infinity: P(wait) = P(N >= c), E[queue] = E[(N - c)+].
    double a = 7.5;
    int c = 8;
    double handle = 420;
    ErlangA.Figures f = new ErlangA(a / handle, handle, c, handle).figures(300);
    PoissonDistribution n = new PoissonDistribution(null, a, 1e-12, 10_000);
    double pWait = 1 - n.cumulativeProbability(c - 1);
    double queue = 0;
    for (int k = c + 1; k < 200; k++) {
      queue += (k - c) * n.probability(k);
    }
    assertEquals(pWait, f.probabilityOfWaiting(), 1e-12);
    assertEquals(queue, f.meanQueueLength(), 1e-12);
    assertEquals(queue / handle / (a / handle), f.abandonRate(), 1e-12, "P(abandon) = theta E[Q] / lambda");
    assertEquals(queue / (a / handle), f.meanWaitAllSeconds(), 1e-9, "Little's law");
  }

  @Test
  void erlangAApproachesErlangCAsPatienceGrowsLong() {
    ErlangC c = new ErlangC(50.0 / 3600, 480, 8);
    ErlangA.Figures a = new ErlangA(50.0 / 3600, 480, 8, 1e9).figures(120);
    assertEquals(c.probabilityOfWaiting(), a.probabilityOfWaiting(), 1e-6);
    assertEquals(c.meanWaitSeconds(), a.meanWaitAnsweredSeconds(), 1e-3);
    assertEquals(c.serviceLevel(120), a.serviceLevel(), 1e-6);
    assertEquals(1.0, a.answerRate(), 1e-6);
  }

  @Test
  void erlangAServiceLevelIsBoundedByImmediateAnswersAndTheAnswerRate() {
    ErlangA q = new ErlangA(60.0 / 3600, 480, 8, 600);
    ErlangA.Figures zero = q.figures(1e-9);
    ErlangA.Figures forever = q.figures(1e6);
    assertEquals(1 - zero.probabilityOfWaiting(), zero.serviceLevel(), 1e-6, "within 0 s: only immediate answers");
    assertEquals(forever.answerRate(), forever.serviceLevel(), 1e-9, "within forever: every answered call");
    double previous = 0;
    for (int seconds = 0; seconds <= 3600; seconds += 60) {
      double sl = q.figures(seconds).serviceLevel();
      assertEquals(true, sl >= previous - 1e-12, "service level must not fall as the threshold grows");
      previous = sl;
    }
  }
}
