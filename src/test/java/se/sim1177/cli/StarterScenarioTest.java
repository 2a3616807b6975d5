package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The starter scenario a newcomer copies for their own region (issue 18.1): {@code check} passes it
 * with no warning, and its comments say which four values to replace first, in order.
 */
class StarterScenarioTest {
  private static final Path STARTER = Path.of("scenarios", "00-starter.yaml");

  @Test
  void checkPassesTheStarterWithoutWarnings() {
    CliTest.Outcome o = sim("check", STARTER.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().startsWith("ok: "), o.out());
    assertEquals("", o.err(), "no warning: " + o.err());
  }

  @Test
  void itSaysWhichValuesToReplaceFirstInOrder() throws Exception {
    String text = Files.readString(STARTER);
    for (int i = 1; i <= 4; i++) {
      assertTrue(text.contains("REPLACE FIRST (" + i + " of 4)"), "step " + i);
    }
    assertTrue(text.indexOf("(1 of 4)") < text.indexOf("calls_per_year"), "the calls first");
    assertTrue(text.indexOf("(4 of 4)") < text.indexOf("groups:") + 200, "the roster last");
  }
}
