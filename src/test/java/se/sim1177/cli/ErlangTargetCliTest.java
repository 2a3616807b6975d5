package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.sim1177.cli.CliTest.Outcome;

/**
 * {@code erlang} answers the calculator question (issue 18, item 5): with targets each row says
 * whether it meets them all, and a last line gives the fewest nurses on the phone that do and, with
 * shrinkage, the positions to schedule. Expected staffing comes from this test's own Erlang C
 * formulas (Erlang B recursion, then C, then the service level and mean wait), not from the code
 * under test.
 */
class ErlangTargetCliTest {
  /** 60 calls an hour at 8 minutes' handling: 8 erlangs, the README's example line. */
  private static final double CALLS_PER_HOUR = 60;
  private static final double HANDLE_SECONDS = 480;
  private static final String FEWEST = "fewest nurses meeting every target: ";

  /** P(wait) of M/M/c by Erlang B's recursion, independent of {@code se.sim1177.analytic.ErlangC}. */
  private static double erlangC(double load, int nurses) {
    double b = 1;
    for (int k = 1; k <= nurses; k++) {
      b = load * b / (k + load * b);
    }
    return nurses * b / (nurses - load * (1 - b));
  }

  /** The fewest nurses with at least {@code share} answered within {@code seconds}, by a plain loop. */
  private static int fewestForServiceLevel(double callsPerHour, double handleSeconds, double share, double seconds) {
    double lambda = callsPerHour / 3600;
    double load = lambda * handleSeconds;
    for (int n = (int) Math.floor(load) + 1; ; n++) {
      double sl = 1 - erlangC(load, n) * Math.exp(-(n / handleSeconds - lambda) * seconds);
      if (sl >= share) {
        return n;
      }
    }
  }

  /** The fewest nurses with a mean wait (all callers, Erlang C answers all) of at most {@code seconds}. */
  private static int fewestForMeanWait(double callsPerHour, double handleSeconds, double seconds) {
    double lambda = callsPerHour / 3600;
    double load = lambda * handleSeconds;
    for (int n = (int) Math.floor(load) + 1; ; n++) {
      if (erlangC(load, n) / (n / handleSeconds - lambda) <= seconds) {
        return n;
      }
    }
  }

  private static Outcome erlang(String... more) {
    List<String> args = new ArrayList<>(List.of("erlang", "--calls-per-hour", "60", "--aht", "8m"));
    args.addAll(List.of(more));
    Outcome o = sim(args.toArray(String[]::new));
    assertEquals(0, o.code(), o.err());
    return o;
  }

  private static String fewestLine(Outcome o) {
    return o.out().lines().filter(l -> l.startsWith(FEWEST)).findFirst().orElseThrow(() -> new AssertionError("no answer: " + o.out()));
  }

  /** The meets_targets verdict of the row with {@code nurses}. */
  private static String verdict(Outcome o, int nurses) {
    return o.out().lines().filter(l -> l.matches(" *" + nurses + " .*")).findFirst()
        .map(l -> l.substring(l.lastIndexOf(' ') + 1)).orElseThrow(() -> new AssertionError("no row " + nurses + ": " + o.out()));
  }

  @Test
  void theFewestNursesForAServiceLevelAreTheErlangCFormulas() {
    int expected = fewestForServiceLevel(CALLS_PER_HOUR, HANDLE_SECONDS, 0.80, 20);
    assertEquals(12, expected, "the test's own Erlang C: 8 erlangs, 80 % within 20 s");
    Outcome o = erlang("--target-service-level", "80%", "--within", "20s", "--shrinkage", "30%");
    assertEquals(FEWEST + expected + " on the phone; with 30 % shrinkage, 18 scheduled", fewestLine(o),
        "12 / 0.7 = 17.14 rounds up to 18: " + o.out());
    assertEquals("no", verdict(o, expected - 1), o.out());
    assertEquals("yes", verdict(o, expected), o.out());
    assertTrue(o.out().contains(" meets_targets\n"), "the column's header: " + o.out());
    // 0.8 is the same target as 80%.
    assertEquals(fewestLine(o), fewestLine(erlang("--target-service-level", "0.8", "--within", "20s", "--shrinkage", "0.3")));
  }

  @Test
  void aTargetMetExactlyIsMet() {
    // 8 erlangs on 10 nurses: occupancy exactly 80 %, so 10 nurses meet --max-occupancy 80%, and a hair less needs 11.
    assertEquals(FEWEST + "10 on the phone; with no --shrinkage, 10 scheduled", fewestLine(erlang("--max-occupancy", "80%")));
    assertEquals(FEWEST + "11 on the phone; with no --shrinkage, 11 scheduled", fewestLine(erlang("--max-occupancy", "79.9%")));
  }

  @Test
  void theOccupancyCapCanAskForMoreThanTheServiceLevel() {
    // 80 % within 20 s needs 12 nurses; occupancy at most 58 % needs 8 / 0.58 = 13.8, so 14.
    Outcome o = erlang("--target-service-level", "80%", "--within", "20s", "--max-occupancy", "58%", "--shrinkage", "30%");
    // 14 / 0.7 is 20.000000000000004 in floating point: 20 positions, not 21.
    assertEquals(FEWEST + "14 on the phone; with 30 % shrinkage, 20 scheduled", fewestLine(o));
    assertEquals("no", verdict(o, 13), "13 nurses meet the service level but are 61.5 % busy: " + o.out());
    assertEquals("yes", verdict(o, 14), o.out());
  }

