package se.sim1177.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.sim1177.scenario.ScenarioReaderTest.parse;
import static se.sim1177.scenario.ScenarioReaderTest.problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code arrivals.intraday_by_weekday}: a weekday's own shape of the day, keyed by day sets as a
 * shift's {@code days}; read, handed to every day it names and to no other, and refused with the
 * file, the line, the key, the value as written and what is allowed.
 */
class IntradayByWeekdayTest {
  /** A weekday's shape: 24 hourly weights, a morning peak. */
  private static final List<Double> WEEKDAY = hours(1, 1, 1, 1, 1, 1, 2, 4, 8, 9, 9, 8, 7, 7, 7, 6, 6, 6, 5, 5, 4, 3, 2, 1);
  /** A weekend's shape: later and flatter. */
  private static final List<Double> WEEKEND = hours(1, 1, 1, 1, 1, 1, 1, 2, 4, 6, 7, 7, 7, 7, 6, 6, 6, 6, 6, 5, 4, 3, 2, 1);

  private static List<Double> hours(double... w) {
    List<Double> out = new ArrayList<>();
    for (double v : w) {
      out.add(v);
    }
    return out;
  }

  private static String list(List<Double> weights) {
    List<String> parts = new ArrayList<>();
    for (double w : weights) {
      parts.add(FieldChecks.formatNumber(w));
    }
    return "[" + String.join(", ", parts) + "]";
  }

  /** A scenario whose arrivals section is {@code arrivals} (lines indented under {@code arrivals:}); arrivals is line 2. */
  private static String scenario(String... arrivals) {
    List<String> lines = new ArrayList<>(List.of("name: shapes", "arrivals:", "  calls_per_day: 900"));
    for (String a : arrivals) {
      lines.add("  " + a);
    }
    lines.addAll(List.of(
        "callers: {patience: {distribution: exponential, mean: 10m}}",
        "handling: {talk_time: {distribution: fixed, value: 5m}}",
        "staff: {groups: [{name: a, shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: 6}]}]}",
        ""));
    return String.join("\n", lines);
  }

  @Test
  void aNamedWeekdayHasItsOwnShapeAndEveryOtherDayTheCommonOne() throws ScenarioException {
    Arrivals a = parse(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat-sun: " + list(WEEKEND))).arrivals();
    assertEquals(WEEKDAY, a.intraday(), "intraday() is still the common shape");
    for (Weekday d : Weekday.values()) {
      List<Double> expected = d == Weekday.SAT || d == Weekday.SUN ? WEEKEND : WEEKDAY;
      assertEquals(expected, a.intradayFor(d), d.key());
      assertEquals(expected, a.intradayByDay().get(d.ordinal()), d.key());
    }
    assertEquals(List.of(new Arrivals.DayShape("sat-sun", DaySet.parse("sat-sun"), WEEKEND)), a.intradayByWeekday());
    assertEquals(24, a.intervalsPerDay());
  }

  @Test
  void withoutTheKeyEveryDayHasTheCommonShape() throws ScenarioException {
    Arrivals a = parse(scenario("intraday: " + list(WEEKDAY))).arrivals();
    assertEquals(List.of(), a.intradayByWeekday());
    assertEquals(Collections.nCopies(7, WEEKDAY), a.intradayByDay());
    assertEquals(new Arrivals(900, Arrivals.DEFAULT_WEEKDAY_FACTORS, WEEKDAY, 0), a, "the four-value constructor");
  }

  @Test
  void keysAreDaySetsWrittenAsShiftsWriteThem() throws ScenarioException {
    Arrivals a = parse(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  \"sat,sun\": " + list(WEEKEND),
        "  Mon: " + list(WEEKEND), "  tue-wed: " + list(WEEKEND))).arrivals();
    for (Weekday d : Weekday.values()) {
      assertEquals(d == Weekday.THU || d == Weekday.FRI ? WEEKDAY : WEEKEND, a.intradayFor(d), d.key());
    }
    Arrivals all = parse(scenario("intraday_by_weekday: {all: " + list(WEEKEND) + "}")).arrivals();
    assertEquals(Collections.nCopies(7, WEEKEND), all.intradayByDay());
  }

