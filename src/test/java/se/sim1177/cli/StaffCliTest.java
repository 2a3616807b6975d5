package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.Metrics;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/** {@code sim1177 staff} as a user runs it: the files it writes, and bad input refused with nothing written. */
class StaffCliTest {
  private static final String SCENARIO = "scenarios/08-varmland-staffing.yaml";
  private static final int CHECK_MONTHS = 1000;

  @TempDir
  Path tmp;

  @Test
  void erlangAWritesEveryFileAndAStaffedScenarioThatRuns() throws Exception {
    Path out = tmp.resolve("staff");
    // Satellites slower than in the file (factor 1.3 for 1.05), so that no cheapest roster uses them and
    // the emptied group is said: at 1.05 a roster of the same cost has one satellite nurse each weekday,
    // and the day-to-day tie-break takes it.
    CliTest.Outcome o = sim("staff", SCENARIO, "--method", "erlang-a", "--set", "staff.groups[1].handle_time_factor=1.3",
        "--out", out.toString(), "--threads", "2");
    assertEquals(0, o.code(), o.err());
    for (String f : List.of("requirements.csv", "roster.yaml", "staffed-scenario.yaml", "staffing.json", "coverage.png", "report.html",
        "run.json")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    assertTrue(o.out().contains("Erlang A roster") && o.out().contains("today's roster"), o.out());
    // The roster itself, shift by shift, before the comparison; an emptied group said with why.
    assertTrue(o.out().indexOf("the roster (erlang-a), ") < o.out().indexOf("today's roster"), o.out());
    assertTrue(o.out().contains("  group          workplace  days                 hours        nurses"), o.out());
    assertTrue(o.out().contains("  satellites     satellite  no shifts") && o.out().contains("satellites: no shifts (today "), o.out());
    assertTrue(Files.exists(out.resolve("roster.png")), "the roster chart");
    List<String> rows = Files.readAllLines(out.resolve("requirements.csv"));
    assertEquals("weekday,start,end,offered_calls,load_erlangs,erlang_c,erlang_a,required,scheduled,expected_on_duty", rows.get(0));
    assertEquals(1 + 7 * 24, rows.size());
    assertCovered(rows, true);
    JsonNode json = new ObjectMapper().readTree(out.resolve("staffing.json").toFile());
    assertEquals("erlang-a", json.path("method").asText());
    for (String key : List.of("today", "today_scaled", "erlang_c", "erlang_a", "this")) {
      JsonNode r = json.path("rosters").path(key);
      assertTrue(r.path("nurse_hours_per_week").asDouble() > 0, key);
      assertTrue(r.has("answer_rate") && r.has("mean_wait_s") && r.has("share_meeting_targets"), key);
    }
    // run.json records the work of every check simulated (four rosters at least, each of 400
    // replications of a month of about 420 calls a day), not zeros.
    JsonNode record = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertTrue(record.path("calls_simulated").asLong() > 4L * 400 * 28 * 300, record.toString());
    assertTrue(record.path("events").asLong() > record.path("calls_simulated").asLong(), record.toString());
    // Erlang A's roster is this one; the staffed scenario reads and runs like any other.
    assertEquals(json.path("rosters").path("erlang_a").path("nurse_hours_per_week").asDouble(),
        json.path("rosters").path("this").path("nurse_hours_per_week").asDouble());
    Scenario staffed = ScenarioReader.read(out.resolve("staffed-scenario.yaml"), List.of());
    assertEquals(3, staffed.staff().size());
    Scenario roster = ScenarioReader.parse(Files.readString(Path.of(SCENARIO)).replaceAll("(?s)staff:.*?(?=\ntargets:)",
        Files.readString(out.resolve("roster.yaml")).replaceAll("(?m)^#.*\n", "").stripTrailing()), "r.yaml", "r", List.of());
    assertEquals(staffed.staff(), roster.staff(), "roster.yaml pasted over the staff section gives the staffed scenario");
    // report.html: the answer in words with staffing.json's figures, the five rosters, the coverage chart.
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains(String.format(java.util.Locale.ROOT, "The erlang-a roster needs %,.0f nurse-hours a week",
        json.path("rosters").path("this").path("nurse_hours_per_week").asDouble())), "the answer in words");
    for (String label : List.of("today&#39;s roster", "Erlang C roster", "Erlang A roster")) {
      assertTrue(report.contains("<th scope=\"row\">" + label + "</th>"), "the rosters compared: " + label);
    }
    assertTrue(report.contains("<svg id='chart-coverage'") && report.contains("phone nurses"), "the coverage chart");
    CliTest.Outcome run = sim("run", out.resolve("staffed-scenario.yaml").toString(), "--replications", "3", "--out",
        tmp.resolve("run").toString());
    assertEquals(0, run.code(), run.err());
  }

