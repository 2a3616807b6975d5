package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Each command's usage line ({@code Usage: sim1177 compare [...]}) names every option the command
 * takes: a command with a hand-written synopsis ({@code compare}, for its {@code BASE ALT [ALT...]})
 * once left out {@code --overwrite} and {@code --max-callers}, which it accepted all along.
 */
class SynopsisTest {
  @Test
  void everyCommandsUsageLineNamesEveryOption() {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    CommandLine cli = new CommandLine(new Main(quiet, quiet, new String[0]));
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, CommandLine> command : cli.getSubcommands().entrySet()) {
      if (command.getKey().equals("help")) {
        continue;
      }
      String synopsis = command.getValue().getHelp().synopsis(0);
      for (OptionSpec option : command.getValue().getCommandSpec().options()) {
        // -h and -V are written together as [-hV].
        String expected = option.usageHelp() || option.versionHelp() ? "-hV" : option.longestName();
        if (!synopsis.contains(expected)) {
          missing.add(command.getKey() + ": " + expected + " is not in its usage line:\n" + synopsis);
        }
      }
    }
    assertEquals(List.of(), missing);
  }
}
