package se.sim1177;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Report writers read only what a result carries (its calendar, targets, run control, scenario
 * name): they never reach back into the live model, neither through a result's accessor nor by an
 * import or a fully qualified name, which an import rule alone would not see.
 */
class ReportDoesNotReachIntoTheModelTest {
  private static final Path REPORT = Path.of("src/main/java/se/sim1177/report");

  /** A call of a {@code model()} accessor, on a result or anything else. */
  private static final Pattern MODEL_ACCESSOR = Pattern.compile("\\.\\s*model\\s*\\(\\s*\\)");
  /** The model package by name: an import (static or not), a wildcard or a fully qualified type. */
  private static final Pattern MODEL_PACKAGE = Pattern.compile("\\bse\\.sim1177\\.model\\b");

  static List<String> reachBacks(String fileName, List<String> lines) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (MODEL_ACCESSOR.matcher(line).find() || MODEL_PACKAGE.matcher(line).find()) {
        found.add(fileName + ":" + (i + 1) + ": " + line.strip());
      }
    }
    return found;
  }

  @Test
  void noReportClassNamesTheModel() throws IOException {
    List<String> found = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(REPORT)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        found.addAll(reachBacks(f.toString(), Files.readAllLines(f)));
        scanned++;
      }
    }
    assertTrue(scanned > 10, "expected the report package's sources under " + REPORT.toAbsolutePath() + ", found " + scanned);
    assertEquals(List.of(), found, "report classes must use the result's own accessors, not the model");
  }

  /** The scan itself would catch each way of reaching the model, and passes the result's own accessors. */
  @Test
  void theScanCatchesEachWayIn() {
    for (String line : List.of(
        "    int ipd = result.model().intervalsPerDay();",
        "    int ipd = result . model ( ).intervalsPerDay();",
        "import se.sim1177.model.CallCentreModel;",
        "import static se.sim1177.model.CallCentreModel.absenceSource;",
        "import se.sim1177.model.*;",
        "    se.sim1177.model.CallCentreModel m = null;")) {
      assertFalse(reachBacks("Sample.java", List.of(line)).isEmpty(), "the scan misses: " + line);
    }
    for (String line : List.of(
        "    int ipd = result.calendar().intervalsPerDay();",
        "    root.put(\"scenario\", result.scenarioName());",
        "import se.sim1177.experiment.ExperimentResult;",
        "    String modelName = result.modelName();")) {
      assertEquals(List.of(), reachBacks("Sample.java", List.of(line)), "the scan flags an allowed line");
    }
  }
}
