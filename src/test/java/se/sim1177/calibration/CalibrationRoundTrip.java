package se.sim1177.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.sim1177.app.CalibrateJob;
import se.sim1177.app.CalibrateOptions;
import se.sim1177.cli.Main;

/**
 * A region whose behaviour is known: {@code scenarios/02-varmland-2019.yaml} (mean patience 90 min,
 * redial probability 0.6) simulated for a month with one seed, its {@code history.csv} imported,
 * and the imported scenario calibrated with another seed — the path a region takes, with the truth
 * known.
 */
final class CalibrationRoundTrip {
  static final double TRUE_PATIENCE = 5400;
  static final double TRUE_REDIAL = 0.6;
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  private CalibrationRoundTrip() {}

  /** Simulates the month with {@code seed} and imports it; returns the import's folder. */
  static Path observedMonth(Path dir, long seed) {
    Path run = dir.resolve("run-" + seed);
    sim("run", "scenarios/02-varmland-2019.yaml", "--replications", "2", "--seed", Long.toString(seed), "--out", run.toString());
    Path imported = dir.resolve("import-" + seed);
    sim("import", run.resolve("history.csv").toString(), "--scenario", "scenarios/02-varmland-2019.yaml", "--out", imported.toString());
    return imported;
  }

  /** observed.yaml of {@code imported} with only the figures named kept (and their rows and columns of the correlation). */
  static Path keepOnly(Path imported, List<String> figures) throws Exception {
    Pattern figure = Pattern.compile("\\s+([a-z_]+): \\{value.*");
    Pattern row = Pattern.compile("(\\s+- \\[)(.*)\\]");
    List<String> kept = new ArrayList<>();
    List<Boolean> keep = new ArrayList<>();
    int rowIndex = 0;
    for (String line : Files.readAllLines(imported.resolve("observed.yaml"))) {
      var m = figure.matcher(line);
      var r = row.matcher(line);
      if (line.startsWith("  - period:")) {
        keep.clear();
        rowIndex = 0;
        kept.add(line);
      } else if (m.matches()) {
        keep.add(figures.contains(m.group(1)));
        if (figures.contains(m.group(1))) {
          kept.add(line);
        }
      } else if (r.matches()) {
        if (keep.get(rowIndex++)) {
          String[] cells = r.group(2).split(", ");
          List<String> cols = new ArrayList<>();
          for (int j = 0; j < cells.length; j++) {
            if (keep.get(j)) {
              cols.add(cells[j]);
            }
          }
          kept.add(r.group(1) + String.join(", ", cols) + "]");
        }
      } else {
        kept.add(line);
      }
    }
    Path file = imported.resolve("observed-" + figures.size() + "-" + Math.abs(String.join("-", figures).hashCode()) + ".yaml");
    Files.write(file, kept);
    return file;
  }

  /** Calibrates the imported scenario to {@code observed} with {@code seed} and {@code replications}. */
  static CalibrationResult calibrate(Path imported, Path observed, long seed, int replications, Path out) throws Exception {
    CalibrateOptions options = new CalibrateOptions(imported.resolve("scenario.yaml"), observed, List.of(), null, replications, seed, 2,
        out, false, List.of(), List.of("sim1177", "calibrate"));
    return CalibrateJob.run(options, QUIET, QUIET).result();
  }

  private static void sim(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(args, QUIET, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
  }

  /** The fitted value of {@code key}. */
  static CalibrationResult.FittedValue value(CalibrationResult r, String key) {
    return r.values().stream().filter(v -> v.key().path().equals(key)).findFirst().orElseThrow();
  }

}
