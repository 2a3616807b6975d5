package se.sim1177.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.sim1177.scenario.ScenarioReaderTest.assertOneProblem;
import static se.sim1177.scenario.ScenarioReaderTest.parse;
import static se.sim1177.scenario.ScenarioReaderTest.problems;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code staffing:} section: its keys, defaults, cost windows and every refusal, located. */
class StaffingSectionTest {
  private static final String STAFFING = String.join("\n",
      "staffing:",
      "  method: erlang-a",
      "  scope: interval",
      "  confidence: 0.8",
      "  interval_floor: {answer_rate: 0.6, mean_wait: 20m}",
      "  max_occupancy: 0.85",
      "  templates:",
      "    - {group: karlstad, days: mon-fri, starts: {from: \"06:00\", to: \"08:00\", every: 30m}, lengths: [8h, 9h]}",
      "    - {group: karlstad, days: all, starts: [\"21:00\"], lengths: [10h]}",
      "  seats: {karlstad: 14}",
      "  cost: {hour: 1.0, evening: 1.2, night: 1.4, weekend: 1.5}",
      "");

  private static String with(String staffing) {
    return ScenarioReaderTest.VALID + staffing;
  }

  @Test
  void readsEveryKey() throws ScenarioException {
    Staffing s = parse(with(STAFFING)).staffing();
    assertEquals(Staffing.Method.ERLANG_A, s.method());
    assertEquals(Staffing.Scope.INTERVAL, s.scope());
    assertEquals(0.8, s.confidence());
    assertEquals(0.6, s.intervalFloor().answerRate());
    assertEquals(1200.0, s.intervalFloor().meanWaitSeconds());
    assertEquals(0.85, s.maxOccupancy());
    assertEquals(List.of(360, 390, 420, 450, 480), s.templates().get(0).startMinutes());
    assertEquals(List.of(480, 540), s.templates().get(0).lengthMinutes());
    assertEquals(DaySet.parse("mon-fri"), s.templates().get(0).days());
    assertEquals(List.of(1260), s.templates().get(1).startMinutes());
    assertEquals(Map.of("karlstad", 14), s.seats());
    assertEquals(new StaffingCost(1.0, 1.2, 1.4, 1.5), s.cost());
  }

  @Test
  void leftOutKeysTakeTheirDefaults() throws ScenarioException {
    Staffing s = parse(with("staffing: {templates: [{group: karlstad, starts: [\"07:00\"], lengths: [8h]}]}\n")).staffing();
    assertEquals(Staffing.Method.SIMULATION, s.method());
    assertEquals(Staffing.Scope.PERIOD, s.scope());
    assertEquals(Staffing.DEFAULT_CONFIDENCE, s.confidence());
    assertEquals(Staffing.IntervalFloor.NONE, s.intervalFloor());
    assertNull(s.maxOccupancy());
    assertEquals(DaySet.ALL, s.templates().get(0).days());
    assertEquals(Integer.MAX_VALUE, s.seatsOf("karlstad"));
    assertEquals(StaffingCost.FLAT, s.cost());
    assertNull(parse(ScenarioReaderTest.VALID).staffing(), "no staffing section: run and the others ignore it");
  }

  @Test
  void unsocialHoursCostTheirRates() {
    StaffingCost c = new StaffingCost(1.0, 1.2, 1.4, 1.5);
    int mon = 0;
    int fri = 4 * 1440;
    int sat = 5 * 1440;
    assertEquals(1.0, c.rateAt(mon + 10 * 60), "Monday 10:00");
    assertEquals(1.2, c.rateAt(mon + 20 * 60), "Monday 20:00: evening");
    assertEquals(1.4, c.rateAt(mon + 23 * 60), "Monday 23:00: night");
    assertEquals(1.4, c.rateAt(mon + 1440 + 3 * 60), "Tuesday 03:00: night");
    assertEquals(1.5, c.rateAt(fri + 20 * 60), "Friday 20:00: the weekend has begun");
    assertEquals(1.5, c.rateAt(sat + 12 * 60), "Saturday noon");
    assertEquals(1.5, c.rateAt(mon + 6 * 60), "Monday 06:00: still the weekend's night");
    assertEquals(1.0, c.rateAt(7 * 1440 + mon + 7 * 60), "Monday 07:00, a week later: wraps");
    assertEquals(1.5, c.rateAt(sat + 23 * 60), "a weekend night costs the higher of night and weekend: 1.5");
    assertEquals(2.0, new StaffingCost(1, 1, 2, 1.5).rateAt(sat + 23 * 60), "... and 2 when the night rate is higher");
  }

