package se.sim1177.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.sim1177.experiment.Metrics;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.scenario.Staffing;

/**
 * The search's early stop decides what running every replication would have decided. Each case is
 * a set of simulated periods, each meeting the targets or not, an order to simulate them in, a
 * confidence, and an interval floor (asked or not, held over the whole set or not): the rule sees
 * the periods in that order as the experiment runner shows them ({@link
 * se.sim1177.experiment.StoppingGate}: at least two, then until it decides), and {@link
 * SearchMargin#meets} on what it saw must equal the acceptance rule on every period, written out
 * here as it read before the early stop existed: share ≥ min(1, c + 1.645·√(c(1−c)(1/n + 1/200)))
 * − 1e-12, and no interval below the floor. A stopped simulation's interval figures are over the
 * periods it ran, so the verdict is asked with the floor held and with it broken there: it must not
 * depend on them.
 */
class MarginCurtailmentProperties {
  private static final Scenario VARMLAND = read();
  private static final PeriodTargets TARGETS = PeriodTargets.of(VARMLAND);
  private static final Staffing.IntervalFloor FLOOR = new Staffing.IntervalFloor(0.6, null);
  /** Interval answer rates on either side of the floor's 0.6. */
  private static final double[] FLOOR_HELD = {0.9, 0.7};
  private static final double[] FLOOR_BROKEN = {0.9, 0.5};

  private static Scenario read() {
    try {
      return ScenarioReader.read(Path.of("scenarios", "08-varmland-staffing.yaml"), List.of());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** One search simulation's periods, the order they are simulated in, and what is asked of them. */
  record Case(double confidence, boolean floorAsked, boolean floorHeld, boolean[] met, int[] order) {
    @Override
    public String toString() {
      int n = 0;
      for (boolean m : met) {
        n += m ? 1 : 0;
      }
      String first = java.util.Arrays.toString(java.util.Arrays.copyOf(order, Math.min(order.length, 12)));
      return String.format(java.util.Locale.ROOT, "confidence %.3f, floor %s, %d of %d periods met, order %s", confidence,
          floorAsked ? (floorHeld ? "held" : "broken") : "not asked", n, met.length,
          order.length > 12 ? first.replace("]", ", ...]") : first);
    }
  }

  @Property(tries = 3000)
  void aStoppedSimulationDecidesAsEveryReplicationWould(@ForAll("cases") Case c) {
    Staffing staffing = staffing(c.confidence(), c.floorAsked());
    int n = c.met().length;
    int metInAll = 0;
    for (boolean m : c.met()) {
      metInAll += m ? 1 : 0;
    }
    boolean before = (double) metInAll / n >= Math.min(1, c.confidence() + 1.645 * Math.sqrt(c.confidence()
        * (1 - c.confidence()) * (1.0 / n + 1.0 / 200))) - 1e-12 && (!c.floorAsked() || c.floorHeld());
    RosterEvaluation all = evaluation(metInAll, n, n, c.floorHeld() ? FLOOR_HELD : FLOOR_BROKEN);
    assertEquals(before, SearchMargin.meets(all, staffing), "every replication, " + c);

    MarginCurtailment rule = new MarginCurtailment(TARGETS, staffing, n);
    int seen = 0;
    int metSeen = 0;
    boolean decided = false;
    while (seen < n && !(decided && seen >= 2)) {
      int r = c.order()[seen++];
      metSeen += c.met()[r] ? 1 : 0;
      decided = decided || rule.decidedAfter(r, summary(c.met()[r]));
    }
    if (seen < n) {
      for (double[] intervals : List.of(FLOOR_HELD, FLOOR_BROKEN)) {
        assertEquals(before, SearchMargin.meets(evaluation(metSeen, seen, n, intervals), staffing),
            "stopped after " + seen + " periods (" + metSeen + " met), " + c);
      }
    }
  }

  /**
   * The bundled example's numbers: 90 % confidence at 100 replications asks a share of 0.96 + a
   * hair (0.9 + 1.645·√(0.09 · 0.015) = 0.9604), so 97 periods; the fourth miss ends a simulation,
   * and without an interval floor so does the 97th period met.
   */
  @Example
  void ninetyPercentOfAHundredNeedsNinetySevenPeriods() {
    assertEquals(97, SearchMargin.periodsNeeded(0.9, 100));
    assertEquals(4, stopsAfter(staffing(0.9, true), 100, false), "the fourth miss settles it");
    assertEquals(97, stopsAfter(staffing(0.9, false), 100, true), "97 met settle it without a floor");
    assertEquals(-1, stopsAfter(staffing(0.9, true), 100, true), "with a floor a roster that meets runs every replication");
  }

  /** After how many periods, all met or all missed, the rule stops; -1 when it never does. */
  private static int stopsAfter(Staffing staffing, int n, boolean met) {
    MarginCurtailment rule = new MarginCurtailment(TARGETS, staffing, n);
    for (int r = 0; r < n; r++) {
      if (rule.decidedAfter(r, summary(met))) {
        return r + 1;
      }
    }
    return -1;
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Double> confidence = Arbitraries.oneOf(Arbitraries.of(0.5, 0.8, 0.9, 0.95, 0.99),
        Arbitraries.doubles().between(0.05, 0.99));
    // Few periods as well as the search's 100 and the check's 400, and miss rates around each
    // confidence's boundary as well as far from it.
    Arbitrary<Integer> periods = Arbitraries.oneOf(Arbitraries.integers().between(2, 30), Arbitraries.of(100, 400),
        Arbitraries.integers().between(2, 400));
    Arbitrary<Double> missRate = Arbitraries.doubles().between(0, 0.6);
    return Combinators.combine(confidence, periods, missRate, Arbitraries.longs(), Arbitraries.of(true, false),
        Arbitraries.of(true, false), Arbitraries.of(true, false)).as((c, n, miss, seed, floorAsked, floorHeld, shuffled) -> {
          Random random = new Random(seed);
          boolean[] met = new boolean[n];
          for (int r = 0; r < n; r++) {
            met[r] = random.nextDouble() >= miss;
          }
          List<Integer> order = new ArrayList<>();
          for (int r = 0; r < n; r++) {
            order.add(r);
          }
          if (shuffled) {
            Collections.shuffle(order, random);
          }
          return new Case(c, floorAsked, floorHeld, met, order.stream().mapToInt(Integer::intValue).toArray());
        });
  }

  private static Staffing staffing(double confidence, boolean floorAsked) {
    Staffing s = VARMLAND.staffing();
    return new Staffing(s.method(), s.scope(), confidence, floorAsked ? FLOOR : Staffing.IntervalFloor.NONE,
        s.maxOccupancy(), s.templates(), s.seats(), s.cost(), s.minimum());
  }

  /** A period's summary figures that meet 08's targets (85 % answered, 10 minutes' mean wait) or miss the answer rate. */
  private static double[] summary(boolean met) {
    double[] s = new double[Metrics.SUMMARY.size()];
    s[Metrics.SUMMARY.indexOf(Metrics.ANSWER_RATE)] = met ? 0.9 : 0.8;
    s[Metrics.SUMMARY.indexOf(Metrics.MEAN_WAIT_ANSWERED)] = 120;
    return s;
  }

  private static RosterEvaluation evaluation(int periodsMet, int replications, int asked, double[] intervalAnswerRate) {
    double[] waits = new double[intervalAnswerRate.length];
    return new RosterEvaluation(Double.NaN, Double.NaN, Double.NaN, Double.NaN, periodsMet, intervalAnswerRate.clone(), waits,
        waits.clone(), waits.clone(), waits.clone(), replications, asked, 1, 0, 0, 0);
  }
}
