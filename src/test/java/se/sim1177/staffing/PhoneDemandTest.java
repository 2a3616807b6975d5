package se.sim1177.staffing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/** What the phone is offered per interval of the week, worked out by hand, with a weekday's own shape of the day. */
class PhoneDemandTest {
  private static final double EXACT = 1e-12;

  /** 48 half-hour weights: {@code weight} in half hour {@code k}, 0 elsewhere. */
  private static String oneHalfHour(int k, double weight) {
    List<String> w = new ArrayList<>(Collections.nCopies(48, "0"));
    w.set(k, Double.toString(weight));
    return "[" + String.join(", ", w) + "]";
  }

  private static Scenario scenario(String byWeekday) throws Exception {
    return ScenarioReader.parse(String.join("\n",
        "arrivals:",
        "  calls_per_day: 480",
        "  weekday_factors: [2, 1, 1, 1, 1, 1, 1]",
        "  intraday: " + oneHalfHour(17, 1),
        byWeekday,
        "callers: {patience: {distribution: exponential, mean: 10m}}",
        "handling: {talk_time: {distribution: fixed, value: 5m}, after_call_work: {distribution: fixed, value: 1m}}",
        "staff: {groups: [{name: a, channels: [phone, chat], shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: 3}]}]}",
        "chat: {adoption: 0.25, session_duration: {distribution: fixed, value: 10m}, nurse_time: {distribution: fixed, value: 5m}}",
        ""), "d.yaml", "d", List.of());
  }

  @Test
  void eachWeekdaysCallsFollowItsOwnShape() throws Exception {
    PhoneDemand d = PhoneDemand.of(scenario("  intraday_by_weekday: {mon: " + oneHalfHour(20, 1) + ", sat-sun: " + oneHalfHour(30, 2)
        + "}"));
    assertEquals(1800, d.intervalSeconds(), 0.0);
    double[] calls = d.callsPerInterval();
    // Monday: 480 × 2 calls × 75 % by phone, all at 10:00-10:30.
    assertEquals(720, calls[20], EXACT, "Mon 10:00");
    assertEquals(0, calls[17], 0.0, "Mon 08:30: Monday's shape, not the common one");
    // Tuesday to Friday keep the common shape: 480 × 75 % at 08:30-09:00.
    for (int wd = 1; wd <= 4; wd++) {
      assertEquals(360, calls[wd * 48 + 17], EXACT, "weekday " + wd + " 08:30");
    }
    assertEquals(360, calls[5 * 48 + 30], EXACT, "Sat 15:00");
    assertEquals(360, calls[6 * 48 + 30], EXACT, "Sun 15:00");
    assertEquals(360.0 * 360 / 1800, d.loadErlangs(6 * 48 + 30), EXACT, "Sun 15:00: 360 calls of 6 minutes in half an hour");
  }

  @Test
  void aDayThatKeepsTheCommonShapeIsOfferedTheSameBitForBit() throws Exception {
    double[] without = PhoneDemand.of(scenario("")).callsPerInterval();
    double[] named = PhoneDemand.of(scenario("  intraday_by_weekday: {all: " + oneHalfHour(17, 1) + "}")).callsPerInterval();
    assertArrayEquals(without, named, 0.0);
  }
}
