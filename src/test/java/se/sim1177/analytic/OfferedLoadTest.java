package se.sim1177.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioReader;

/** Offered load and nurses on duty per hour of the week, against values worked out by hand. */
class OfferedLoadTest {
  private static final double EXACT = 1e-9;

  private static Scenario scenario(String staff, String extra) throws ScenarioException {
    String yaml = """
        arrivals: {calls_per_day: 240}
        callers: {patience: {distribution: exponential, mean: 10m}}
        handling: {talk_time: {distribution: fixed, value: 5m}, after_call_work: {distribution: fixed, value: 1m}}
        staff:
          groups:
        """ + staff + extra;
    return ScenarioReader.parse(yaml, "test.yaml", "test", List.of());
  }

  @Test
  void flatLoadAgainstARoundTheClockRoster() throws Exception {
    // 240 calls a day = 10 an hour, 6 minutes each: 1 erlang in every hour; 2 nurses, 10 % absent.
    OfferedLoad load = OfferedLoad.of(scenario("""
            - {name: a, absence: 0.1, shifts: [{days: all, start: "00:00", end: "24:00", nurses: 2}]}
        """, ""));
    for (int h = 0; h < OfferedLoad.HOURS; h++) {
      assertEquals(1.0, load.offeredErlangs()[h], EXACT, "hour " + h);
      assertEquals(1.8, load.nursesOnDuty()[h], EXACT, "hour " + h);
    }
    assertEquals(168.0, load.offeredHoursPerWeek(), EXACT);
    assertEquals(1.0 / 1.8, load.weeklyLoadRatio(), EXACT);
    assertFalse(load.overloaded());
    assertEquals(0, load.hoursOverloaded());
  }

  @Test
  void exactlyFullLoadIsCriticalNotOverloaded() throws Exception {
    OfferedLoad load = OfferedLoad.of(scenario("""
            - {name: a, shifts: [{days: all, start: "00:00", end: "24:00", nurses: 1}]}
        """, ""));
    assertEquals(1.0, load.weeklyLoadRatio(), EXACT);
    assertFalse(load.overloaded(), "an Erlang A check at full load is not flagged");
    assertEquals(0, load.hoursOverloaded());
  }

  @Test
  void nightShiftsWrapPastMidnightAndSundayIntoMonday() throws Exception {
    OfferedLoad load = OfferedLoad.of(scenario("""
            - {name: a, shifts: [{days: sun, start: "22:00", end: "06:00", nurses: 1}, {days: mon, start: "07:30", end: "08:00", nurses: 4}]}
        """, ""));
    double[] n = load.nursesOnDuty();
    assertEquals(1.0, n[6 * 24 + 22], EXACT, "Sun 22-23");
    assertEquals(1.0, n[6 * 24 + 23], EXACT, "Sun 23-24");
    assertEquals(1.0, n[0], EXACT, "Mon 00-01, the Sunday night shift");
    assertEquals(1.0, n[5], EXACT, "Mon 05-06");
    assertEquals(0.0, n[6], EXACT, "Mon 06-07");
    assertEquals(2.0, n[7], EXACT, "Mon 07-08: 4 nurses for half the hour");
    assertEquals(8 + 2, load.nurseHoursPerWeek(), EXACT);
    assertTrue(load.overloaded(), "168 erlang-hours of work for 10 nurse-hours");
    assertEquals(168 - 9, load.hoursOverloaded(), "every hour with more than one erlang per nurse on duty: all but Sun 22 - Mon 06 and Mon 07-08");
    assertTrue(load.worstHourText().contains("no phone nurse on duty"), load.worstHourText());
  }

  @Test
  void chatAdoptionAndWeekdayFactorsAndIntradayShapeTheLoad() throws Exception {
    Scenario s = ScenarioReader.parse("""
        arrivals: {calls_per_day: 240, weekday_factors: [2, 1, 1, 1, 1, 1, 1], intraday: [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}
        callers: {patience: {distribution: exponential, mean: 10m}}
        handling: {talk_time: {distribution: fixed, value: 5m}, after_call_work: {distribution: fixed, value: 1m}}
        staff:
          groups:
            - {name: a, handle_time_factor: 2.0, channels: [phone, chat], shifts: [{days: all, start: "00:00", end: "24:00", nurses: 3}]}
        chat: {adoption: 0.25, session_duration: {distribution: fixed, value: 10m}, nurse_time: {distribution: fixed, value: 5m}}
        """, "t.yaml", "t", List.of());
    OfferedLoad load = OfferedLoad.of(s);
    // Monday 01-02: 480 calls x 75 % by phone, each 5 min x 2 + 1 min = 11 min: 66 erlangs.
    assertEquals(480 * 0.75 * 11 / 60, load.offeredErlangs()[1], EXACT);
    assertEquals(240 * 0.75 * 11 / 60, load.offeredErlangs()[24 + 1], EXACT);
    assertEquals(0.0, load.offeredErlangs()[2], EXACT);
    assertEquals("Mon 01:00-02:00", OfferedLoad.hourName(load.worstHour()));
    // Chat work over the week: 240 x (2 + 6 x 1) first contacts, a quarter by chat, 5 min each.
    assertEquals(1920 * 0.25 * 5 / 60, load.chatWorkHoursPerWeek(), EXACT);
    double phoneWork = load.offeredHoursPerWeek();
    assertEquals((phoneWork + 40) / (3 * 168), load.weeklyLoadRatio(), EXACT, "calls and chats against every nurse-hour");
  }

  @Test
  void eachWeekdaysLoadFollowsItsOwnShape() throws Exception {
    String common = "[0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]";
    String weekend = "[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]";
    OfferedLoad load = OfferedLoad.of(ScenarioReader.parse("""
        arrivals:
          calls_per_day: 240
          intraday: %s
          intraday_by_weekday: {sat-sun: %s}
        callers: {patience: {distribution: exponential, mean: 10m}}
        handling: {talk_time: {distribution: fixed, value: 5m}, after_call_work: {distribution: fixed, value: 1m}}
        staff: {groups: [{name: a, shifts: [{days: all, start: "00:00", end: "24:00", nurses: 3}]}]}
        """.formatted(common, weekend), "t.yaml", "t", List.of()));
    double[] e = load.offeredErlangs();
    // Friday 01-02: all 240 calls, 6 minutes each: 24 erlangs.
    assertEquals(24.0, e[4 * 24 + 1], EXACT, "Fri 01-02");
    assertEquals(0.0, e[4 * 24 + 10], EXACT, "Fri 10-11");
    // Saturday: half the calls in 10-11 and half in 11-12, none at 01.
    assertEquals(12.0, e[5 * 24 + 10], EXACT, "Sat 10-11");
    assertEquals(12.0, e[6 * 24 + 11], EXACT, "Sun 11-12");
    assertEquals(0.0, e[5 * 24 + 1], EXACT, "Sat 01-02");
    assertEquals(7 * 24.0, load.offeredHoursPerWeek(), EXACT, "the week's work does not depend on the shapes");
  }
}
