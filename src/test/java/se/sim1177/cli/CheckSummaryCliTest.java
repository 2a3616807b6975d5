package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import org.junit.jupiter.api.Test;

/**
 * What {@code check} tells a newcomer before a run (issue 18.4): numbers written one way, the calls
 * of a line with 1177 direkt without the contacts that start in the chat, the hours that have calls
 * and no nurse on duty, and a warning for a day left flat (on every weekday).
 */
class CheckSummaryCliTest {
  @Test
  void theHoursWithCallsAndNoNurseAreNamed() {
    CliTest.Outcome o = sim("check", "scenarios/02-varmland-2019.yaml");
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("  warning: calls and no phone nurse on duty Sat 07:00-08:00, Sun 07:00-08:00;"), o.out());
    CliTest.Outcome staffed = sim("check", "scenarios/03-varmland-staffed.yaml");
    assertFalse(staffed.out().contains("no phone nurse on duty"), "03 closes the gap: " + staffed.out());
  }

  @Test
  void aFlatDayIsWarnedAboutAndAShapedOneIsNot() {
    assertTrue(sim("check", "scenarios/01-erlang-a-check.yaml").out().contains("  warning: arrivals.intraday is flat"));
    assertFalse(sim("check", "scenarios/03-varmland-staffed.yaml").out().contains("intraday is flat"));
  }

  @Test
  void aDayIsFlatOnlyWhenEveryWeekdaysShapeIs() {
    String flat = "[" + String.join(", ", java.util.Collections.nCopies(24, "2")) + "]";
    String shaped = "[" + String.join(", ", java.util.Collections.nCopies(23, "1")) + ", 5]";
    CliTest.Outcome weekend = sim("check", "scenarios/01-erlang-a-check.yaml", "--set", "arrivals.intraday_by_weekday.sat-sun=" + shaped);
    assertEquals(0, weekend.code(), weekend.err());
    assertFalse(weekend.out().contains("is flat"), "the weekend has a shape: " + weekend.out());
    CliTest.Outcome allFlat = sim("check", "scenarios/01-erlang-a-check.yaml", "--set", "arrivals.intraday_by_weekday.sat-sun=" + flat);
    assertTrue(allFlat.out().contains("  warning: arrivals.intraday and intraday_by_weekday are flat:"), allFlat.out());
  }

  @Test
  void withTheChatTheCallsAreThePhonesShareOnly() {
    CliTest.Outcome o = sim("check", "scenarios/05-varmland-direkt.yaml");
    assertEquals(0, o.code(), o.err());
    // 125,000 a year = 2,397 first contacts a week; 15 % start in the chat.
    assertTrue(o.out().contains("  first contacts: 2,397 a week, of which 2,038 calls (85 %) and 360 start in 1177 direkt;"), o.out());
  }

  @Test
  void largeNumbersAreGroupedEverywhere() {
    CliTest.Outcome o = sim("check", "scenarios/04-large-region.yaml");
    assertTrue(o.out().contains("of the 15,441 phone nurse-hours") && o.out().contains("15,441 nurse hours a week"), o.out());
    // Every count and hour total is grouped (the seed and clock times are no amounts and are left out).
    for (String line : o.out().lines().filter(l -> l.matches("  (first|staff|load|work).*")).toList()) {
      assertFalse(line.matches(".*(?<![\\d,.])\\d{4,}(?![\\d:]).*"), "an ungrouped number: " + line);
    }
  }
}
