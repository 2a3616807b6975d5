package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} says "the same callers" only when every scenario draws them, says what differs
 * otherwise, and names each alternative whose own seed or replications it replaced.
 */
class CompareCallersCliTest {
  private static final String BASE = "scenarios/02-varmland-2019.yaml";
  private static final String BASE_RUN = "simulation: {days: 28, warmup_days: 3, start_weekday: mon, replications: 30, seed: 12345}";

  @TempDir
  Path tmp;

  private Path alternative(String simulation) throws Exception {
    String text = Files.readString(Path.of("scenarios/03-varmland-staffed.yaml"));
    assertTrue(text.contains(BASE_RUN), "03-varmland-staffed.yaml should run like the base");
    Path alt = tmp.resolve("alt.yaml");
    Files.writeString(alt, text.replace(BASE_RUN, simulation));
    return alt;
  }

  @Test
  void theSameCallersWhenOnlyTheSeedAndReplicationsDifferAndTheReplacementsAreNamed() throws Exception {
    Path alt = alternative("simulation: {days: 28, warmup_days: 3, start_weekday: mon, replications: 5, seed: 999}");
    CliTest.Outcome o = sim("compare", BASE, alt.toString(), "--set", "simulation.days=7", "--out", tmp.resolve("out").toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.err().contains("alt 1 (" + alt + "): its simulation.seed 999 replaced by the base's 12345 so both see the same callers"),
        o.err());
    assertTrue(o.err().contains("alt 1 (" + alt + "): its simulation.replications 5 replaced by the base's 30 so the runs pair up"),
        o.err());
    assertTrue(o.out().contains("30 replications each, seed 12345: the same callers in every scenario"), o.out());
    assertFalse(o.err().contains("not the base's"), o.err());
    // Issue 18.4: in people's units, with a word by direction and a bottom line. 03 has more nurses
    // than 02: over 30 weeks its answer rate is higher beyond doubt (about 15 points, CI +-1).
    String answerRate = o.out().lines().filter(l -> l.startsWith("answer_rate ")).findFirst().orElseThrow();
    assertTrue(answerRate.matches("answer_rate +\\d+\\.\\d % +\\d+\\.\\d % \\+\\d.*\\] pts better \\*"), answerRate);
    String wait = o.out().lines().filter(l -> l.startsWith("mean_wait_answered ")).findFirst().orElseThrow();
    assertTrue(wait.matches(".* min +\\d+\\.\\d min -\\d.*\\] min better \\*"), wait);
    assertTrue(o.out().lines().anyMatch(l -> l.matches("alt 1 meets every target in \\S+ % of weeks against the base's \\S+ %;"
        + " it has \\d+(\\.\\d+)? more nurse-hours on duty a day \\[.*\\]\\.")), o.out());
    assertFalse(o.out().contains("-0.0") || o.out().contains("+0.0 "), o.out());
  }

  @Test
  void differentDaysAreNamedInTheHeaderAndTheWarningAlike() throws Exception {
    Path alt = alternative("simulation: {days: 14, warmup_days: 3, start_weekday: tue, replications: 30, seed: 12345}");
    CliTest.Outcome o = sim("compare", BASE, alt.toString(), "--replications", "3", "--seed", "7",
        "--out", tmp.resolve("out").toString());
    assertEquals(0, o.code(), o.err());
    String difference = "alt 1 (" + alt + ") differs from the base in simulation.days 14 (base 28),"
        + " simulation.start_weekday tue (base mon)";
    assertFalse(o.out().contains("the same callers in every scenario"), o.out());
    assertTrue(o.out().contains("3 replications each, seed 7; differences are"), o.out());
    assertTrue(o.out().contains("not the same callers: " + difference), o.out());
    assertTrue(o.err().contains("warning: " + difference + ": its callers are not the base's"), o.err());
    assertFalse(o.err().contains("replaced by the base's"), "--seed and --replications were asked for: " + o.err());
    assertTrue(o.err().contains("warning: only 3 replications:"), o.err());
  }
}
