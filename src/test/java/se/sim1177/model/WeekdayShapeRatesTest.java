package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * The arrival rates a model compiles from {@code arrivals.intraday_by_weekday}, exactly: each
 * weekday's rates from its own shape, a day that keeps the common shape bit for bit as without the
 * key, and 1177 direkt's contacts shaped like the phone's weekday by weekday unless
 * {@code chat.intraday} gives the chat a shape of its own.
 */
class WeekdayShapeRatesTest {
  /** 2,400 calls a day; weekday factors make Saturday's 1,200. */
  private static final String FACTORS = "[1, 1, 1, 1, 1, 0.5, 1]";

  /** 24 weights, {@code weight} in hour {@code hour} and 0 elsewhere. */
  private static String oneHour(int hour, double weight) {
    List<String> w = new ArrayList<>(Collections.nCopies(24, "0"));
    w.set(hour, Double.toString(weight));
    return "[" + String.join(", ", w) + "]";
  }

  private static Scenario scenario(String arrivalsExtra, String chat) throws Exception {
    return ScenarioReader.parse(String.join("\n",
        "arrivals:",
        "  calls_per_day: 2400",
        "  weekday_factors: " + FACTORS,
        "  intraday: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]",
        arrivalsExtra,
        "callers: {patience: {distribution: exponential, mean: 10m}}",
        "handling: {talk_time: {distribution: fixed, value: 5m}}",
        "staff: {groups: [{name: a, " + (chat.isEmpty() ? "" : "channels: [phone, chat], ")
            + "shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: 6}]}]}",
        chat,
        ""), "rates.yaml", "rates", List.of());
  }

  @Test
  void aNamedDaysRatesComeFromItsOwnShape() throws Exception {
    CallCentreModel m = new CallCentreModel(scenario("  intraday_by_weekday: {sat-sun: " + oneHour(10, 3) + "}", ""));
    double[] rates = m.arrivals.weekRates();
    // Saturday: 2,400 × 0.5 = 1,200 calls, all between 10:00 and 11:00.
    assertEquals(1200.0 / 3600, rates[5 * 24 + 10], 1e-15, "Sat 10-11");
    assertEquals(0.0, rates[5 * 24 + 9], 0.0, "Sat 09-10");
    assertEquals(2400.0 / 3600, rates[6 * 24 + 10], 1e-15, "Sun 10-11");
    // Friday keeps the common shape: hour 10 has weight 11 of Σ 300.
    assertEquals(2400.0 * 11 / 300 / 3600, rates[4 * 24 + 10], 1e-15, "Fri 10-11");
  }

  @Test
  void aDayThatKeepsTheCommonShapeHasTheSameRatesBitForBit() throws Exception {
    double[] without = new CallCentreModel(scenario("", "")).arrivals.weekRates();
    double[] with = new CallCentreModel(scenario("  intraday_by_weekday: {sat: " + oneHour(3, 1) + "}", "")).arrivals.weekRates();
    double[] sameShape = new CallCentreModel(scenario("  intraday_by_weekday: {all: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,"
        + " 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]}", "")).arrivals.weekRates();
    assertArrayEquals(without, sameShape, 0.0, "every day named, with the common shape's weights");
    for (int cell = 0; cell < 7 * 24; cell++) {
      if (cell / 24 != 5) {
        assertEquals(without[cell], with[cell], 0.0, "cell " + cell + " away from Saturday");
      }
    }
  }

  @Test
  void theChatFollowsThePhonesWeekdayShapesUnlessItHasItsOwn() throws Exception {
    String chat = "chat: {adoption: 0.25, session_duration: {distribution: fixed, value: 10m},"
        + " nurse_time: {distribution: fixed, value: 5m}}";
    CallCentreModel m = new CallCentreModel(scenario("  intraday_by_weekday: {sat-sun: " + oneHour(10, 3) + "}", chat));
    double[] phone = m.arrivals.weekRates();
    double[] chats = m.chat.weekRates;
    assertEquals(24, m.chat.intervalsPerDay);
    for (int cell = 0; cell < 7 * 24; cell++) {
      // Chats start at adoption × the rate of first contacts, shaped as the phone's day by day (no induced demand).
      assertEquals(0.25 * phone[cell], chats[cell], 1e-15, "cell " + cell);
    }
    assertEquals(0.0, chats[5 * 24 + 9], 0.0, "Sat 09-10: the weekend's shape");

    String ownShape = chat.replace("adoption: 0.25,", "adoption: 0.25, intraday: " + oneHour(20, 1) + ",");
    CallCentreModel own = new CallCentreModel(scenario("  intraday_by_weekday: {sat-sun: " + oneHour(10, 3) + "}", ownShape));
    assertEquals(0.25 * 1200 / 3600, own.chat.weekRates[5 * 24 + 20], 1e-15, "Sat 20-21: chat.intraday on every day");
    assertEquals(0.0, own.chat.weekRates[5 * 24 + 10], 0.0, "Sat 10-11");
    assertEquals(0.25 * 2400 / 3600, own.chat.weekRates[20], 1e-15, "Mon 20-21");
  }
}
