package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;
import se.sim1177.analytic.ErlangA;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioReader;

/**
 * arrivals.forecast_error: one Gamma factor (mean 1, that coefficient of variation) on a period's
 * whole volume. On the M/M/8+M line of the Erlang A check (60 calls an hour, 8-minute calls,
 * 10-minute patience, 14 measured days), a period's answer rate is almost exactly Erlang A's at its
 * own arrival rate λF: the sampling noise of 20,000 calls (about 0.005) is a tenth of the spread the
 * forecast makes (about 0.05). With the target set to Erlang A's answer rate at 1.1 λ, a period
 * meets it exactly when F ≤ 1.1, so P(period meets) is the Gamma CDF at 1.1: 0.84 for a 10 % error.
 * Over 400 periods its standard error is 0.018; the tolerance of 3.5 standard errors (0.064) tells it
 * from no error at all (about 1) with power above 0.99, and from the error applied twice, a 14 % one
 * (0.77), with power about 0.68.
 */
class ForecastErrorTest {
  private static final int REPLICATIONS = 400;
  private static final double RATE = 60 / 3600.0;

  private static Scenario scenario(double target, String forecastError) throws ScenarioException {
    return ScenarioReader.read(Path.of("scenarios/01-erlang-a-check.yaml"), List.of("simulation.replications=" + REPLICATIONS,
        "targets={answer_rate: " + String.format(Locale.ROOT, "%.6f", target) + "}", "arrivals.forecast_error=" + forecastError));
  }

  private static double shareMeeting(Scenario s) {
    ExperimentResult r = ExperimentRunner.run(new CallCentreModel(s), s.simulation().seed(), REPLICATIONS, 2, null);
    PeriodRisk.TargetRisk risk = r.risk().targets().stream().filter(t -> t.name().equals("answer_rate")).findFirst().orElseThrow();
    return (double) risk.meeting() / REPLICATIONS;
  }

  @Test
  void aWrongForecastMakesAPeriodMeetItsTargetAsOftenAsTheExactMixtureSays() throws ScenarioException {
    double target = new ErlangA(RATE * 1.1, 480, 8, 600).figuresWithoutServiceLevel().answerRate();
    double k = 1 / (0.1 * 0.1);
    double expected = new GammaDistribution(k, 1 / k).cumulativeProbability(1.1);
    assertEquals(0.84, expected, 0.005, "the mixture's value, as the comment says");
    double tolerance = 3.5 * Math.sqrt(expected * (1 - expected) / REPLICATIONS);
    double withError = shareMeeting(scenario(target, "0.1"));
    assertEquals(expected, withError, tolerance, "P(period meets) with a 10 % forecast error");
    // The same roster with the forecast right meets that target in nearly every period: the error is what lowers it.
    double right = shareMeeting(scenario(target, "0"));
    assertTrue(right > withError + 0.1, right + " without an error against " + withError + " with");
  }
}