  @Test
  void twoShapesForTheSameDaysAreEqualHoweverTheDaysAreWritten() throws ScenarioException {
    Arrivals dash = parse(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday: {sat-sun: " + list(WEEKEND) + "}")).arrivals();
    Arrivals comma = parse(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday: {\"sun,sat\": " + list(WEEKEND) + "}"))
        .arrivals();
    assertEquals(dash, comma, "compare treats the two as the same callers");
    Arrivals other = parse(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday: {sat: " + list(WEEKEND) + "}")).arrivals();
    assertNotEquals(dash, other);
  }

  @Test
  void withIntradayLeftOutTheUnnamedDaysAreFlatWithTheListsIntervals() throws ScenarioException {
    List<Double> halfHours = new ArrayList<>();
    for (double w : WEEKEND) {
      halfHours.add(w);
      halfHours.add(w);
    }
    Arrivals a = parse(scenario("intraday_by_weekday: {sat-sun: " + list(halfHours) + "}")).arrivals();
    assertEquals(48, a.intervalsPerDay());
    assertEquals(Arrivals.flatIntraday(48), a.intraday());
    assertEquals(Arrivals.flatIntraday(48), a.intradayFor(Weekday.MON));
    assertEquals(halfHours, a.intradayFor(Weekday.SUN));
  }

  @Test
  void aKeyWrittenEmptyIsLeftOutAsSetLeavesAKeyOut() throws ScenarioException {
    String text = scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat-sun: " + list(WEEKEND));
    assertEquals(List.of(), parse(text, "arrivals.intraday_by_weekday.sat-sun=").arrivals().intradayByWeekday());
    assertEquals(List.of(), parse(text, "arrivals.intraday_by_weekday=").arrivals().intradayByWeekday());
    assertEquals(List.of(), parse(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat-sun:")).arrivals()
        .intradayByWeekday());
  }

  @Test
  void setAddsOrReplacesAShape() throws ScenarioException {
    Arrivals a = parse(scenario("intraday: " + list(WEEKDAY)), "arrivals.intraday_by_weekday.fri=" + list(WEEKEND)).arrivals();
    assertEquals(WEEKEND, a.intradayFor(Weekday.FRI));
    assertEquals(WEEKDAY, a.intradayFor(Weekday.SAT));
    Arrivals b = parse(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday: {sat-sun: " + list(WEEKEND) + "}"),
        "arrivals.intraday_by_weekday.sat-sun[7]=20").arrivals();
    assertEquals(20, b.intradayFor(Weekday.SAT).get(7), 0.0);
  }

  @Test
  void aWeekdayNamedInTwoKeysIsRefusedNamingBoth() {
    List<String> p = problems(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat-sun: " + list(WEEKEND),
        "  fri-sun: " + list(WEEKEND)));
    assertEquals(List.of("test.yaml:7: arrivals.intraday_by_weekday.fri-sun: sat, sun are named already by 'sat-sun';"
        + " a weekday may be named in one key only"), p);
    List<String> one = problems(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat: " + list(WEEKEND),
        "  sun: " + list(WEEKEND), "  all: " + list(WEEKEND)));
    assertEquals(List.of("test.yaml:8: arrivals.intraday_by_weekday.all: sat, sun are named already by 'sat' and 'sun';"
        + " a weekday may be named in one key only"), one);
  }

  @Test
  void aListOfTheWrongLengthIsRefusedWithTheLengthItMustHave() {
    List<Double> short23 = WEEKEND.subList(0, 23);
    assertEquals(List.of("test.yaml:6: arrivals.intraday_by_weekday.sat-sun: 23 values must be 24, 48 or 96 weights"
        + " (hours, half hours or quarters)"),
        problems(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat-sun: " + list(short23))));
    List<Double> halfHours = new ArrayList<>(WEEKEND);
    halfHours.addAll(WEEKEND);
    assertEquals(List.of("test.yaml:6: arrivals.intraday_by_weekday.sat-sun: 48 values must be 24 weights, as many as intraday"),
        problems(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat-sun: " + list(halfHours))));
    assertEquals(List.of("test.yaml:6: arrivals.intraday_by_weekday.sun: 48 values must be 24 weights, as many as"
        + " intraday_by_weekday.sat (with intraday left out, every list has the same number)"),
        problems(scenario("intraday_by_weekday:", "  sat: " + list(WEEKEND), "  sun: " + list(halfHours))));
  }

  @Test
  void aNegativeOrAllZeroShapeIsRefusedLikeIntraday() {
    List<Double> negative = new ArrayList<>(WEEKEND);
    negative.set(3, -0.5);
    assertEquals(List.of("test.yaml:6: arrivals.intraday_by_weekday.sat-sun[3]: -0.5 must be zero or more"),
        problems(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat-sun: " + list(negative))));
    // In a block list the weight's own line is named.
    List<String> block = new ArrayList<>(List.of("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat-sun:"));
    for (double w : negative) {
      block.add("    - " + FieldChecks.formatNumber(w));
    }
    assertEquals(List.of("test.yaml:10: arrivals.intraday_by_weekday.sat-sun[3]: -0.5 must be zero or more"),
        problems(scenario(block.toArray(String[]::new))));
    List<Double> zeros = Collections.nCopies(24, 0.0);
    assertEquals(List.of("test.yaml:6: arrivals.intraday_by_weekday.sun: all zero must have at least one positive weight"),
        problems(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sun: " + list(zeros))));
  }

  @Test
  void anAllZeroShapeIsAllowedWithoutCalls() throws ScenarioException {
    String text = scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sun: " + list(Collections.nCopies(24, 0.0)))
        .replace("calls_per_day: 900", "calls_per_day: 0");
    assertEquals(Collections.nCopies(24, 0.0), parse(text).arrivals().intradayFor(Weekday.SUN));
  }

  @Test
  void anUnknownDayNameIsRefusedOnItsKeysLine() {
    assertEquals(List.of("test.yaml:6: arrivals.intraday_by_weekday.saturday: \"saturday\" is not a set of days;"
        + " write all, a day mon..sun, a range like mon-fri, or a comma list"),
        problems(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  saturday: " + list(WEEKEND))));
    assertEquals(List.of("test.yaml:6: arrivals.intraday_by_weekday.sat-xyz: \"sat-xyz\" is not a set of days;"
        + " write all, a day mon..sun, a range like mon-fri, or a comma list"),
        problems(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat-xyz:", "    - 1")));
  }

  @Test
  void theKeyIsASectionOfListsOfNumbers() {
    assertEquals(List.of("test.yaml:5: arrivals.intraday_by_weekday: must be a section of keys (key: value lines, or {key: value, ...})"),
        problems(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday: " + list(WEEKEND))));
    assertEquals(List.of("test.yaml:6: arrivals.intraday_by_weekday.sat: must be a list of numbers in brackets, like [1, 2, 3]"),
        problems(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat: 5")));
    assertEquals(List.of("test.yaml:6: arrivals.intraday_by_weekday.sat[1]: \"x\" is not a number"),
        problems(scenario("intraday: " + list(WEEKDAY), "intraday_by_weekday:", "  sat: [1, x]")));
  }

  @Test
  void overridesAreCheckedLikeTheFile() {
    assertEquals(List.of("--set arrivals.intraday_by_weekday.sat=[2,1]: arrivals.intraday_by_weekday.sat: 2 values must be"
        + " 24, 48 or 96 weights (hours, half hours or quarters)"),
        problems(scenario("intraday: " + list(WEEKDAY)), "arrivals.intraday_by_weekday.sat=[2,1]"));
  }

  @Test
  void theRecordRefusesOverlappingShapesMadeInCode() {
    InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> new Arrivals(900, Arrivals.DEFAULT_WEEKDAY_FACTORS,
        WEEKDAY, List.of(new Arrivals.DayShape(DaySet.parse("fri-sun"), WEEKEND), new Arrivals.DayShape(DaySet.parse("sun"), WEEKEND)),
        0));
    assertEquals(List.of(new FieldProblem("intraday_by_weekday.sun", "sun", "is named already by 'fri,sat,sun';"
        + " a weekday may be named in one key only")), e.problems());
  }
}
