package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sim1177 calibrate} refuses bad input before it simulates anything: a message, exit 2, nothing written. */
class CalibrateCliTest {
  private static final String SCENARIO = "results/examples/09-region-from-history-import/scenario.yaml";
  private static final String OBSERVED = "results/examples/09-region-from-history-import/observed.yaml";

  @TempDir
  Path dir;

  private void refused(String expected, String... args) {
    Path out = dir.resolve("out");
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--out";
    all[args.length + 1] = out.toString();
    CliTest.Outcome o = sim(all);
    assertEquals(2, o.code(), String.join(" ", args) + "\n" + o.err());
    assertTrue(o.err().contains(expected), "expected '" + expected + "' in:\n" + o.err());
    assertFalse(o.err().contains("internal error") || o.err().contains("Exception"), o.err());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void badInputIsRefusedWithWhatIsAllowed() {
    refused("nope.yaml: no such file", "calibrate", SCENARIO, "--observed", dir.resolve("nope.yaml").toString());
    refused("--fit callers.nothing: the scenario writes no value at callers.nothing", "calibrate", SCENARIO, "--observed", OBSERVED,
        "--fit", "callers.nothing");
    refused("--fit callers.balk_probability: the range 0.0000..2.0000 reaches 2.0000, which the scenario refuses", "calibrate",
        SCENARIO, "--observed", OBSERVED, "--fit", "callers.balk_probability=0..2");
    refused("--period 2020-01: " + OBSERVED + " has no such period; allowed: 2001-09, 2001-10", "calibrate", SCENARIO, "--observed",
        OBSERVED, "--period", "2020-01");
  }

  @Test
  void anObservedFileThatIsNotOneIsNamedAtItsLine() throws Exception {
    Path observed = dir.resolve("observed.yaml");
    Files.writeString(observed, "- just\n- a list\n");
    refused(observed + ":1", "calibrate", SCENARIO, "--observed", observed.toString());
  }
}