  /**
   * Every interval of requirements.csv has at least its requirement on duty: the nurses the roster
   * schedules × (1 − their group's absence), written by the report from the roster alone, must reach
   * the requirement in standard nurses that the roster program covered. (A nurse of handle-time
   * factor f ≥ 1, all of them in scenarios/08, covers at most 1 − absence standard nurses, so this
   * holds whenever the program's cover is right.) Absence left out of the program's cover leaves
   * intervals short; Erlang A's roster is covered against Erlang A's requirement, column for column.
   */
  static void assertCovered(List<String> rows, boolean erlangA) {
    assertCovered(rows, erlangA, 0);
  }

  /**
   * The same, for a roster from which the simulation method took {@code shiftsTakenAway} shifts
   * after the program (its notes say how many; the guide says an interval may then fall below the
   * requirement): only the intervals those shifts covered may be short, at most ten hours of them
   * a shift (the longest template), and each by less than a nurse a shift. Absence left out of the
   * cover would leave most intervals short, by more than a nurse where ten are needed.
   */
  static void assertCovered(List<String> rows, boolean erlangA, int shiftsTakenAway) {
    int shortIntervals = 0;
    StringBuilder first = new StringBuilder();
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      double required = Double.parseDouble(f[7]);
      double expectedOnDuty = Double.parseDouble(f[9]);
      if (erlangA) {
        assertEquals(Double.parseDouble(f[6]), required, 0.0, "the Erlang A roster covers Erlang A's requirement: " + row);
      }
      if (expectedOnDuty < required - 1e-6) {
        shortIntervals++;
        assertTrue(required - expectedOnDuty < shiftsTakenAway, "short by more than the shifts taken away (" + shiftsTakenAway
            + ") can explain: " + row);
        if (first.length() == 0) {
          first.append(row);
        }
      }
    }
    assertTrue(shortIntervals <= 10 * shiftsTakenAway, shortIntervals + " intervals with fewer nurses expected on duty than"
        + " required, more than " + shiftsTakenAway + " shifts taken away can explain; the first: " + first);
  }

  /** The shifts the simulation method's notes say stay taken away from the program's roster. */
  static int shiftsTakenAway(JsonNode notes) {
    int taken = 0;
    for (JsonNode note : notes) {
      Matcher m = Pattern.compile("(One|[0-9]+) shifts? (?:was|were) taken away|(one|[0-9]+) shifts? stays? taken away")
          .matcher(note.asText());
      if (m.find()) {
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        taken = n.equalsIgnoreCase("one") ? 1 : Integer.parseInt(n);
      }
    }
    return taken;
  }

  @Test
  void badStaffingInputIsRefusedWithItsLineAndNothingIsWritten() throws Exception {
    String text = Files.readString(Path.of(SCENARIO)).replace("{group: home, days: all", "{group: hem, days: all");
    Path file = tmp.resolve("bad.yaml");
    Files.writeString(file, text);
    Path out = tmp.resolve("out");
    CliTest.Outcome o = sim("staff", file.toString(), "--out", out.toString());
    assertEquals(2, o.code());
    assertTrue(o.err().contains("bad.yaml:") && o.err().contains("staffing.templates[3].group") && o.err().contains("\"hem\"")
        || o.err().contains("hem"), o.err());
    assertFalse(o.err().contains("Exception"), o.err());
    assertFalse(Files.exists(out));
    CliTest.Outcome method = sim("staff", SCENARIO, "--method", "exact", "--out", out.toString());
    assertEquals(2, method.code());
    assertTrue(method.err().contains("--method") && method.err().contains("erlang-c, erlang-a, simulation"), method.err());
    CliTest.Outcome none = sim("staff", "scenarios/03-varmland-staffed.yaml", "--out", out.toString());
    assertEquals(2, none.code());
    assertTrue(none.err().contains("has no staffing: section"), none.err());
    assertFalse(Files.exists(out));
    // No seats for the night: the roster program finds no roster, and the refusal names the line
    // of the seats as written.
    String noSeats = Files.readString(Path.of(SCENARIO)).replace("seats: {karlstad: 14, satellites: 4}", "seats: {karlstad: 0, satellites: 0}");
    Path seats = tmp.resolve("no-seats.yaml");
    Files.writeString(seats, noSeats);
    int line = 1 + (int) noSeats.substring(0, noSeats.indexOf("seats: {karlstad: 0")).chars().filter(ch -> ch == '\n').count();
    CliTest.Outcome unstaffable = sim("staff", seats.toString(), "--method", "erlang-a", "--out", out.toString());
    assertEquals(2, unstaffable.code(), unstaffable.err());
    assertTrue(unstaffable.err().contains("no-seats.yaml:" + line + ": staffing.seats") && unstaffable.err().contains("allow at most 0"),
        unstaffable.err());
    assertFalse(Files.exists(out));
    CliTest.Outcome viaSet = sim("staff", SCENARIO, "--method", "erlang-a", "--set", "staffing.seats.karlstad=0", "--set",
        "staffing.seats.satellites=0", "--out", out.toString());
    assertEquals(2, viaSet.code(), viaSet.err());
    assertTrue(viaSet.err().contains("(with --set staffing.seats.karlstad=0, --set staffing.seats.satellites=0)"), viaSet.err());
    assertFalse(Files.exists(out));
  }

  /**
   * Seats too few for the square-root rule's rosters do not make the search give up while the
   * Erlang A roster fits them and meets the targets: the search starts from that roster.
   */
  @Test
  void seatsThatStopTheSquareRootRuleStillGiveARoster() throws Exception {
    Path file = tmp.resolve("seats.yaml");
    Files.writeString(file, Files.readString(Path.of(SCENARIO)).replace("seats: {karlstad: 14, satellites: 4}",
        "seats: {karlstad: 8, satellites: 0}"));
    Path out = tmp.resolve("seats");
    CliTest.Outcome o = sim("staff", file.toString(), "--out", out.toString(), "--threads", "2");
    assertEquals(0, o.code(), o.err());
    JsonNode json = new ObjectMapper().readTree(out.resolve("staffing.json").toFile());
    assertTrue(json.path("rosters").path("this").path("meets_targets").asBoolean(), json.toPrettyString());
    for (JsonNode g : json.path("groups")) {
      int seats = g.path("name").asText().equals("karlstad") ? 8 : g.path("name").asText().equals("satellites") ? 0 : 1000;
      assertTrue(g.path("most_scheduled_at_once").asInt() <= seats, g.toString());
    }
  }

  @Test
  void aSolverOutOfTimeIsARunFailureWithWhatToDo() {
    CliTest.Outcome o = sim("staff", SCENARIO, "--method", "erlang-a", "--time-limit", "0.001s", "--out", tmp.resolve("t").toString());
    assertEquals(1, o.code(), o.err());
    assertTrue(o.err().contains("--time-limit") && !o.err().contains("internal error"), o.err());
    assertFalse(Files.exists(tmp.resolve("t")));
    // The hint used to repeat the limit given ("allow more time (--time-limit 0.001s)"): it names
    // the limit as typed and suggests a larger one, or a smaller program.
    assertTrue(o.err().contains("no roster within --time-limit 0.001s (321 candidate shifts); allow it more time, e.g. --time-limit 1m,"
        + " or offer fewer candidate shifts"), o.err());
  }

  /** Templates of every minute's start and 1,380 lengths ran 400 s and took 2.6 GB before, with no output; check passed them. */
  @Test
  void templatesOfEveryMinuteAreRefusedBeforeAnyShiftIsBuilt() throws Exception {
    StringBuilder lengths = new StringBuilder();
    for (int minutes = 60; minutes < 1440; minutes++) {
      lengths.append(minutes == 60 ? "" : ", ").append(minutes).append('m');
    }
    Path file = withTemplates("minutes.yaml",
        "    - {group: karlstad, days: all, starts: {from: \"00:00\", to: \"23:59\", every: 1m}, lengths: [" + lengths + "]}\n");
    int line = lineOf(file, "every: 1m");
    Path out = tmp.resolve("out");
    for (List<String> command : List.of(List.of("staff", file.toString(), "--out", out.toString()), List.of("check", file.toString()))) {
      CliTest.Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> sim(command.toArray(String[]::new)));
      assertEquals(2, o.code(), o.err());
      assertTrue(o.err().startsWith("error: " + file + ":" + line + ": staffing.templates[0]: offers 13,910,400 candidate shifts"
          + " (7 days × 1,440 starts × 1,380 lengths), more than the 25,000 the roster program takes in all"), command + ": " + o.err());
      assertFalse(Files.exists(out));
    }
    // Few shifts, but on a 1-minute grid: 4.8 million shift-slots, which no solver solved in a minute.
    Path minute = withTemplates("minute-grid.yaml",
        "    - {group: karlstad, days: all, starts: {from: \"00:00\", to: \"23:59\", every: 1m}, lengths: [8h]}\n");
    CliTest.Outcome o = sim("staff", minute.toString(), "--out", out.toString());
    assertEquals(2, o.code(), o.err());
    assertTrue(o.err().contains(minute + ":" + lineOf(minute, "every: 1m") + ": staffing.templates[0]: offers 10,080 candidate shifts")
        && o.err().contains("covering 4,838,400 slots of 1 minute") && o.err().contains("more than the 1,000,000 shift-slots"), o.err());
  }

  /**
   * A 30-day patience with 12.5 million calls a year hung inside Erlang A (a chain of hundreds of
   * thousands of callers for each staffing level of each hour): refused at the patience's line.
   */
  @Test
  void anErlangLimitInsideTheSearchIsRefusedAtTheScenarioKey() throws Exception {
    Path file = tmp.resolve("patient.yaml");
    Files.writeString(file, Files.readString(Path.of(SCENARIO)).replace("calls_per_year: 125000", "calls_per_year: 12500000")
        .replace("patience: {distribution: exponential, mean: 90m}", "patience: {distribution: exponential, mean: 30d}"));
    CliTest.Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> sim("staff", file.toString(), "--method", "erlang-a", "--out", tmp.resolve("out").toString()));
    assertEquals(2, o.code(), o.err());
    assertTrue(o.err().contains("error: " + file + ":" + lineOf(file, "mean: 30d") + ": callers.patience.mean: in Monday ")
        && o.err().contains("Erlang A: with ") && o.err().contains("more than the 100,000 callers Erlang A follows")
        && o.err().contains("shorten callers.patience"), o.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  /** --replications 100000 gave no estimate: the search now says before it starts how long it may take. */
  @Test
  void aLongSearchSaysHowLongItMayTakeBeforeItStarts() {
    // The solver's time-out stops the search before its first simulation, after the estimate.
    CliTest.Outcome o = sim("staff", SCENARIO, "--method", "erlang-c", "--replications", "100000", "--threads", "1", "--time-limit",
        "0.001s", "--out", tmp.resolve("t").toString());
    assertEquals(1, o.code(), o.err());
    assertTrue(o.err().matches("(?s)at most about \\d+ (h|days)[^\n]* of simulation on 1 thread \\(up to 12 simulations of 100,000"
        + " replications and 5 fresh-seed checks of 400,000, each of 31 days\\); Ctrl-C stops without writing anything\n.*"), o.err());
  }

  /** Issue 17, item 10: what staff says about its own options and the staffing section. */
  @Test
  void staffsOptionsAndStaffingKeysAreRefusedAsWritten() {
    assertFalse(sim("staff", "--help").out().contains("--max-callers"), "staff refuses --max-callers, so its help does not list it");
    CliTest.Outcome maxCallers = sim("staff", SCENARIO, "--max-callers", "5");
    assertEquals(2, maxCallers.code(), maxCallers.err());
    CliTest.Outcome cost = sim("staff", SCENARIO, "--set", "staffing.cost.hour=1e308");
    assertEquals(2, cost.code(), cost.err());
    assertTrue(cost.err().contains("staffing.cost.hour: 1e308 must be a relative cost above 0 and at most 1000"), cost.err());
    CliTest.Outcome limit = sim("staff", SCENARIO, "--time-limit", "2d");
    assertEquals(List.of("error: --time-limit 2d: must be a duration above 0 and at most 1d"), limit.err().lines().toList());
    // --method sets a key of the staffing: section; a file without one is told so, not that --method lacks templates.
    CliTest.Outcome method = sim("staff", "scenarios/03-varmland-staffed.yaml", "--method", "erlang-a");
    assertEquals(2, method.code(), method.err());
    assertTrue(method.err().contains("scenarios/03-varmland-staffed.yaml: has no staffing: section") && !method.err().contains("--method"),
        method.err());
  }

  /**
   * staffing.json held wall-clock times, so two identical searches wrote different files; they are
   * in run.json now. The second search runs on one thread, the first on two: every decision of the
   * simulation method (the margin's bisection, the shifts taken away, the checks) is the same.
   */
  @Test
  void identicalSearchesWriteIdenticalStaffingJsonOnAnyThreadCount() throws Exception {
    String[] search = {"staff", SCENARIO, "--method", "simulation", "--set", "simulation.days=2", "--set",
        "simulation.warmup_days=0", "--out"};
    for (String name : List.of("first", "second")) {
      CliTest.Outcome o = sim(CliTest.concat(search, tmp.resolve(name).toString(), "--threads", name.equals("first") ? "2" : "1"));
      assertEquals(0, o.code(), o.err());
    }
    assertEquals(Files.readString(tmp.resolve("first").resolve("roster.yaml")), Files.readString(tmp.resolve("second").resolve("roster.yaml")));
    String first = Files.readString(tmp.resolve("first").resolve("staffing.json"));
    assertEquals(first, Files.readString(tmp.resolve("second").resolve("staffing.json")), "staffing.json byte for byte");
    JsonNode json = new ObjectMapper().readTree(first);
    assertFalse(json.has("wall_seconds") || json.path("solver").has("seconds"), first);
    assertTrue(json.path("solver").has("optimal") && json.path("solver").has("relative_gap"), first);
    JsonNode run = new ObjectMapper().readTree(tmp.resolve("first").resolve("run.json").toFile());
    assertTrue(run.path("wall_seconds").asDouble() > 0 && run.path("solver").path("seconds").isNumber(), run.toString());
  }

  /** The scenario with {@code templates} (one template a line) in place of its templates. */
  private Path withTemplates(String name, String templates) throws Exception {
    String text = Files.readString(Path.of(SCENARIO));
    int from = text.indexOf("  templates:\n") + "  templates:\n".length();
    int to = text.indexOf("  seats:");
    Path file = tmp.resolve(name);
    Files.writeString(file, text.substring(0, from) + templates + text.substring(to));
    return file;
  }

  /** The 1-based line of the first line of {@code file} holding {@code text}. */
  private static int lineOf(Path file, String text) throws Exception {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  /**
   * The example's known answer and the issue's acceptance. The run is the one that made
   * {@code results/examples/08-varmland-staffing-staff} ({@code staff
   * scenarios/08-varmland-staffing.yaml --threads 2}), so its deterministic outputs must be that
   * example's, like the other bundled examples (a change detector: regenerate it with the command
   * in results/README.md when a change is meant): {@code roster.yaml} and {@code requirements.csv}
   * byte for byte, {@code staffing.json} with its wall-clock times left out. Every interval of its
   * requirements.csv is covered but where a shift the notes count as taken away leaves it short
   * ({@link #assertCovered}). Then: the simulation method's roster meets 85 % answered and a 10-minute mean
   * wait over the month in at least 90 % of months, with fewer nurse-hours than today's roster
   * scaled up evenly until it meets the targets. The check uses a seed the search never saw and
   * 1,000 replications rather than the issue's 200, so that it measures the roster's true share of
   * months (SE about 0.009 at 0.92; with 200 it is 0.02, and a roster whose share is truly 0.93
   * shows under 90 % in about one 200-month sample in ten). A roster whose true share were 0.88
   * would pass with probability about 0.03; one at 0.93 fails with probability below 0.001.
   */
  @Test
  void theSimulationRosterMeetsTheTargetsInAFreshSeedCheckWithFewerHoursThanScalingToday() throws Exception {
    Path out = tmp.resolve("sim");
    CliTest.Outcome o = sim("staff", SCENARIO, "--out", out.toString(), "--threads", "2");
    assertEquals(0, o.code(), o.err());
    Path example = Path.of("results", "examples", "08-varmland-staffing-staff");
    for (String file : List.of("roster.yaml", "requirements.csv")) {
      assertEquals(Files.readString(example.resolve(file)), Files.readString(out.resolve(file)),
          file + " differs from results/examples/08-varmland-staffing-staff; regenerate it if the change is intended");
    }
    assertEquals(withoutWallTimes(new ObjectMapper().readTree(example.resolve("staffing.json").toFile())),
        withoutWallTimes(new ObjectMapper().readTree(out.resolve("staffing.json").toFile())),
        "staffing.json (wall times aside) differs from results/examples/08-varmland-staffing-staff");
    JsonNode json = new ObjectMapper().readTree(out.resolve("staffing.json").toFile());
    assertCovered(Files.readAllLines(out.resolve("requirements.csv")), false, shiftsTakenAway(json.path("notes")));
    assertTrue(json.path("targets_met").asBoolean(), json.toPrettyString());
    double hours = json.path("rosters").path("this").path("nurse_hours_per_week").asDouble();
    double scaled = json.path("rosters").path("today_scaled").path("nurse_hours_per_week").asDouble();
    assertTrue(hours < scaled, hours + " nurse-hours against " + scaled + " for today's roster scaled up");
    Scenario staffed = ScenarioReader.read(out.resolve("staffed-scenario.yaml"), List.of());
    ExperimentResult r = ExperimentRunner.run(new CallCentreModel(staffed), 20261124L, CHECK_MONTHS, 2, null);
    double[] rate = r.replicationValues(Metrics.ANSWER_RATE.key());
    double[] wait = r.replicationValues(Metrics.MEAN_WAIT_ANSWERED.key());
    int met = 0;
    for (int i = 0; i < rate.length; i++) {
      met += rate[i] >= 0.85 && wait[i] <= 600 ? 1 : 0;
    }
    assertTrue(met >= 0.9 * CHECK_MONTHS, met + " of " + CHECK_MONTHS + " fresh-seed months met both targets; 90 % asked");
  }

  /** {@code staffing.json} without the fields that hold wall-clock times, which differ from run to run. */
  private static JsonNode withoutWallTimes(JsonNode staffing) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = staffing.deepCopy();
    copy.remove("wall_seconds");
    if (copy.path("solver").isObject()) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("solver")).remove("seconds");
    }
    return copy;
  }
}
