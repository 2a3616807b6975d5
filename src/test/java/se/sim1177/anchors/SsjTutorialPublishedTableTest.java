package se.sim1177.anchors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.sim1177.TestSeeds;
import se.sim1177.experiment.Power;
import se.sim1177.model.Tally;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * A published anchor: the call centre of SSJ's tutorial (L'Ecuyer, SSJ: Stochastic Simulation in
 * Java, Université de Montréal; {@code src/main/docs/examples/tutorial/CallCenter.java}), against
 * its published output over 10,000 days, {@code CallCenter.txt} as committed to
 * github.com/umontreal-simul/ssj in 69d327e9 (9 September 2018), with α<sub>0</sub> = 10 (the
 * {@code CallCenter.dat} of that commit; the table's 528.7 standard deviation of daily arrivals is
 * √(1,660 + 1,660² / 10)). The later {@code CallCenter.txt} is the 1,000-day table, also at
 * α<sub>0</sub> = 10; the {@code .res} beside it is a 10,000-day table at α<sub>0</sub> = 400 that
 * does not match its own {@code .txt}. Published per day, mean and standard deviation over 10,000
 * days: arrivals 1,661.266 (528.694); waiting time summed over the day's calls and divided by the
 * 1,660 expected calls 12.736 s (29.966); calls lost (abandoned, balkers included) over 1,660
 * 0.037 (0.059).
 *
 * <p>sim1177 runs {@code scenarios/bench/ssj-tutorial.yaml} (α<sub>0</sub> = 10, as the table).
 * Where the models differ and what this test does about it:
 * <ul>
 *   <li>Closing time: the tutorial stops arrivals at 21:00 and lets its last 4 agents answer until
 *       the queue is empty; the scenario's nurses leave at 21:00. Here the 4-nurse layer works on
 *       to 24:00 ({@code --set}), which answers the queue as the tutorial does (after three hours
 *       with a mean patience of 1,000 s nobody is left); the idle hours change none of the figures
 *       compared.
 *   <li>Balking: a caller of zero patience (probability 0.1, only when all agents are busy) is a
 *       lost call of wait 0 in the tutorial and a balk in sim1177: lost = abandoned + balked.
 *   <li>Service level: the tutorial counts every wait below 20 s, abandonments within 20 s and
 *       balkers included; sim1177 does not tally abandonments within 20 s, so that row of the
 *       table is not compared.
 *   <li>Which agent leaves at a period change (the tutorial: whoever finishes first; sim1177: the
 *       nurses of the ending shift, who finish their call): more capacity for a few minutes at
 *       13:00, 16:00 and 18:00; below the noise here (TutorialAgreementTest measures the three
 *       implementations against one another far more precisely).
 *   <li>Every figure is per day over the 1,660 expected calls, as the tutorial's, not over the
 *       calls offered.
 * </ul>
 *
 * <p>The test: for each figure the difference of means must lie within its 99.9 % interval, SE
 * the root of the published SE (standard deviation / √10,000) and ours squared, plus half a unit of
 * the last published digit (the table's rounding, 0.0005 for the share lost). Power: our SE must
 * not exceed the published one, so ours never is the weaker half; then (t + z<sub>0.8</sub>) · SE
 * ≈ 4.2 × √2 × 0.00059 + 0.0005 = 0.0040 of calls lost is found with probability 0.8, which must
 * stay below 0.005 (0.5 points of answer rate).
 *
 * <p><b>The wait.</b> An error that matters on the wait is 2 % (the Erlang tests' standard), or what
 * a 2 % error in the load would make, about 8 % (TutorialAgreementTest measures 3.8 % of the wait
 * per 1 % of load on this line). This table cannot resolve either: its own SE is 0.30 s (2.4 % of
 * 12.7 s), so even an exact simulation would find with power 0.8 only an error of (t + z) × 0.30
 * ≈ 1.24 s, 9.7 %; the limit is the table's, not a choice. With our SE no larger than the table's
 * (asserted), the detectable error is at most (t + z) · √2 · SE<sub>published</sub> + rounding ≈
 * 1.75 s, 13.8 %, and the test asserts that limit, computed from the table; 16,000 days give about
 * 13 % (ours 0.25 s). Running 4 times longer would gain only 2 points (to 10.9 %), so the wait's
 * power to 2 % and 8 % is carried by ErlangAgreementTest and TutorialAgreementTest; what this
 * anchor catches on the wait is a large modelling error (a profile shifted by an hour, a wrong
 * busyness). The default run simulates 16,000 days (so that our SE, itself estimated, stays below
 * the published one), the validation profile 64,000. Seed: {@link TestSeeds}.
 */
@Tag(TestSeeds.TAG)
class SsjTutorialPublishedTableTest {
  private static final double CONFIDENCE = 0.999;
  private static final double EXPECTED_CALLS = 1660;
  private static final int DAYS = 250;
  private static final int PUBLISHED_DAYS = 10_000;
  private static final Anchors.Published ARRIVALS = Anchors.Published.fromStandardDeviation(1661.266, 528.694, PUBLISHED_DAYS);
  private static final Anchors.Published WAIT = Anchors.Published.fromStandardDeviation(12.736, 29.966, PUBLISHED_DAYS);
  private static final Anchors.Published LOST = Anchors.Published.fromStandardDeviation(0.037, 0.059, PUBLISHED_DAYS);

  @Test
  void agreesWithThePublishedTableOver16000Days() throws Exception {
    compare(64);
  }

  @Tag("validation")
  @Test
  void agreesWithThePublishedTableOver64000Days() throws Exception {
    compare(256);
  }

  private static void compare(int replications) throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios", "bench", "ssj-tutorial.yaml"), List.of(
        "simulation.days=" + DAYS, "simulation.replications=" + replications, "staff.groups[0].shifts[0].end=24:00",
        "simulation.seed=" + TestSeeds.seed("SsjTutorialPublishedTableTest", 1660)));
    Power.Estimate[] e = Anchors.perDay(s, replications,
        (r, d) -> r.day(d, Tally.OFFERED),
        (r, d) -> r.day(d, Tally.WAIT_ALL) / EXPECTED_CALLS,
        (r, d) -> (r.day(d, Tally.ABANDONED) + r.day(d, Tally.BALKED)) / EXPECTED_CALLS);
    check("arrivals a day", e[0], ARRIVALS, 0.0005, Double.NaN);
    double t = Power.t(CONFIDENCE, replications);
    check("waiting time per expected call (s)", e[1], WAIT, 0.0005,
        (t + Power.Z_POWER_80) * Math.sqrt(2) * WAIT.standardError() + 0.0005);
    check("share of calls lost", e[2], LOST, 0.0005, 0.005);
  }

  private static void check(String what, Power.Estimate ours, Anchors.Published published, double rounding,
      double detectableLimit) {
    Power.Estimate difference = ours.minus(published.asEstimate(PUBLISHED_DAYS));
    double t = Power.t(CONFIDENCE, difference.n());
    double tolerance = t * difference.standardError() + rounding;
    double detectable = (t + Power.Z_POWER_80) * difference.standardError() + rounding;
    String text = String.format(Locale.ROOT,
        "SSJ tutorial, %s: sim1177 %.5g (SE %.3g), published %.5g (SE %.3g), difference %.4g, tolerance %.4g, "
            + "detectable with power 0.8 %.4g", what, ours.mean(), ours.standardError(), published.mean(),
        published.standardError(), difference.mean(), tolerance, detectable);
    System.out.println(text);
    assertTrue(Math.abs(difference.mean()) <= tolerance, text);
    assertTrue(ours.standardError() <= published.standardError(), "ours the weaker half: " + text);
    if (!Double.isNaN(detectableLimit)) {
      assertTrue(detectable <= detectableLimit, "too weak to catch the error that matters: " + text);
    }
  }
}