  @Test
  void theAnswerLiesBeyondTheRowsShownWhenItMust() {
    int expected = fewestForMeanWait(600, HANDLE_SECONDS, 5);
    Outcome o = sim("erlang", "--calls-per-hour", "600", "--aht", "8m", "--target-mean-wait", "5s", "--nurses", "80..85");
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("no row shown meets every target: at 85 nurses, mean wait of answered calls"), o.out());
    assertTrue(o.out().contains("give a larger range, like --nurses 85.." + expected), o.out());
    assertEquals(FEWEST + expected + " on the phone (outside the rows shown, 80..85); with no --shrinkage, " + expected + " scheduled",
        fewestLine(o));
    // The default range, 8..18 nurses, does not reach 99.99 % within 20 s either.
    int strict = fewestForServiceLevel(CALLS_PER_HOUR, HANDLE_SECONDS, 0.9999, 20);
    assertTrue(strict > 18, "a target beyond the default range: " + strict);
    assertTrue(fewestLine(erlang("--target-service-level", "99.99%", "--within", "20s"))
        .startsWith(FEWEST + strict + " on the phone (outside the rows shown, 8..18)"));
  }

  @Test
  void aTargetNoStaffingMeetsIsSaidSo() {
    Outcome o = erlang("--max-occupancy", "0.0001%");
    assertTrue(o.out().contains("nor does any staffing up to 10,000 nurses: loosen a target"), o.out());
    assertFalse(o.out().contains(FEWEST), o.out());
  }

  @Test
  void erlangAAnswerRateAndItsColumnAgree() {
    // Erlang A: 1 - P(abandon) at least 95 %. The verdicts switch once, where the last line says.
    Outcome o = erlang("--patience", "10m", "--target-answer-rate", "95%");
    String line = fewestLine(o);
    int fewest = Integer.parseInt(line.substring(FEWEST.length(), line.indexOf(' ', FEWEST.length())));
    List<String> rows = o.out().lines().skip(2).filter(l -> l.matches(" *\\d+ .*")).toList();
    for (String row : rows) {
      int nurses = Integer.parseInt(row.trim().split(" +")[0]);
      double answerRate = Double.parseDouble(row.trim().split(" +")[3]);
      assertEquals(nurses >= fewest ? "yes" : "no", verdict(o, nurses), o.out());
      assertEquals(nurses >= fewest, answerRate >= 0.95 - 0.0005, "the answer_rate column agrees: " + row);
    }
  }

  @Test
  void withoutATargetTheTableIsAsItWas() {
    Outcome o = erlang("--within", "20s");
    assertEquals(" nurses  occupancy  P(wait)  answer_rate  mean_wait_answered_s  mean_wait_all_s service_level(20s)",
        o.out().lines().skip(1).findFirst().orElseThrow());
    assertEquals(13, o.out().lines().count(), "a title, a header and eleven rows: " + o.out());
  }

  @Test
  void badTargetsAreRefusedNamingTheOptionTheValueAndWhatIsAllowed() {
    record Refused(List<String> args, List<String> mustContain) {}
    for (Refused r : List.of(
        new Refused(List.of("--target-service-level", "120%"), List.of("'--target-service-level'", "'120%'", "from 0% to 100%")),
        new Refused(List.of("--target-answer-rate", "-5%"), List.of("'--target-answer-rate'", "'-5%'", "from 0% to 100%")),
        new Refused(List.of("--target-service-level", "80"), List.of("'--target-service-level'", "'80'", "like 80% or 0.8")),
        new Refused(List.of("--max-occupancy", "lots"), List.of("'--max-occupancy'", "'lots'", "from 0% to 100%")),
        new Refused(List.of("--target-mean-wait", "-1m"), List.of("'--target-mean-wait'", "'-1m'", "not a positive duration")),
        new Refused(List.of("--max-occupancy", "0%"), List.of("--max-occupancy 0%", "above 0%")),
        new Refused(List.of("--max-occupancy", "85%", "--shrinkage", "100%"), List.of("--shrinkage 100%", "must be below 100%")),
        new Refused(List.of("--shrinkage", "30%"), List.of("--shrinkage 30%", "give a target too")))) {
      String[] args = Stream.concat(Stream.of("erlang", "--calls-per-hour", "60", "--aht", "8m"), r.args().stream())
          .toArray(String[]::new);
      Outcome o = sim(args);
      assertEquals(2, o.code(), r.args() + ": " + o.err());
      assertEquals("", o.out(), "a refusal prints no table: " + r.args());
      String first = o.err().lines().findFirst().orElse("");
      for (String s : r.mustContain()) {
        assertTrue(first.contains(s), "'" + s + "' in: " + o.err());
      }
      for (String leak : Refusal.LEAKS) {
        assertFalse(o.err().contains(leak), o.err());
      }
    }
  }
}
