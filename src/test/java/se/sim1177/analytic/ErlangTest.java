package se.sim1177.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void figuresWithoutTheServiceLevelAreTheSameFiguresBitForBit() {
    ErlangA q = new ErlangA(60.0 / 3600, 480, 8, 600);
    ErlangA.Figures all = q.figures(300);
    ErlangA.Figures some = q.figuresWithoutServiceLevel();
    assertEquals(new ErlangA.Figures(all.probabilityOfWaiting(), all.answerRate(), all.abandonRate(), all.meanWaitAllSeconds(),
        all.meanWaitAnsweredSeconds(), Double.NaN, all.meanQueueLength(), all.occupancy()), some);
  }

  /**
   * The limits stop the work before it starts (issue 17: a 30-day patience hung the staffing
   * search; 2.4 million nurses were an internal error), and say which bound was reached.
   */
  @Test
  void workBeyondTheLimitsIsRefusedBeforeItStarts() {
    int most = ErlangLimits.MOST_AGENTS;
    assertEquals(ErlangLimitException.Limit.AGENTS,
        assertThrows(ErlangLimitException.class, () -> new ErlangA(1, 480, most + 1, 600)).limit());
    assertEquals(ErlangLimitException.Limit.AGENTS, assertThrows(ErlangLimitException.class, () -> new ErlangC(1, 480, most + 1)).limit());
    new ErlangC(1, 480, most);
    // 0.8 calls a second, 447 nurses at 11 minutes answer 0.68: the excess of 0.12 a second waits
    // up to 30 days, a queue of about 300,000.
    ErlangLimitException days = assertThrows(ErlangLimitException.class, () -> new ErlangA(0.8, 660, 447, 30 * 86400.0));
    assertEquals(ErlangLimitException.Limit.STATES, days.limit());
    assertTrue(days.getMessage().contains("with 447 nurses the queue would reach about 3"), days.getMessage());
    // Below the load, but so close and so patient that the queue's tail runs past the limit.
    ErlangA close = new ErlangA(0.99999 * 447 / 660, 660, 447, 1e12);
    assertEquals(ErlangLimitException.Limit.STATES, assertThrows(ErlangLimitException.class, close::figuresWithoutServiceLevel).limit());
    // A service level within a day at 8,000 nurses: tens of billions of terms.
    ErlangA busy = new ErlangA(500_000 / 3600.0, 60, 8000, 600);
    assertEquals(ErlangLimitException.Limit.SERVICE_LEVEL_TERMS,
        assertThrows(ErlangLimitException.class, () -> busy.figures(86400)).limit());
    assertTrue(Double.isFinite(new ErlangA(1100 / 480.0, 480, 1000, 600).figures(300).serviceLevel()),
        "within 5 minutes at 1,000 nurses it is well inside the limit");
  }

  /**
   * A change detector for the service level's shortcut (step k of the uniformised sum updates
   * only the callers fewer than k ahead, the rest being exactly zero): the figures the full sum gave
   * before it, to the last bit.
   */
  @Test
  void theServiceLevelIsWhatTheFullSumGave() {
    assertEquals(SERVICE_LEVEL_BEFORE_SHORTCUT[0], new ErlangA(60.0 / 3600, 480, 8, 600).figures(300).serviceLevel(), 0.0);
    assertEquals(SERVICE_LEVEL_BEFORE_SHORTCUT[1], new ErlangA(1100 / 480.0, 480, 1000, 600).figures(1800).serviceLevel(), 0.0);
    assertEquals(SERVICE_LEVEL_BEFORE_SHORTCUT[2], new ErlangA(0.02, 660, 12, 5400).figures(600).serviceLevel(), 0.0);
  }

  /** Computed by the full sum (commit 9db610b), printed with Double.toString, which gives back every bit. */
  private static final double[] SERVICE_LEVEL_BEFORE_SHORTCUT = {0.8201713741901433, 0.9090883978791942, 0.4841128050699373};
}
