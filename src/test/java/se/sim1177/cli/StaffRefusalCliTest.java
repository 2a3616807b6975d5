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
 * Targets no roster can meet are refused by {@code staff} before anything runs (a share of
 * 100 % hung the Erlang search, counting up to 10,000 nurses in every interval): at the target's
 * line, exit 2, nothing written; and every slot the seats cannot cover is named, not only the first.
 */
class StaffRefusalCliTest {
  private static final String SCENARIO = "scenarios/08-varmland-staffing.yaml";

  @TempDir
  Path dir;

  private String refused(String... sets) {
    Path out = dir.resolve("out");
    String[] args = new String[3 + 2 * sets.length];
    args[0] = "staff";
    args[1] = SCENARIO;
    for (int i = 0; i < sets.length; i++) {
      args[2 + 2 * i] = "--set";
      args[3 + 2 * i] = sets[i];
    }
    args[args.length - 1] = "--out=" + out;
    CliTest.Outcome o = sim(args);
    assertEquals(2, o.code(), o.err());
    assertFalse(Files.exists(out), "nothing written");
    assertFalse(o.err().contains("Exception"), o.err());
    return o.err();
  }

  @Test
  void aHundredPercentTargetIsRefusedAtItsLine() {
    String level = refused("targets.service_level={within: 5m, share: 1.0}");
    assertTrue(level.contains(SCENARIO + ":") && level.contains("targets.service_level") && level.contains("a service level of 100 %")
        && level.contains("allowed for sim1177 staff: a share below 1"), level);
    String rate = refused("targets.answer_rate=1");
    assertTrue(rate.contains("targets.answer_rate: an answer rate of 100 % while callers hang up"), rate);
  }

  @Test
  void everySlotTheSeatsCannotCoverIsNamed() {
    String err = refused("targets.service_level={within: 5m, share: 0.9999}");
    assertTrue(err.contains("Saturday 09:00 to Saturday 09:30 (2 slots) needs 13 nurses on duty")
        && err.contains("; Sunday 08:00 to Sunday 10:30 (6 slots) needs 13 nurses on duty"), err);
  }
}
