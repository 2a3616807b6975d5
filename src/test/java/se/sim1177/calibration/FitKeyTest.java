package se.sim1177.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.sim1177.scenario.ScenarioText;

/** The keys calibrate fits, read from the scenario's own text, and the values written back into it. */
class FitKeyTest {
  private static final String SCENARIO = String.join("\n",
      "# a comment that stays",
      "callers:",
      "  patience: {distribution: exponential, mean: 90m}   # calibrated assumption",
      "  redial:",
      "    probability: 0.6",
      "    delay: {distribution: exponential, mean: 20m}",
      "arrivals: {calls_per_day: 342.5, intraday: [1, 2]}", "");

  @Test
  void keysAreReadWithTheirDefaultRanges() {
    FitKey patience = FitKey.parse("callers.patience.mean", SCENARIO);
    assertEquals(5400, patience.written());
    assertTrue(patience.duration());
    assertEquals(1350, patience.low());
    assertEquals(21600, patience.high(), "four times 90 min, at most 6 h");
    FitKey redial = FitKey.parse("callers.redial.probability", SCENARIO);
    assertEquals(0, redial.low());
    assertEquals(0.95, redial.high());
    FitKey ranged = FitKey.parse("callers.patience.mean=10m..3h", SCENARIO);
    assertEquals(600, ranged.low());
    assertEquals(10800, ranged.high());
  }

  @Test
  void aKeyTheFileDoesNotWriteOrABadRangeIsRefusedWithWhatIsAllowed() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> FitKey.parse("callers.balk_probability", SCENARIO));
    assertTrue(missing.getMessage().startsWith("--fit callers.balk_probability: the scenario writes no value at"
        + " callers.balk_probability; allowed: "), missing.getMessage());
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
        () -> FitKey.parse("callers.patience.mean=3h..10m", SCENARIO));
    assertTrue(range.getMessage().contains("must be two durations, zero or more, the first below the second"), range.getMessage());
    IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
        () -> FitKey.parse("callers.patience.distribution", SCENARIO));
    assertTrue(notNumber.getMessage().contains("is written as \"exponential\" (line 3), not a number or a duration"),
        notNumber.getMessage());
  }

  @Test
  void fittedValuesAreWrittenIntoTheTextWithItsCommentsAndLayout() {
    FitKey patience = FitKey.parse("callers.patience.mean", SCENARIO);
    String edited = ScenarioText.replace(SCENARIO, "callers.patience.mean", patience.format(5238.6));
    edited = ScenarioText.replace(edited, "callers.redial.probability", "0.4312");
    edited = ScenarioText.replace(edited, "arrivals.calls_per_day", "298.7");
    assertEquals(String.join("\n",
        "# a comment that stays",
        "callers:",
        "  patience: {distribution: exponential, mean: 87.31m}   # calibrated assumption",
        "  redial:",
        "    probability: 0.4312",
        "    delay: {distribution: exponential, mean: 20m}",
        "arrivals: {calls_per_day: 298.7, intraday: [1, 2]}", ""), edited);
    assertEquals(null, ScenarioText.replace(SCENARIO, "callers.redial.max_attempts", "3"), "not written: nothing to replace");
  }

  @Test
  void aKeyInsideAListIsFoundAndReplacedOnItsOwnLine() {
    String roster = String.join("\n",
        "staff:",
        "  groups:",
        "    - name: lulea",
        "      absence: 0.12",
        "      shifts:",
        "        - {days: mon-fri, start: \"07:00\", end: \"16:00\", nurses: 6}",
        "        - {days: all, start: \"22:00\", end: \"07:00\", nurses: 2}   # night",
        "");
    FitKey absence = FitKey.parse("staff.groups[0].absence", roster);
    assertEquals(0.12, absence.written());
    assertEquals(0.03, absence.low(), 1e-12, "a quarter of its value");
    assertEquals(new ScenarioText.WrittenValue(7, "2"), ScenarioText.find(roster, "staff.groups[0].shifts[1].nurses"));
    String edited = ScenarioText.replace(roster, "staff.groups[0].shifts[1].nurses", "3");
    assertEquals(roster.replace("nurses: 2}   # night", "nurses: 3}   # night"), edited);
    assertEquals(null, ScenarioText.find(roster, "staff.groups[1].absence"), "no second group");
  }
}
