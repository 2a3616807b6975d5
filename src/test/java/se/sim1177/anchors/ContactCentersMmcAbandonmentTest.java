package se.sim1177.anchors;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.sim1177.TestSeeds;
import se.sim1177.experiment.Power;
import se.sim1177.model.Tally;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * A published anchor: the M/M/c queue with abandonment of the ContactCenters library's examples
 * (Buist and L'Ecuyer, "ContactCenters: a Java library for simulating contact centers",
 * Université de Montréal; example {@code MMCAb} extending {@code MMC}, results published in
 * {@code doc/examples/MMCAb.res} of github.com/umontreal-simul/contactcenters). λ = 4.2 calls a
 * minute, μ = 0.5 a minute, 12 agents, exponential patience of mean 1 minute, arrivals for 8 hours
 * from an empty centre, after which the queue is left to empty (the simulation runs until no
 * event is left); 1,000 independent days. Published: 58.609 abandonments a day, standard
 * deviation 15.295, 95 % interval (57.660, 59.558); 1,906.008 contacts served within 20 s a day,
 * standard deviation 35.828, 95 % interval (1,903.785, 1,908.231).
 *
 * <p>The same centre in sim1177: 2,016 calls a day (4.2 × 480) spread evenly over 00:00–08:00 and
 * none after, 12 nurses on duty round the clock, so each day's line drains within minutes of
 * 08:00 and the next day starts empty, like each of ContactCenters' days; no warm-up. An attempt
 * counts in the day it arrived, so a day's abandonments include those after 08:00, as
 * ContactCenters counts every abandonment until its event list is empty.
 *
 * <p>The test: the difference between sim1177's mean and the published mean must lie within its
 * 99.9 % interval, SE the root of the two squared SEs (the published SE recovered from its
 * interval: half-width / t<sub>0.975, 999</sub>). Power: the published SE alone is 0.484 a day,
 * ours about 15.3 / √10,000 = 0.153, so (t + z<sub>0.8</sub>) · SE ≈ (3.56 + 0.84) × 0.51 ≈
 * 2.2 abandonments a day is found with probability 0.8: 0.11 percentage points of the 2,016 calls.
 * The test requires that to stay below 0.5 percentage points of the calls (10.1 a day), the error
 * in answer rate that matters, and the same for calls answered within 20 s. The calls offered a
 * day are checked first against their exact mean, 2,016 (SE about √2,016 / √10,000 = 0.45).
 */
@Tag(TestSeeds.TAG)
class ContactCentersMmcAbandonmentTest {
  private static final int REPLICATIONS = 40;
  private static final int DAYS = 250;
  private static final double CONFIDENCE = 0.999;
  private static final double CALLS_PER_DAY = 4.2 * 480;
  private static final double T_975_999 = 1.962341;
  private static final Aggregate ABANDONED = new Aggregate(58.609, 57.660, 59.558);
  private static final Aggregate WITHIN_20S = new Aggregate(1906.008, 1903.785, 1908.231);

  private record Aggregate(double mean, double low, double high) {
    Power.Estimate estimate() {
      return Anchors.Published.fromInterval(mean, low, high, T_975_999).asEstimate(1000);
    }
  }

  static final String SCENARIO = String.join("\n",
      "name: ContactCenters MMCAb",
      "simulation: {days: " + DAYS + ", warmup_days: 0, replications: " + REPLICATIONS + ", seed: "
          + TestSeeds.seed("ContactCentersMmcAbandonmentTest", 4200) + "}",
      "arrivals:",
      "  calls_per_day: " + CALLS_PER_DAY,
      "  intraday: [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]",
      "callers: {patience: {distribution: exponential, mean: 1m}}",
      "handling: {talk_time: {distribution: exponential, mean: 2m}}",
      "staff:",
      "  groups:",
      "    - {name: agents, shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: 12}]}",
      "targets: {service_level: {within: 20s, share: 0.8}}",
      "");

  @Test
  void abandonmentsAndAnswersWithinTwentySecondsAgreeWithThePublishedTable() throws Exception {
    Scenario s = ScenarioReader.parse(SCENARIO, "mmcab.yaml", "mmcab", List.of());
    Power.Estimate[] e = Anchors.perDay(s, REPLICATIONS, (r, d) -> r.day(d, Tally.ABANDONED),
        (r, d) -> r.day(d, Tally.ANSWERED_WITHIN), (r, d) -> r.day(d, Tally.OFFERED));
    Power.Estimate abandoned = e[0];
    Power.Estimate within = e[1];
    Power.Estimate offered = e[2];
    // The comparison is only of the same centre if the same calls arrive: 2,016 a day, exactly (Poisson).
    Power.assertAgrees("calls offered a day", offered, CALLS_PER_DAY, CONFIDENCE, 0.005 * CALLS_PER_DAY);
    Power.assertAgrees("abandonments a day, sim1177 − ContactCenters", abandoned.minus(ABANDONED.estimate()), 0,
        CONFIDENCE, 0.005 * CALLS_PER_DAY);
    Power.assertAgrees("answered within 20 s a day, sim1177 − ContactCenters", within.minus(WITHIN_20S.estimate()), 0,
        CONFIDENCE, 0.005 * CALLS_PER_DAY);
  }
}
