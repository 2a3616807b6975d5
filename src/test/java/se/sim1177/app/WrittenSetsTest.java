package se.sim1177.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.calibration.FitKey;

/** calibrate's --set values reach the fit's start and the calibrated file, or are named when the file cannot hold them. */
class WrittenSetsTest {
  private static final String SCENARIO = String.join("\n", "callers:", "  patience: {distribution: exponential, mean: 20m}",
      "  redial: {probability: 0.5, delay: {distribution: exponential, mean: 10m}}", "");

  @Test
  void aSetOnAWrittenKeyIsWrittenInAndOneOnAnUnwrittenKeyIsNamed() {
    WrittenSets sets = WrittenSets.apply(SCENARIO, List.of("callers.redial.probability=0.3", "callers.balk_probability=0.1"));
    assertEquals(SCENARIO.replace("probability: 0.5", "probability: 0.3"), sets.text());
    assertEquals(List.of("callers.balk_probability=0.1"), sets.notWritten());
    // The fit starts where the --set put the key, and searches around that value.
    FitKey patience = FitKey.parse(FitKey.PATIENCE, WrittenSets.apply(SCENARIO, List.of("callers.patience.mean=40m")).text());
    assertEquals(2400, patience.written());
    assertEquals(600, patience.low());
    assertEquals(0.3, FitKey.parse(FitKey.REDIAL, sets.text()).written());
  }

  @Test
  void aValueThatIsNotAPlainNumberDurationOrWordIsNamedNotWrittenIn() throws Exception {
    String text = "name: Region\n" + SCENARIO;
    WrittenSets sets = WrittenSets.apply(text, List.of("name=My region: north", "callers.redial.probability=0.3\nqueue: {}",
        "callers.patience.mean=40m"));
    assertEquals(text.replace("mean: 20m", "mean: 40m"), sets.text());
    assertEquals(List.of("name=My region: north", "callers.redial.probability=0.3\nqueue: {}"), sets.notWritten());
    // Named at the top as a comment, its line break shown, not written as a line of YAML.
    String calibrated = CalibrateJob.calibratedText(sets, List.of(), null);
    assertEquals(true, calibrated.startsWith("# fitted with --set name=My region: north, which this file does not write"), calibrated);
    assertEquals(text.split("\n", -1).length + 2, calibrated.split("\n", -1).length, "one comment line per set, no more");
  }
}
