package se.sim1177.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PairedFigures;
import se.sim1177.model.ReplicationMonitor;
import se.sim1177.scenario.ScenarioException;

/**
 * The what-if behind {@code serve}, without the server: an edit gives exactly the figures
 * {@code run --set} gives, paired against the baseline; a bad value is refused with the CLI's
 * located message; a value the page does not offer is refused; "Save" writes a file that
 * {@code run} reproduces byte for byte; a stopped run reports itself cancelled.
 */
class WhatIfTest {
  /** The evening shift of the bundled Värmland 2019 scenario: 16:00–22:00 every day, 4 nurses. */
  static final String EVENING = "staff.groups[0].shifts[3].nurses";
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir
  static Path tmp;
  static WhatIf whatIf;

  @BeforeAll
  static void baseline() throws Exception {
    whatIf = WhatIf.start(null, 2);
  }

  @Test
  void theFieldsAreTheScenariosOwnValuesAsWritten() {
    Map<String, String> written = new LinkedHashMap<>();
    whatIf.asWritten().fields().forEach(f -> written.put(f.key(), f.written()));
    assertEquals("4", written.get(EVENING));
    assertEquals("1", written.get("staff.groups[0].shifts[4].nurses"));
    assertEquals("office", written.get("staff.groups[0].workplace"));
    assertEquals("0.12", written.get("staff.groups[0].absence"));
    assertEquals("125000", written.get("arrivals.calls_per_year"));
    assertEquals("0.85", written.get("targets.answer_rate"));
    assertEquals("10m", written.get("targets.mean_wait"));
    assertEquals("karlstad: all 16:00–22:00", whatIf.asWritten().fields().stream().filter(f -> f.key().equals(EVENING)).findFirst()
        .orElseThrow().label());
  }

  @Test
  void aReactiveChatScenarioOffersItsResponseAndChatGoal() throws Exception {
    Map<String, String> written = new LinkedHashMap<>();
    ScenarioSource source = ScenarioSource.file(Path.of("scenarios/05-varmland-direkt-reactive.yaml"));
    se.sim1177.scenario.EditableValue.of(source.read(List.of()), source.text()).forEach(f -> written.put(f.key(), f.written()));
    assertEquals("0.65", written.get("chat.choice.response.at"));
    assertEquals("0.30", written.get("chat.choice.response.adoption"));
    assertEquals("0.80", written.get("targets.chat_response_within.share"));
    assertEquals("0.15", written.get("chat.adoption"));
  }

  @Test
  void withoutAStaffingSectionTheSearchIsOfferedTodaysShiftsMovedUpToAnHour() throws Exception {
    Draft offered = whatIf.asWritten().withTodaysShiftsAsTemplates();
    var staffing = offered.scenario().staffing();
    assertEquals(se.sim1177.scenario.Staffing.Method.SIMULATION, staffing.method());
    assertEquals(whatIf.baseline().staff().get(0).shifts().size(), staffing.templates().size(), "one template per shift of today's");
    // The weekend day shift starts at 08:00 today; the search may start it at 07:00, which closes the 07:00-08:00 gap.
    String text = offered.source().text();
    assertTrue(text.contains("- {group: karlstad, days: \"sat,sun\", starts: [\"07:00\", \"07:30\", \"08:00\", \"08:30\", \"09:00\"],"
        + " lengths: [8h]}"), text.substring(text.indexOf("staffing:")));
    assertTrue(text.contains("starts: [\"21:00\", \"21:30\", \"22:00\", \"22:30\", \"23:00\"], lengths: [9h]}"), "the night wraps");
    assertEquals(whatIf.baseline().staff(), offered.scenario().staff(), "the roster itself is today's");
    assertEquals(null, offered.withTodaysShiftsAsTemplates(), "a draft with a staffing: section keeps its own");
  }

  @Test
  void anEditGivesExactlyWhatRunSetGivesPairedAgainstTheBaseline() throws Exception {
    List<String> overrides = whatIf.asWritten().overrides(Map.of(EVENING, " 6 ", "staff.groups[0].shifts[0].nurses", "4"));
    assertEquals(List.of(EVENING + "=6"), overrides, "only a changed value makes an override, trimmed");
    long before = whatIf.simulations();
    WhatIf.Evaluation e = whatIf.evaluate(whatIf.asWritten(), overrides, new ReplicationMonitor(0));
    assertEquals(before + 1, whatIf.simulations());
    ExperimentResult viaRun = RunJob.run(new RunOptions(null, null, null, 1, tmp.resolve("run-set"), List.of(EVENING + "=6"),
        List.of("sim1177", "run")), QUIET, QUIET).result();
    for (String m : viaRun.summary().keySet()) {
      assertEquals(viaRun.metric(m).mean(), e.result().metric(m).mean(), 0.0, m);
    }
    PairedFigures.Figure rate = PairedFigures.figures(whatIf.baselineResult(), e.result(), List.of(Metrics.ANSWER_RATE)).get(0);
    assertEquals(Metrics.ANSWER_RATE, rate.metric());
    assertEquals(rate.edited().mean() - rate.baseline().mean(), rate.difference().mean(), 1e-12);
    // Two more evening nurses answer more calls; on the same callers the paired interval is narrow.
    assertTrue(rate.difference().ci95Low() > 0.03, "the evening shift's two nurses should raise the answer rate: " + rate.difference());
    assertTrue(rate.difference().ci95High() - rate.difference().ci95Low() < 0.02, "paired, the interval should be narrow: "
        + rate.difference());
    assertEquals(null, e.callersDiffer(), "a roster change keeps the baseline's callers");
  }