  @Test
  void aTemplateMustNameAStaffGroup() {
    assertOneProblem(problems(with(STAFFING.replace("{group: karlstad, days: all", "{group: karlstadt, days: all"))),
        "test.yaml:", "staffing.templates[1].group", "karlstadt", "is not a staff group; the groups are karlstad");
  }

  @Test
  void aStartGridThatDoesNotFitIsRefused() {
    assertOneProblem(problems(with(STAFFING.replace("every: 30m", "every: 45m"))), "staffing.templates[0].starts.every",
        "\"45m\" does not fit: from 06:00 in steps of 45m does not reach 08:00");
    assertOneProblem(problems(with(STAFFING.replace("to: \"08:00\"", "to: \"05:00\""))), "staffing.templates[0].starts.to",
        "must be at or after from (06:00)");
    assertOneProblem(problems(with(STAFFING.replace("lengths: [8h, 9h]", "lengths: [8h, 30s]"))), "staffing.templates[0].lengths",
        "is not a whole number of minutes");
    assertOneProblem(problems(with(STAFFING.replace("lengths: [10h]", "lengths: [25h]"))), "staffing.templates[1].lengths[0]",
        "25h", "under 24h");
    assertOneProblem(problems(with(STAFFING.replace("lengths: [10h]", "lengths: [24h]"))), "staffing.templates[1].lengths[0]",
        "24h", "under 24h");
    assertOneProblem(problems(with(STAFFING.replace("starts: [\"21:00\"]", "starts: [\"21:70\"]"))),
        "staffing.templates[1].starts", "\"21:70\" is not a start time");
  }

  @Test
  void seatsBelowTheFixedShiftsOfAGroupWithoutTemplatesAreRefused() {
    // karlstad has templates; a second group without templates keeps its 6 evening nurses.
    String text = ScenarioReaderTest.VALID.replace("targets:", String.join("\n",
        "    - name: home",
        "      workplace: remote",
        "      shifts: [{days: all, start: \"17:00\", end: \"21:00\", nurses: 6}]",
        "targets:")) + STAFFING.replace("seats: {karlstad: 14}", "seats: {karlstad: 14, home: 4}");
    assertOneProblem(problems(text), "staffing.seats.home", "4", "below the 6 nurses its fixed shifts put on duty at once");
  }

  @Test
  void aChatOnlyGroupMayHaveTemplates() throws ScenarioException {
    // The simulation method staffs it from the chat's load; staff refuses the Erlang methods for it (StaffChatCliTest).
    String text = ScenarioReaderTest.VALID.replace("targets:", String.join("\n",
        "    - {name: chatdesk, channels: [chat], shifts: [{days: all, start: \"08:00\", end: \"20:00\", nurses: 2}]}",
        "chat: {adoption: 0.1, session_duration: {distribution: fixed, value: 10m}, nurse_time: {distribution: fixed, value: 5m}}",
        "targets:")) + STAFFING.replace("{group: karlstad, days: all", "{group: chatdesk, days: all");
    assertEquals("chatdesk", parse(text).staffing().templates().get(1).group());
  }

  @Test
  void seatsMustNameAStaffGroup() {
    assertOneProblem(problems(with(STAFFING.replace("seats: {karlstad: 14}", "seats: {karlstad: 14, arvika: 3}"))),
        "staffing.seats.arvika", "names no staff group (arvika)");
  }

  @Test
  void badValuesAreRefusedWithWhatIsAllowed() {
    assertOneProblem(problems(with(STAFFING.replace("method: erlang-a", "method: erlang-b"))), "staffing.method",
        "\"erlang-b\" is not allowed", "erlang-c, erlang-a, simulation");
    assertOneProblem(problems(with(STAFFING.replace("scope: interval", "scope: month"))), "staffing.scope", "period, interval");
    assertOneProblem(problems(with(STAFFING.replace("confidence: 0.8", "confidence: 90"))), "staffing.confidence", "90",
        "at most 0.99");
    assertOneProblem(problems(with(STAFFING.replace("confidence: 0.8", "confidence: 1"))), "staffing.confidence",
        "cannot show a share above 0.99");
    assertOneProblem(problems(with(STAFFING.replace("max_occupancy: 0.85", "max_occupancy: 0"))), "staffing.max_occupancy");
    assertOneProblem(problems(with(STAFFING.replace("night: 1.4", "night: -1"))), "staffing.cost.night", "-1");
    assertOneProblem(problems(with(STAFFING.replace("seats: {karlstad: 14}", "seats: {karlstad: -1}"))), "staffing.seats.karlstad");
    assertOneProblem(problems(with(STAFFING.replace("answer_rate: 0.6,", "answer_rate: 6,"))),
        "staffing.interval_floor.answer_rate", "probability");
    assertOneProblem(problems(with("staffing: {method: erlang-c}\n")), "missing required key 'templates'");
    assertOneProblem(problems(with(STAFFING.replace("  seats:", "  seat:"))), "staffing.seat", "unknown key", "did you mean");
  }

