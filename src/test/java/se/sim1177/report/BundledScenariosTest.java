package se.sim1177.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.sim1177.app.RunJob;
import se.sim1177.app.RunOptions;

/**
 * Known-answer tests: every bundled scenario, run as written, must reproduce the example results
 * kept in {@code results/examples/} bit for bit (they are what the README shows). Run under the
 * Swedish default locale (see the surefire configuration), so a decimal comma would show here.
 * After an intended change to the model, regenerate them with the command in results/README.md.
 */
class BundledScenariosTest {
  private static final List<String> COMPARED = List.of("summary.json", "intervals.csv", "daily.csv", "replications.csv");

  @TempDir
  Path tmp;

  @Test
  void testsRunUnderANonEnglishLocale() {
    assertEquals("sv", Locale.getDefault().getLanguage(), "surefire should set -Duser.language=sv");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01-erlang-a-check", "02-varmland-2019", "03-varmland-staffed", "04-large-region",
      "05-varmland-direkt", "05-varmland-direkt-reactive", "06-workplaces-office", "07-workplaces-satellite-home", "08-varmland-staffing"})
  void reproducesTheExampleResults(String name) throws Exception {
    Path out = tmp.resolve(name);
    RunOptions options = new RunOptions(Path.of("scenarios", name + ".yaml"), null, null, 2, out, List.of(), List.of("test"));
    RunJob.run(options, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), System.err);
    Path expected = Path.of("results", "examples", name);
    for (String file : COMPARED) {
      String actual = Files.readString(out.resolve(file));
      assertEquals(Files.readString(expected.resolve(file)), actual,
          name + "/" + file + " differs from results/examples; regenerate it if the change is intended");
    }
    assertTrue(Files.readString(out.resolve("scenario.yaml")).contains(Files.readString(Path.of("scenarios", name + ".yaml"))));
  }
}
