package se.sim1177.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.cli.Main;

/**
 * On an M/M/n+M line (the bundled {@code 01-erlang-a-check}: 60 calls an hour, 8 min handling, 8
 * nurses), the patience calibrate fits to an observed answer rate is the exact Erlang A inverse:
 * the patience at which the birth–death chain below answers that share, found by bisection.
 */
class ErlangAInverseTest {
  private static final double LAMBDA = 60.0 / 3600;
  private static final double MU = 1 / 480.0;
  private static final int N = 8;

  @TempDir
  Path dir;

  /** Answer rate of M/M/n+M with mean patience {@code patience} seconds: 1 − abandonment rate / arrival rate. */
  static double answerRate(double patience) {
    double theta = 1 / patience;
    int states = 2000;
    double[] p = new double[states];
    p[0] = 1;
    double sum = 1;
    double abandoning = 0;
    for (int k = 1; k < states; k++) {
      p[k] = p[k - 1] * LAMBDA / (Math.min(k, N) * MU + Math.max(0, k - N) * theta);
      sum += p[k];
      abandoning += p[k] * Math.max(0, k - N) * theta;
    }
    return 1 - abandoning / sum / LAMBDA;
  }

  /** The patience at which the chain answers {@code rate}, by bisection (the answer rate rises with patience). */
  static double inverse(double rate) {
    double lo = 30;
    double hi = 36000;
    for (int i = 0; i < 200; i++) {
      double mid = (lo + hi) / 2;
      if (answerRate(mid) < rate) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  @Test
  void theFittedPatienceIsTheExactInverseToTheSimulationsPrecision() throws Exception {
    double truePatience = 900;
    double observedRate = answerRate(truePatience);
    assertEquals(truePatience, inverse(observedRate), 1e-6, "the bisection inverts the chain");
    Path observed = dir.resolve("observed.yaml");
    Files.writeString(observed, String.join("\n", "calibrate_on: week", "periods:", "  - period: week", "    from: 2024-01-01",
        "    to: 2024-01-07", "    figures:", String.format(Locale.ROOT, "      answer_rate: {value: %.6f, standard_error: 0.001}",
            observedRate), ""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(new String[] {"calibrate", "scenarios/01-erlang-a-check.yaml", "--observed", observed.toString(), "--fit",
        "callers.patience.mean=3m..60m", "--replications", "60", "--out", dir.resolve("fit").toString(), "--threads", "2"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    JsonNode fit = new ObjectMapper().readTree(dir.resolve("fit/calibration.json").toFile());
    double fitted = fit.get("fitted").get(0).get("value").asDouble();
    JsonNode figure = fit.get("figures").get(0);
    double simHalfWidth = (figure.get("simulated_ci95_high").asDouble() - figure.get("simulated_ci95_low").asDouble()) / 2;
    // The simulation pins the answer rate to ± its 95 % half-width (60 replications × 14 days of
    // 1,440 calls); through the chain's slope that is the patience's own precision. Three standard
    // errors (about 10 % of the patience) fail a fit that reproduced the wrong figure, mixed up
    // minutes and seconds, or stopped at the Erlang A start (13 min here).
    double slope = (answerRate(truePatience * 1.01) - answerRate(truePatience * 0.99)) / (0.02 * truePatience);
    double tolerance = 3 * (simHalfWidth / 1.96) / slope;
    assertEquals(inverse(observedRate), fitted, tolerance, "fitted patience (tolerance " + tolerance + " s)\n"
        + out.toString(StandardCharsets.UTF_8));
    assertTrue(tolerance < 0.15 * truePatience, "a test that could fail: tolerance " + tolerance + " s");
    assertTrue(fit.get("optimiser").asText().startsWith("Brent"), fit.get("optimiser").asText());
    byte[] png = Files.readAllBytes(dir.resolve("fit/calibration.png"));
    assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "calibration.png is a chart");
    String page = Files.readString(dir.resolve("fit/report.html"));
    assertTrue(page.contains("What the fit found") && page.contains("callers.patience.mean") && page.contains("<svg"), "report.html");
  }
}