  @Test
  void theMethodOptionTakesTheSetPath() {
    assertOneProblem(problems(with(STAFFING), "staffing.method=exact"), "--set", "staffing.method", "\"exact\" is not allowed");
  }

  @Test
  void pricesInACurrencyAndANightMinimumAreReadAndCheckedAtTheirLines() throws ScenarioException {
    String priced = STAFFING.replace("cost: {hour: 1.0, evening: 1.2, night: 1.4, weekend: 1.5}",
        "cost: {hour: 420, evening: 500, night: 590, weekend: 630, currency: kr}\n"
            + "  minimum: [{days: all, start: \"22:00\", end: \"07:00\", nurses: 2}]");
    Staffing s = parse(with(priced)).staffing();
    assertEquals(new StaffingCost(420, 500, 590, 630, "kr"), s.cost());
    assertEquals("kr", s.cost().unit());
    assertEquals("relative cost", StaffingCost.FLAT.unit());
    assertEquals(List.of(new MinimumStaffing(DaySet.ALL, 22 * 60, 7 * 60, 2)), s.minimum());
    // Monday 23:00 and Tuesday 06:59 are in Monday's night; Tuesday 07:00 is not.
    assertEquals(2, s.minimumAt(23 * 60));
    assertEquals(2, s.minimumAt(1440 + 6 * 60 + 59));
    assertEquals(0, s.minimumAt(1440 + 7 * 60));
    assertEquals(2, s.minimumAt(0), "Sunday's night runs on into Monday morning");
    ScenarioReaderTest.assertOneProblem(ScenarioReaderTest.problems(with(STAFFING.replace("weekend: 1.5}", "weekend: 1500}"))),
        "staffing.cost.weekend", "at most 1000 (1 = an ordinary hour), or a price with cost.currency");
    ScenarioReaderTest.assertOneProblem(ScenarioReaderTest.problems(with(priced.replace("nurses: 2}", "nurses: 0}"))),
        "staffing.minimum[0].nurses", "from 1 to 10000");
    ScenarioReaderTest.assertOneProblem(ScenarioReaderTest.problems(with(priced.replace("end: \"07:00\"", "end: \"22:00\""))),
        "staffing.minimum[0].end", "other than the start");
  }

  @Test
  void aFloorForOneGroupAndBreakRulesAreReadAndCheckedAtTheirLines() throws ScenarioException {
    String text = STAFFING + String.join("\n",
        "  minimum: [{days: all, start: \"22:00\", end: \"07:00\", nurses: 2, group: karlstad}]",
        "  breaks: [{after: 5h, length: 30m, window: 2h}, {after: 9h, length: 45m, window: 3h, paid: true}]", "");
    Staffing s = parse(with(text)).staffing();
    assertEquals(List.of(new MinimumStaffing(DaySet.ALL, 22 * 60, 7 * 60, 2, "karlstad")), s.minimum());
    assertEquals(2, s.minimumAt("karlstad", 23 * 60));
    assertEquals(0, s.minimumAt(23 * 60), "the floor is karlstad's, not all groups'");
    assertEquals(List.of(new BreakRule(300, 30, 120, false), new BreakRule(540, 45, 180, true)), s.breaks());
    assertEquals(-1, s.breakRuleFor(300), "a shift of exactly 5h is not longer than after");
    assertEquals(0, s.breakRuleFor(480));
    assertEquals(1, s.breakRuleFor(600), "the rule with the largest after the shift exceeds");

    assertOneProblem(problems(with(text.replace("group: karlstad}", "group: karlsatd}"))), "staffing.minimum[0].group",
        "\"karlsatd\"", "is not a staff group");
    assertOneProblem(problems(with(text.replace("window: 2h}", "window: 20m}"))), "staffing.breaks[0].window", "20m",
        "at least the break's length (30m)");
    assertOneProblem(problems(with(text.replace("length: 30m, window", "length: 30.5m, window"))), "staffing.breaks[0].length",
        "whole number of minutes");
    // A group without templates keeps its shifts: a floor they do not hold is refused, not searched for.
    String fixed = text.replace("group: karlstad, days: mon-fri", "group: other, days: mon-fri")
        .replace("group: karlstad, days: all", "group: other, days: all").replace("seats: {karlstad: 14}", "seats: {}");
    List<String> p = problems(with(fixed).replace("targets:", String.join("\n", "    - name: other", "      shifts: []", "targets:")));
    assertOneProblem(p, "staffing.minimum[0].nurses", "is more than the 0 nurses the fixed shifts of karlstad have on the line");
  }
}
