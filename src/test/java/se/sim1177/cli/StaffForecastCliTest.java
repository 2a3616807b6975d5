package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code arrivals.forecast_error}, {@code staff} says what hedging it costs: the simulation
 * method searches again with the forecast taken as right and gives the difference; the Erlang
 * methods, which do not see the error, say so.
 */
class StaffForecastCliTest {
  private static final String SCENARIO = "scenarios/08-varmland-staffing.yaml";

  @TempDir
  Path dir;

  @Test
  void theHedgeIsPricedByASecondSearchAndTheErlangMethodsSayTheyDoNotSeeIt() throws Exception {
    Path out = dir.resolve("sim");
    CliTest.Outcome o = sim("staff", SCENARIO, "--set", "arrivals.forecast_error=0.1", "--set", "simulation.days=14", "--out",
        out.toString(), "--threads", "2");
    assertEquals(0, o.code(), o.err());
    Matcher m = Pattern.compile("Hedging a 10 % forecast error \\(arrivals.forecast_error\\) costs (-?[0-9,]+) nurse-hours a week"
        + " \\([+-][0-9.]+ %\\): with the forecast taken as right, the search's roster needs ([0-9,]+)\\.").matcher(o.out());
    assertTrue(m.find(), o.out());
    JsonNode json = new ObjectMapper().readTree(out.resolve("staffing.json").toFile());
    double chosen = json.path("nurse_hours_per_week").asDouble();
    double hedge = Double.parseDouble(m.group(1).replace(",", ""));
    double without = Double.parseDouble(m.group(2).replace(",", ""));
    assertEquals(chosen, without + hedge, 1.0, "the note's two figures add up to the chosen roster's nurse-hours");
    assertTrue(json.toString().contains("Hedging a 10 % forecast error"), "the note is in staffing.json too");

    CliTest.Outcome erlang = sim("staff", SCENARIO, "--method", "erlang-a", "--set", "arrivals.forecast_error=0.1", "--out",
        dir.resolve("erlang").toString(), "--threads", "2");
    assertEquals(0, erlang.code(), erlang.err());
    assertTrue(erlang.out().contains("note: The Erlang requirements do not see a 10 % forecast error"), erlang.out());
  }
}
