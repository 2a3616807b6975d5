package se.sim1177;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.Metrics;

/** The direction of dependencies, and the documentation of every output figure. */
class ArchitectureTest {
  /** What each package may not import: the core never knows how results are shown or asked for. */
  private static final Map<String, List<String>> FORBIDDEN = Map.of(
      "engine", List.of("scenario", "model", "experiment", "analytic", "report", "cli", "app"),
      "scenario", List.of("engine", "model", "experiment", "analytic", "report", "cli", "app"),
      "model", List.of("experiment", "analytic", "report", "cli", "app"),
      "experiment", List.of("report", "cli", "app"),
      "analytic", List.of("engine", "model", "experiment", "report", "cli", "app"),
      "report", List.of("cli", "app"),
      "bench", List.of("report", "cli", "app"),
      "app", List.of("cli"));

  @Test
  void packagesOnlyDependInward() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
      Path dir = Path.of("src/main/java/se/sim1177", rule.getKey());
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          for (String line : Files.readAllLines(f)) {
            for (String forbidden : rule.getValue()) {
              if (line.startsWith("import se.sim1177." + forbidden + ".") || line.startsWith("import static se.sim1177." + forbidden + ".")) {
                violations.add(f + ": " + line);
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void theReadmeDefinesEverySummaryMetric() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (Metric m : Metrics.SUMMARY) {
      assertTrue(readme.contains("| `" + m.key() + "` |"), "README.md has no table row for " + m.key());
    }
  }

  @Test
  void ciRunsTheReadmesTestCommand() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String ci = Files.readString(Path.of(".ci/run"));
    String command = ci.lines().filter(l -> l.startsWith("mvn ")).findFirst().orElseThrow();
    assertTrue(readme.contains("\n" + command + "\n"), "README.md should show the test command: " + command);
  }
}
