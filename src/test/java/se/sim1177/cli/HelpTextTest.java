package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Help in step with the output (issue 18.6): every command that writes results names report.html,
 * run names groups.csv, no line of help is cut mid-sentence by picocli's wrapping at 80 columns,
 * and compare names its scenarios the same way in its synopsis and its list of parameters.
 */
class HelpTextTest {
  private static final List<String> WRITERS = List.of("run", "sweep", "compare", "staff");

  @Test
  void everyCommandThatWritesResultsNamesTheReport() {
    for (String command : WRITERS) {
      CliTest.Outcome o = sim(command, "--help");
      assertEquals(0, o.code(), o.err());
      assertTrue(o.out().contains("report.html"), command + " --help: " + o.out());
    }
    assertTrue(sim("run", "--help").out().contains("groups.csv"));
  }

  @Test
  void noDescriptionLineIsWrappedByPicocli() {
    for (String command : List.of("run", "check", "sweep", "compare", "staff", "erlang", "bench")) {
      String help = sim(command, "--help").out();
      // The description is the block between the synopsis and the first option or parameter.
      List<String> lines = help.lines().toList();
      int start = 0;
      while (start < lines.size() && (lines.get(start).startsWith("Usage:") || lines.get(start).startsWith(" "))) {
        start++;
      }
      for (int i = start; i < lines.size() && !lines.get(i).startsWith(" "); i++) {
        String line = lines.get(i);
        assertTrue(line.length() <= 80, command + ": a description line longer than 80 columns: " + line);
        if (i + 1 < lines.size() && !lines.get(i + 1).startsWith(" ")) {
          // A line of fewer than 45 characters followed by more description is where picocli cut one.
          assertTrue(line.length() >= 45 || line.endsWith(".") || line.endsWith(":"),
              command + ": looks cut mid-sentence: \"" + line + "\"");
        }
      }
    }
  }

  @Test
  void compareNamesItsScenariosAlikeInBothPlaces() {
    String help = sim("compare", "--help").out();
    assertTrue(help.contains("[--set=KEY=VALUE]... BASE ALT [ALT...]"), help);
    assertTrue(help.contains("      BASE ALT [ALT...]   The base scenario"), help);
    assertTrue(!help.contains("[SCENARIO...]"), help);
  }
}
