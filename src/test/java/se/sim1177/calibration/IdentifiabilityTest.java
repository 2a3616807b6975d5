package se.sim1177.calibration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the figures cannot tell apart is said, with the observation that would. Offered calls count
 * redials: from offered calls, answer rate and mean wait alone, more redials of fewer first attempts
 * give the same figures (a ridge), and unique callers per day separate them. The abandon rate does
 * not (measured: it leaves the same ridge), so the test adds unique callers.
 */
class IdentifiabilityTest {
  @TempDir
  Path dir;

  @Test
  void redialsAndFirstAttemptsTradeOffUntilUniqueCallersAreObserved() throws Exception {
    Path imported = CalibrationRoundTrip.observedMonth(dir, 5);
    Path withoutCallers = CalibrationRoundTrip.keepOnly(imported, List.of("offered_calls_per_day", "answer_rate",
        "mean_wait_answered_s"));
    CalibrationResult ridge = CalibrationRoundTrip.calibrate(imported, withoutCallers, 99, 10, dir.resolve("ridge"));
    assertFalse(ridge.identified(), ridge.findings().toString());
    assertFalse(CalibrationRoundTrip.value(ridge, FitKey.REDIAL).identified());
    String said = ridge.findings().get(0);
    assertTrue(said.startsWith("Not identified: offered calls per day, answer rate and mean wait alone cannot tell apart"), said);
    assertTrue(said.contains("callers.redial.probability") && said.contains("arrivals.calls_per_day"), said);
    assertTrue(said.contains("Observing the unique callers per day would separate them"), said);

    Path withCallers = CalibrationRoundTrip.keepOnly(imported, List.of("offered_calls_per_day", "unique_callers_per_day",
        "answer_rate", "mean_wait_answered_s"));
    CalibrationResult separated = CalibrationRoundTrip.calibrate(imported, withCallers, 99, 10, dir.resolve("separated"));
    assertTrue(separated.identified(), separated.findings().toString());
    assertTrue(separated.findings().get(0).startsWith("Identified"), separated.findings().toString());
  }
}
