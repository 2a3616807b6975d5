package se.sim1177.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * Common random numbers pay off: the paired 95 % interval of a difference between two staffing
 * levels run with one seed is much narrower than the interval the same runs would give if they were
 * independent.
 */
class CommonRandomNumbersTest {
  private static final int REPLICATIONS = 20;

  @Test
  void pairedDifferencesAreTighterThanIndependentOnes() throws Exception {
    RatioParts[] answerRates = new RatioParts[2];
    int i = 0;
    for (String nurses : List.of("4", "5")) {
      Scenario s = ScenarioReader.read(Path.of("scenarios/03-varmland-staffed.yaml"), List.of("staff.groups[0].shifts[3].nurses=" + nurses));
      RunControl r = s.simulation();
      s = s.withSimulation(new RunControl(14, 2, r.startWeekday(), REPLICATIONS, r.seed()));
      answerRates[i++] = ExperimentRunner.run(new CallCentreModel(s), r.seed(), REPLICATIONS, 2, null).replicationParts("answer_rate");
    }
    double paired = PairedDifference.of(answerRates[0], answerRates[1]).halfWidth();
    double independent = PairedDifference.independentHalfWidth(answerRates[0], answerRates[1]);
    assertTrue(paired < independent / 2, "paired half-width " + paired + " should be well under the independent " + independent);
  }

  @Test
  void adoptionRelievesThePhoneAndTheSweepsPairedDifferenceIsTighter() throws Exception {
    RatioParts[] answerRates = new RatioParts[2];
    int i = 0;
    for (String adoption : List.of("0", "0.3")) {
      Scenario s = ScenarioReader.read(Path.of("scenarios/05-varmland-direkt.yaml"), List.of("chat.adoption=" + adoption));
      RunControl r = s.simulation();
      s = s.withSimulation(new RunControl(14, 2, r.startWeekday(), REPLICATIONS, r.seed()));
      answerRates[i++] = ExperimentRunner.run(new CallCentreModel(s), r.seed(), REPLICATIONS, 2, null).replicationParts("answer_rate");
    }
    MetricSummary paired = PairedDifference.of(answerRates[0], answerRates[1]);
    assertTrue(paired.ci95Low() > 0, "30 % adoption must raise the phone answer rate: difference " + paired);
    double independent = PairedDifference.independentHalfWidth(answerRates[0], answerRates[1]);
    assertTrue(paired.halfWidth() < independent, "paired " + paired.halfWidth() + " should be under the independent " + independent);
  }
}