  @Test
  void aShareMayBeTypedAsThePageShowsIt() {
    Draft d = whatIf.asWritten();
    assertEquals(List.of("targets.answer_rate=0.8"), d.overrides(Map.of("targets.answer_rate", "80 %")));
    assertEquals(List.of(), d.overrides(Map.of("targets.answer_rate", "85%")), "85 % is the file's 0.85");
    assertEquals(List.of("staff.groups[0].absence=0.125"), d.overrides(Map.of("staff.groups[0].absence", "12.5%")));
    // Not a share in the file: left as typed, for the reader to refuse with its own message.
    assertEquals(List.of(EVENING + "=50%"), d.overrides(Map.of(EVENING, "50%")));
    assertEquals(List.of("arrivals.calls_per_year=10%"), d.overrides(Map.of("arrivals.calls_per_year", "10%")));
  }

  @Test
  void noChangeIsTheBaselineAndRunsNothing() throws Exception {
    long before = whatIf.simulations();
    WhatIf.Evaluation e = whatIf.evaluate(whatIf.asWritten(), whatIf.asWritten().overrides(Map.of(EVENING, "4")), new ReplicationMonitor(0));
    assertEquals(before, whatIf.simulations());
    assertTrue(e.result() == whatIf.baselineResult());
  }

  @Test
  void aBadValueIsRefusedWithTheClisLocatedMessage() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> whatIf.evaluate(whatIf.asWritten(), List.of(EVENING + "=-1"), new ReplicationMonitor(0)));
    assertEquals("--set " + EVENING + "=-1: " + EVENING + ": -1 must be a whole number from 0 to 100000",
        e.problems().get(0).toString());
  }

  @Test
  void aValueThePageDoesNotOfferIsRefused() {
    List<String> refused = whatIf.asWritten().refusals(Map.of("simulation.seed", "1", EVENING, "5\n6", "targets.answer_rate", "0.9"));
    assertEquals(2, refused.size(), refused.toString());
    assertTrue(refused.stream().anyMatch(r -> r.startsWith("simulation.seed: not a value this page edits")), refused.toString());
    assertTrue(refused.stream().anyMatch(r -> r.startsWith(EVENING + ": the value holds a line break")), refused.toString());
    assertEquals(List.of(), whatIf.asWritten().refusals(Map.of(EVENING, "x".repeat(Draft.MAX_VALUE_LENGTH))));
    assertEquals(1, whatIf.asWritten().refusals(Map.of(EVENING, "x".repeat(Draft.MAX_VALUE_LENGTH + 1))).size());
  }

  @Test
  void aSavedScenarioRunsToTheSameSummaryByteForByte() throws Exception {
    List<String> overrides = whatIf.asWritten().overrides(Map.of(EVENING, "6", "targets.mean_wait", "8m", "staff.groups[0].workplace", "satellite"));
    String saved = whatIf.savedText(whatIf.asWritten(), overrides, "test");
    assertNotNull(saved);
    assertTrue(saved.startsWith("# Edited on sim1177 test's what-if page from bundled:02-varmland-2019.yaml; the changes:\n"
        + "#   " + EVENING + ": 4 -> 6\n#   staff.groups[0].workplace: office -> satellite\n#   targets.mean_wait: 10m -> 8m\n"),
        saved.substring(0, 300));
    Path file = tmp.resolve("saved.yaml");
    Files.writeString(file, saved, StandardCharsets.UTF_8);
    RunJob.run(new RunOptions(file, null, null, 2, tmp.resolve("saved-run"), List.of(), List.of("sim1177", "run")), QUIET, QUIET);
    RunJob.run(new RunOptions(null, null, null, 2, tmp.resolve("set-run"), overrides, List.of("sim1177", "run")), QUIET, QUIET);
    assertArrayEquals(Files.readAllBytes(tmp.resolve("set-run/summary.json")), Files.readAllBytes(tmp.resolve("saved-run/summary.json")));
  }

  @Test
  void aStoppedRunIsCancelledAndANewerOneStillRuns() throws Exception {
    ReplicationMonitor stopped = new ReplicationMonitor(0);
    stopped.stop();
    assertThrows(WhatIf.Cancelled.class, () -> whatIf.evaluate(whatIf.asWritten(), List.of(EVENING + "=5"), stopped));
    assertEquals(List.of(EVENING + "=5"), whatIf.evaluate(whatIf.asWritten(), List.of(EVENING + "=5"), new ReplicationMonitor(0)).overrides());
  }
}
