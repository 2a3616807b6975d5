package se.sim1177.staffing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The per-interval Erlang requirement of {@code sim1177 staff} (issue 10) equals the exact Erlang C
 * and Erlang A staffing of a stationary interval, computed here independently of
 * {@code se.sim1177.analytic}.
 *
 * <p><b>Independence.</b> The reference below shares no code and no route with the model:
 * <ul>
 *   <li>Erlang C: the probability of waiting from the Poisson terms in log space,
 *       C = (a^n/n! · n/(n−a)) / (Σ_{k&lt;n} a^k/k! + a^n/n! · n/(n−a)), with log n! summed term by
 *       term and a log-sum-exp (the code uses the Erlang B recursion); mean wait C/(nμ−λ); service
 *       level 1 − C·e^{−(nμ−λ)t}.</li>
 *   <li>Erlang A (M/M/n+M): the stationary law of the number in system from its birth–death chain
 *       (log space, truncated once a state falls 1e-40 below the peak); the answer rate from the
 *       abandonment flow, 1 − θ·E[queue]/λ. A tagged caller who finds j callers queued ahead waits
 *       through phases i = j, …, 0 of rate r_i = nμ + (i+1)θ, leaving each forward at nμ + iθ (a
 *       completion, or an abandonment ahead of him) and abandoning at θ. The forward probabilities
 *       telescope, so he is served with probability S_j = nμ / (nμ + (j+1)θ), and given that path
 *       each phase still lasts Exp(r_i): E[wait · 1{served}] = S_j · Σ_{i≤j} 1/r_i, in closed form
 *       (the code recurses). P(served within t | j ahead) = u_j(t) solves the backward equations
 *       u_j' = (nμ + jθ)·u_{j−1} − r_j·u_j, u_{−1} ≡ 1, u_j(0) = 0, integrated here by classical
 *       Runge–Kutta with h·r_max ≤ 0.02 (the code uniformises). Whole-caller figures average over
 *       what an arriving caller sees (PASTA). The integration runs only where it can decide: the
 *       share answered within t lies between the share answered at once and the answer rate.</li>
 *   <li>Staffing: the smallest n by a linear search from n = 1, every target checked at every n
 *       (the code starts higher); then the test checks again that n − 1 misses a target, and that
 *       each case is decided by a margin far above rounding (so a disagreement is a real one).</li>
 * </ul>
 * The reference itself is checked against published figures (the CRAN {@code ErlangC} package's
 * README example) and against its own limits (Erlang A with endless patience is Erlang C; the
 * tagged caller's law reproduces the abandonment flow; halving the integration step changes
 * nothing).
 *
 * <p><b>Cases.</b> Small loads (a &lt; 1), typical 1177 intervals (20–80 calls an hour, 8–12 minutes'
 * handling, 30–90 minutes' patience) and large ones needing 150–314 nurses; targets alone and
 * together (mean wait only, service level only, answer rate only, all three), without a cap on
 * occupancy, with one that binds, one that does not, and one reached exactly (load/n equal to the
 * cap is allowed); an integer load, where Erlang C with no target it can express needs a + 1.
 * Each row pins the reference's n for Erlang C and Erlang A, so the table reads as the answer and
 * a change on either side shows. Cutting the answered-caller mean wait to all callers', the share
 * answered within t to a share of the answered, or the cap's "≤" to "&lt;" in the code each fails
 * a row.
 *
 * <p>Erlang C ignores the answer-rate target (nobody abandons); the Erlang A figures follow the
 * issue: answer rate, mean wait of answered callers, share of all callers answered within t.
 */
class ErlangStaffingTest {
  /** A case is decisive when every target is met, or one missed, by at least this (relative) margin. */
  private static final double DECISIVE = 1e-6;

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", textBlock = """
      # case,                         calls/h, handle min, patience min, answer rate, mean wait s, SL share, SL within s, max occ, Erlang C n, Erlang A n
      tiny load mean wait,               1.5,   10,  30,    -,   60,    -,    60,    -,    2,   2
      tiny load SL,                      1.5,   10,  30,    -,    -, 0.95,    20,    -,    2,   2
      a<1 all three,                       5,    9,  45, 0.99,   30,  0.9,    60,    -,    3,   3
      a<1 occupancy cap binds,             5,    9,  45,    -,  600,    -,    60,  0.3,    3,   3
      1177 mean wait 10 min,              20,    8,  30,    -,  600,    -,   300,    -,    4,   2
      1177 SL 80% in 2 min,               40,   10,  60,    -,    -,  0.8,   120,    -,    9,   9
      1177 answer rate 85%,               60,   12,  90, 0.85,    -,    -,   300,    -,   13,  11
      1177 answer rate 95%,               60,   12,  90, 0.95,    -,    -,   300,    -,   13,  13
      1177 mean wait 5 min short patience, 40, 10,  30,    -,  300,    -,   300,    -,    8,   6
      1177 SL 70% in 10 min,              30,   12,  30,    -,    -,  0.7,   600,    -,    7,   6
      integer load answer rate only,      60,   10,  30,  0.9,    -,    -,   300,    -,   11,  10
      1177 all three,                     80,   12,  45,  0.9,  300,  0.8,   180,    -,   19,  18
      1177 all three occupancy 80%,       50,    9,  60,  0.9,  120,  0.8,   300,  0.8,   10,  10
      1177 mean wait occupancy 70%,       30,   11,  30,    -,  120,    -,   300,  0.7,    8,   8
      1177 Västerbotten 85% / 10 min,     70,   10,  40, 0.85,  600,  0.6,   600,    -,   13,  11
      large mean wait 30 s,              900,   10,  60,    -,   30,    -,    20,    -,  159, 155
      large SL 80% in 20 s,              900,   10,  60,    -,    -,  0.8,    20,    -,  161, 160
      large SL occupancy 95% not binding, 900,  10,  60,    -,    -,  0.8,    20, 0.95,  161, 160
      large occupancy cap reached exactly, 900, 10,  60,    -,   60,    -,    20, 0.75,  200, 200
      large mean wait 15 s short patience, 1200, 8,  30,    -,   15,    -,    20,    -,  171, 167
      large answer rate 98%,             900,   10,  60, 0.98,    -,    -,    20,    -,  151, 150
      large all three occupancy 90%,    1200,    8,  30, 0.95,   60,  0.9,    60,  0.9,  178, 178
      large SL 90% in 1 min,            1500,   12,  30,    -,    -,  0.9,    60,    -,  314, 308
      """)
  void requirementEqualsTheIndependentErlangStaffing(String name, double callsPerHour, double handleMinutes,
      double patienceMinutes, Double answerRate, Double meanWaitSeconds, Double serviceShare, double withinSeconds,
      Double maxOccupancy, int tableC, int tableA) {
    double rate = callsPerHour / 3600;
    double handle = handleMinutes * 60;
    double patience = patienceMinutes * 60;
    ErlangStaffing code = new ErlangStaffing(answerRate, meanWaitSeconds, serviceShare, withinSeconds, maxOccupancy);
    Reference ref = new Reference(answerRate, meanWaitSeconds, serviceShare, withinSeconds, maxOccupancy);

    int refC = ref.staffC(rate, handle);
    int refA = ref.staffA(rate, handle, patience);
    assertAll(
        () -> assertEquals(tableC, refC, "reference Erlang C n for " + name),
        () -> assertEquals(tableA, refA, "reference Erlang A n for " + name),
        () -> assertMinimalAndDecisive(ref.checkC(rate, handle, refC), ref.checkC(rate, handle, refC - 1), "Erlang C"),
        () -> assertMinimalAndDecisive(ref.checkA(rate, handle, patience, refA),
            ref.checkA(rate, handle, patience, refA - 1), "Erlang A"),
        () -> assertEquals(refC, code.erlangC(rate, handle), "ErlangStaffing.erlangC for " + name),
        () -> assertEquals(refA, code.erlangA(rate, handle, patience), "ErlangStaffing.erlangA for " + name));
  }

  private static void assertMinimalAndDecisive(Verdict at, Verdict below, String model) {
    assertTrue(at.met(), model + ": the reference's n meets the targets");
    assertTrue(!below.met(), model + ": n - 1 misses a target (n is minimal)");
    assertTrue(at.margin() >= DECISIVE, model + ": n meets the targets by " + at.margin() + ", too close to decide");
    assertTrue(below.margin() >= DECISIVE, model + ": n - 1 misses by " + below.margin() + ", too close to decide");
  }

  @Test
  void noCallsNeedNoNurses() {
    ErlangStaffing code = new ErlangStaffing(0.9, 600.0, 0.8, 300, 0.85);
    assertEquals(0, code.erlangC(0, 600));
    assertEquals(0, code.erlangA(0, 600, 1800));
  }

  /**
   * The CRAN package {@code ErlangC} 0.1.0 (Damonsoul, 2024), README
   * (https://stat.ethz.ch/CRAN/web/packages/ErlangC/readme/README.html): 100 calls in 30 minutes,
   * 180 s handling, 80 % within 20 s: traffic 10 erlangs; with 14 agents P(wait) 0.1741319, service
   * level 0.88835, ASA 7.83593701177724 s; with 11 agents P(wait) 0.6821182, service level
   * 0.3896138; 14 agents required. (The same example as Call Centre Helper's "Erlang C formula
   * example". 13 agents, sometimes quoted, reach only 79.56 %.)
   */
  @Test
  void publishedErlangCExample() {
    double rate = 100.0 / 1800;
    Reference ref = new Reference(null, null, 0.8, 20, null);
    assertEquals(0.1741319, ref.erlangCWait(rate, 180, 14), 5e-8);
    assertEquals(0.88835, ref.erlangCServiceLevel(rate, 180, 14, 20), 5e-6);
    assertEquals(7.83593701177724, ref.erlangCMeanWait(rate, 180, 14), 1e-9);
    assertEquals(0.6821182, ref.erlangCWait(rate, 180, 11), 5e-8);
    assertEquals(0.3896138, ref.erlangCServiceLevel(rate, 180, 11, 20), 5e-8);
    assertEquals(0.7956, ref.erlangCServiceLevel(rate, 180, 13, 20), 5e-5);
    assertEquals(14, ref.staffC(rate, 180));
    assertEquals(14, new ErlangStaffing(null, null, 0.8, 20, null).erlangC(rate, 180));
    // With the package's 85 % occupancy cap as well, still 14 (10 / 14 = 0.71).
    assertEquals(14, new ErlangStaffing(null, null, 0.8, 20, 0.85).erlangC(rate, 180));
  }

  @Test
  void referenceErlangAWithEndlessPatienceIsErlangC() {
    Reference ref = new Reference(null, null, null, 120, null);
    double rate = 50.0 / 3600;
    ReferenceA a = ref.erlangA(rate, 480, 8, 1e12);
    assertEquals(1.0, a.answerRate(), 1e-9);
    assertEquals(ref.erlangCMeanWait(rate, 480, 8), a.meanWaitAnswered(), 1e-6);
    assertEquals(ref.erlangCServiceLevel(rate, 480, 8, 120), a.serviceLevel(120), 1e-8);
    assertEquals(1 - ref.erlangCWait(rate, 480, 8), a.answeredAtOnce(), 1e-9);
  }

  @Test
  void referenceTaggedCallerReproducesTheAbandonmentFlowAndItsIntegrationHasConverged() {
    Reference ref = new Reference(null, null, null, 120, null);
    for (int n : new int[] {1, 5, 12, 150}) {
      double rate = (n == 150 ? 900.0 : 60.0) / 3600;
      ReferenceA a = ref.erlangA(rate, 600, n, 2700);
      String at = String.format(Locale.ROOT, "n = %d", n);
      assertEquals(a.answerRate(), a.servedByTaggedCaller(), 1e-9, at + ": tagged caller against the flow");
      assertEquals(a.answeredAtOnce(), a.serviceLevel(0), 1e-12, at + ": within 0 s only the immediate answers");
      if (n == 5 || n == 12) { // (with n = 1 or 150 forever takes millions of steps)
        // Forever: 40 times the longest mean path to an agent, which no phase-type tail outlives.
        double forever = 40.0 * a.pi().length / (n / 600.0 + 1 / 2700.0);
        assertEquals(a.answerRate(), a.serviceLevel(forever), 1e-9, at + ": within forever every answered call");
      }
      assertEquals(a.serviceLevel(300), a.serviceLevel(300, 0.01), 1e-10, at + ": halving the step changes nothing");
    }
  }

  /** Whether a staffing meets the targets, and by how much it meets them or misses the worst one. */
  record Verdict(boolean met, double margin) {}

  /** Erlang A figures of one staffing, from the reference's own chain. */
  record ReferenceA(double[] pi, int n, double mu, double theta, double answerRate, double answeredAtOnce,
      double meanWaitAnswered, double servedByTaggedCaller) {
    double serviceLevel(double within) {
      return serviceLevel(within, 0.02);
    }

    /** Share of all callers answered within {@code within}; {@code hr} bounds the Runge–Kutta h·r_max. */
    double serviceLevel(double within, double hr) {
      int queued = pi.length - n; // j = 0 .. queued - 1 callers ahead
      if (queued <= 0 || within <= 0) {
        return answeredAtOnce;
      }
      double nmu = n * mu;
      double rMax = nmu + queued * theta;
      int steps = (int) Math.ceil(within * rMax / hr);
      double h = within / steps;
      double[] u = new double[queued];
      double[] k1 = new double[queued];
      double[] k2 = new double[queued];
      double[] k3 = new double[queued];
      double[] k4 = new double[queued];
      double[] tmp = new double[queued];
      for (int s = 0; s < steps; s++) {
        derivative(u, k1);
        for (int j = 0; j < queued; j++) {
          tmp[j] = u[j] + h / 2 * k1[j];
        }
        derivative(tmp, k2);
        for (int j = 0; j < queued; j++) {
          tmp[j] = u[j] + h / 2 * k2[j];
        }
        derivative(tmp, k3);
        for (int j = 0; j < queued; j++) {
          tmp[j] = u[j] + h * k3[j];
        }
        derivative(tmp, k4);
        for (int j = 0; j < queued; j++) {
          u[j] += h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
        }
      }
      double sl = answeredAtOnce;
      for (int j = 0; j < queued; j++) {
        sl += pi[n + j] * u[j];
      }
      return sl;
    }

    /** u_j' = (nμ + jθ)·u_{j−1} − (nμ + (j+1)θ)·u_j with u_{−1} ≡ 1. */
    private void derivative(double[] u, double[] out) {
      double nmu = n * mu;
      for (int j = 0; j < u.length; j++) {
        double ahead = j == 0 ? 1 : u[j - 1];
        out[j] = (nmu + j * theta) * ahead - (nmu + (j + 1) * theta) * u[j];
      }
    }
  }

  /** The reference staffing: exact figures by routes of its own, the smallest n by linear search. */
  record Reference(Double answerRate, Double meanWaitSeconds, Double serviceShare, double within, Double maxOccupancy) {
    private static final int MOST = 10_000;

    int staffC(double rate, double handle) {
      if (rate <= 0) {
        return 0;
      }
      for (int n = 1; n <= MOST; n++) {
        if (checkC(rate, handle, n).met()) {
          return n;
        }
      }
      throw new AssertionError("no Erlang C staffing below " + MOST);
    }

    int staffA(double rate, double handle, double patience) {
      if (rate <= 0) {
        return 0;
      }
      for (int n = 1; n <= MOST; n++) {
        if (checkA(rate, handle, patience, n).met()) {
          return n;
        }
      }
      throw new AssertionError("no Erlang A staffing below " + MOST);
    }

    Verdict checkC(double rate, double handle, int n) {
      double load = rate * handle;
      if (n < 1 || n <= load) {
        return new Verdict(false, Double.POSITIVE_INFINITY); // no steady state: decisively short
      }
      Slack slack = new Slack();
      occupancy(slack, load, n);
      if (meanWaitSeconds != null) {
        slack.add((meanWaitSeconds - erlangCMeanWait(rate, handle, n)) / meanWaitSeconds);
      }
      if (serviceShare != null) {
        slack.add(erlangCServiceLevel(rate, handle, n, within) - serviceShare);
      }
      return slack.verdict();
    }

    Verdict checkA(double rate, double handle, double patience, int n) {
      if (n < 1) {
        return new Verdict(false, Double.POSITIVE_INFINITY);
      }
      Slack slack = new Slack();
      occupancy(slack, rate * handle, n);
      ReferenceA a = erlangA(rate, handle, n, patience);
      if (answerRate != null) {
        slack.add(a.answerRate() - answerRate);
      }
      if (meanWaitSeconds != null) {
        slack.add((meanWaitSeconds - a.meanWaitAnswered()) / meanWaitSeconds);
      }
      if (serviceShare != null) {
        // answered at once <= answered within t <= answered: integrate only when the bounds leave it open.
        if (a.answeredAtOnce() >= serviceShare) {
          slack.add(a.answeredAtOnce() - serviceShare);
        } else if (a.answerRate() < serviceShare) {
          slack.add(a.answerRate() - serviceShare);
        } else {
          slack.add(a.serviceLevel(within) - serviceShare);
        }
      }
      return slack.verdict();
    }

    /** The cap is plain arithmetic, the same expression on both sides: it decides exactly. */
    private void occupancy(Slack slack, double load, int n) {
      if (maxOccupancy != null) {
        slack.add(load / n <= maxOccupancy ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
      }
    }

    /** Erlang C probability of waiting, from log-space Poisson terms. */
    double erlangCWait(double rate, double handle, int n) {
      double a = rate * handle;
      double logA = Math.log(a);
      double logFact = 0;
      double[] logTerms = new double[n + 1];
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          logFact += Math.log(k);
        }
        logTerms[k] = k * logA - logFact;
      }
      logFact += Math.log(n);
      double logWaiting = n * logA - logFact + Math.log(n / (n - a));
      logTerms[n] = logWaiting;
      double peak = Double.NEGATIVE_INFINITY;
      for (double t : logTerms) {
        peak = Math.max(peak, t);
      }
      double sum = 0;
      for (double t : logTerms) {
        sum += Math.exp(t - peak);
      }
      return Math.exp(logWaiting - peak) / sum;
    }

    double erlangCMeanWait(double rate, double handle, int n) {
      return erlangCWait(rate, handle, n) / (n / handle - rate);
    }

    double erlangCServiceLevel(double rate, double handle, int n, double t) {
      return 1 - erlangCWait(rate, handle, n) * Math.exp(-(n / handle - rate) * t);
    }

    /** M/M/n+M by its birth–death chain and the tagged caller's phases. */
    ReferenceA erlangA(double rate, double handle, int n, double patience) {
      double mu = 1 / handle;
      double theta = 1 / patience;
      double cut = 40 * Math.log(10);
      double[] logPi = new double[1024];
      double peak = 0;
      int top = 0;
      for (int k = 1; ; k++) {
        double death = Math.min(k, n) * mu + Math.max(k - n, 0) * theta;
        if (k >= logPi.length) {
          logPi = java.util.Arrays.copyOf(logPi, 2 * logPi.length);
        }
        logPi[k] = logPi[k - 1] + Math.log(rate / death);
        peak = Math.max(peak, logPi[k]);
        top = k;
        if (k > n && death > rate && logPi[k] < peak - cut) {
          break;
        }
      }
      double[] pi = new double[top + 1];
      double total = 0;
      for (int k = 0; k <= top; k++) {
        pi[k] = Math.exp(logPi[k] - peak);
        total += pi[k];
      }
      double queue = 0;
      double atOnce = 0;
      for (int k = 0; k <= top; k++) {
        pi[k] /= total;
        if (k < n) {
          atOnce += pi[k];
        } else {
          queue += (k - n) * pi[k];
        }
      }
      double answered = 1 - theta * queue / rate;
      double nmu = n * mu;
      double served = atOnce;
      double waitServed = 0;
      double sojourns = 0; // Σ_{i ≤ j} 1 / (nμ + (i+1)θ)
      for (int j = 0; n + j <= top; j++) {
        double rj = nmu + (j + 1) * theta;
        sojourns += 1 / rj;
        double servedJ = nmu / rj;
        served += pi[n + j] * servedJ;
        waitServed += pi[n + j] * servedJ * sojourns;
      }
      return new ReferenceA(pi, n, mu, theta, answered, atOnce, waitServed / answered, served);
    }
  }

  /** Slacks of the targets (positive: met); the verdict and its margin. */
  private static final class Slack {
    private double least = Double.POSITIVE_INFINITY;

    void add(double s) {
      least = Math.min(least, s);
    }

    Verdict verdict() {
      return new Verdict(least >= 0, Math.abs(least));
    }
  }

  /**
   * The galloping search finds the same smallest n as counting up one by one, for every threshold
   * of a monotone test (from where it starts to far beyond), with only a logarithmic number of
   * tests: a target met only by 5,000 nurses costs a few dozen Erlang computations, not 5,000.
   */
  @Test
  void theGallopingSearchFindsTheSmallestNurseCountWithFewTests() {
    for (int from = 1; from <= 40; from += 13) {
      for (int threshold = from; threshold <= 5000; threshold = threshold < 200 ? threshold + 1 : threshold * 3 / 2) {
        int t = threshold;
        int[] tests = {0};
        int found = ErlangStaffing.smallest(from, n -> {
          tests[0]++;
          return n >= t;
        });
        assertEquals(threshold, found, "from " + from);
        assertTrue(tests[0] <= 2 * (32 - Integer.numberOfLeadingZeros(threshold - from + 1)) + 2,
            tests[0] + " tests for a requirement " + (threshold - from) + " above the start");
      }
    }
    assertThrows(se.sim1177.analytic.ErlangLimitException.class, () -> ErlangStaffing.smallest(1, n -> false),
        "a target no nurse count meets ends at the Erlang limit");
    // A requirement just below the limit is found: the search never asks past the limit first.
    assertEquals(9_892, ErlangStaffing.smallest(9_000, n -> {
      assertTrue(n <= se.sim1177.analytic.ErlangLimits.MOST_AGENTS, "asked " + n);
      return n >= 9_892;
    }));
    assertEquals(se.sim1177.analytic.ErlangLimits.MOST_AGENTS, ErlangStaffing.smallest(9_000,
        n -> n >= se.sim1177.analytic.ErlangLimits.MOST_AGENTS));
  }

  /** A service level of 99.99 % within 5 minutes on a busy interval: the requirement, fast, and the same as counting one by one. */
  @Test
  void aDemandingServiceLevelIsStaffedAsCountingUpWould() {
    double rate = 600 / 3600.0;
    int n = new ErlangStaffing(null, null, 0.9999, 300, null).erlangC(rate, 600);
    int counted = (int) Math.floor(rate * 600) + 1;
    while (new se.sim1177.analytic.ErlangC(rate, 600, counted).serviceLevel(300) < 0.9999) {
      counted++;
    }
    assertEquals(counted, n);
  }
}
