package se.sim1177.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.scenario.ScenarioException;

/** observed.yaml as import writes it reads back; a broken one is refused at its line and key. */
class ObservedFileTest {
  @Test
  void whatImportWritesReadsBack() throws Exception {
    String text = String.join("\n", "calibrate_on: \"2019-11\"", "periods:", "  - period: \"2019-11\"", "    from: 2019-11-01",
        "    to: 2019-11-30", "    days_used: 29", "    figures:",
        "      answer_rate: {value: 0.657283, day_sd: 0.0209697, standard_error: 0.0039377}", "");
    ObservedFile f = ObservedFile.parse(text, "observed.yaml");
    assertEquals("2019-11", f.calibrateOn());
    ObservedFigure a = f.period("2019-11").figure("answer_rate");
    assertEquals(0.657283, a.value());
    assertEquals(0.0039377, a.standardError());
    assertEquals(29, a.days());
  }

  @Test
  void anUnknownFigureAMissingErrorAndAWrongPeriodAreNamedWithTheirLines() {
    String text = String.join("\n", "calibrate_on: \"2019-12\"", "periods:", "  - period: \"2019-11\"", "    from: 2019-11-01",
        "    to: 2019-11-30", "    figures:", "      answer_rat: {value: 0.65, standard_error: 0.004}",
        "      mean_wait_answered_s: {value: 900}", "");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ObservedFile.parse(text, "observed.yaml"));
    List<String> lines = e.problems().stream().map(Object::toString).toList();
    assertEquals(2, lines.size(), lines.toString());
    assertEquals(true, lines.get(0).startsWith("observed.yaml:7: periods[0].figures.answer_rat: is not a figure calibrate can"
        + " reproduce; allowed: abandon_rate, answer_rate,"), lines.get(0));
    assertEquals(true, lines.get(1).startsWith("observed.yaml:8: periods[0].figures.mean_wait_answered_s.standard_error: is"
        + " missing"), lines.get(1));
  }

  @Test
  void aShareAboveOneAndAPeriodNamedTwiceAreRefused() {
    String period = String.join("\n", "  - period: \"2019-11\"", "    from: 2019-11-01", "    to: 2019-11-30", "    figures:",
        "      answer_rate: {value: 1.5, standard_error: 0.004}");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ObservedFile.parse("periods:\n" + period + "\n" + period + "\n", "observed.yaml"));
    List<String> lines = e.problems().stream().map(Object::toString).toList();
    assertEquals(true, lines.get(0).startsWith("observed.yaml:6: periods[0].figures.answer_rate.value: \"1.5\" is not allowed;"
        + " allowed: a share from 0 to 1"), lines.toString());
    assertEquals(true, lines.stream().anyMatch(l -> l.contains("names a period named before")), lines.toString());
  }
  @Test
  void aCorrelationNoFiguresCouldHaveIsRefusedAndAPossibleOneIsRead() throws Exception {
    // Each entry is in -1..1 and the matrix is symmetric, yet a, b and c cannot each be 0.9
    // correlated with the next while a and c are -0.9: the smallest eigenvalue is about -0.6.
    String head = String.join("\n", "periods:", "  - period: \"2019-11\"", "    from: 2019-11-01", "    to: 2019-11-30",
        "    figures:", "      answer_rate: {value: 0.65, standard_error: 0.004}",
        "      abandon_rate: {value: 0.30, standard_error: 0.004}", "      service_level: {value: 0.5, standard_error: 0.01}",
        "    correlation:");
    String impossible = head + "\n      - [1, 0.9, -0.9]\n      - [0.9, 1, 0.9]\n      - [-0.9, 0.9, 1]\n";
    ScenarioException e = assertThrows(ScenarioException.class, () -> ObservedFile.parse(impossible, "observed.yaml"));
    String line = e.problems().get(0).toString();
    assertEquals(true, line.startsWith("observed.yaml:10: periods[0].correlation: is not positive semi-definite"), line);
    String possible = head + "\n      - [1, -0.9, 0.6]\n      - [-0.9, 1, -0.5]\n      - [0.6, -0.5, 1]\n";
    assertEquals(-0.9, ObservedFile.parse(possible, "observed.yaml").period("2019-11").correlation()[0][1]);
  }
}
