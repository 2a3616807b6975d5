package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process as a user would type it. */
class CliTest {
  private static final String SCENARIO = "scenarios/02-varmland-2019.yaml";
  private static final String[] SHORT = {"--replications", "3", "--set", "simulation.days=7", "--set", "simulation.warmup_days=1"};

  @TempDir
  Path tmp;

  record Outcome(int code, String out, String err) {}

  static Outcome sim(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }

  /**
   * {@code staff} of scenario 08 by Erlang A on 2 threads, with {@code set} and no absence in any of
   * its three groups (so what is scheduled is what is on duty), into {@code out}.
   */
  static Outcome staff08WithoutAbsence(Path out, String... set) {
    String[] command = {"staff", "scenarios/08-varmland-staffing.yaml", "--method", "erlang-a", "--out", out.toString(),
        "--threads", "2", "--set", "staff.groups[0].absence=0", "--set", "staff.groups[1].absence=0", "--set",
        "staff.groups[2].absence=0"};
    return sim(concat(command, set));
  }

  @Test
  void runWritesEveryResultFile() throws Exception {
    Path out = tmp.resolve("run");
    Outcome o = sim(concat(new String[] {"run", SCENARIO, "--out", out.toString(), "--threads", "2"}, SHORT));
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("answer_rate"), o.out());
    assertTrue(o.out().contains("95% CI"), o.out());
    for (String f : List.of("summary.json", "intervals.csv", "daily.csv", "replications.csv", "scenario.yaml", "run.json", "week.png", "report.html")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(3, summary.get("replications").asInt());
    assertEquals(7, summary.get("days").asInt());
    assertEquals(12345, summary.get("seed").asLong());
    for (String m : List.of("offered_calls_per_day", "answered_calls_per_day", "unique_callers_per_day", "answer_rate",
        "unique_caller_answer_rate", "abandon_rate", "balk_rate", "blocked_rate", "mean_wait_answered_s",
        "mean_wait_all_s", "mean_time_to_abandon_s", "p90_wait_answered_s", "service_level", "occupancy",
        "nurse_hours_per_day", "overtime_hours_per_day")) {
      JsonNode metric = summary.get("metrics").get(m);
      assertTrue(metric != null && metric.has("mean") && metric.has("ci95_low") && metric.has("ci95_high"), m);
    }
    JsonNode target = summary.get("targets").get("answer_rate");
    assertEquals(0.85, target.get("target").asDouble(), 0.0);
    assertTrue(target.has("mean") && target.has("met"));
    assertEquals(7 * 24 + 1, Files.readAllLines(out.resolve("intervals.csv")).size());
    assertEquals(8, Files.readAllLines(out.resolve("daily.csv")).size());
    assertEquals(4, Files.readAllLines(out.resolve("replications.csv")).size());
    assertEquals(1400, ImageIO.read(out.resolve("week.png").toFile()).getWidth());
    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals("run", run.get("command_line").get(1).asText());
    assertEquals(2, run.get("threads").asInt());
    try (Stream<Path> leftovers = Files.list(tmp)) {
      assertEquals(List.of(out), leftovers.toList(), "no staging folder left behind");
    }
  }

  @Test
  void theThreadCountDoesNotChangeTheFiles() throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    assertEquals(0, sim(concat(new String[] {"run", SCENARIO, "--out", one.toString(), "--threads", "1"}, SHORT)).code());
    assertEquals(0, sim(concat(new String[] {"run", SCENARIO, "--out", two.toString(), "--threads", "3"}, SHORT)).code());
    for (String f : List.of("summary.json", "intervals.csv", "daily.csv", "replications.csv")) {
      assertEquals(Files.readString(one.resolve(f)), Files.readString(two.resolve(f)), f);
    }
  }

  @Test
  void runWithoutAScenarioUsesTheBundledDefault() {
    Path out = tmp.resolve("default");
    Outcome o = sim(concat(new String[] {"run", "--out", out.toString()}, SHORT));
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().startsWith("with --set simulation.days=7 --set simulation.warmup_days=1" + System.lineSeparator()
        + "Värmland-sized region, November 2019"), "the overrides, then the scenario: " + o.out());
    assertTrue(Files.isRegularFile(out.resolve("summary.json")));
  }

  @Test
  void aBrokenScenarioIsRefusedWithLocatedMessagesAndNothingWritten() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of(SCENARIO))
        .replace("end: \"22:00\", nurses: 4", "end: \"25:00\", nurses: 4")
        .replace("balk_probability: 0.02", "balk_probabilty: 0.02"));
    Path out = tmp.resolve("never");
    Outcome o = sim("run", bad.toString(), "--out", out.toString());
    assertEquals(2, o.code());
    assertTrue(o.err().contains(bad + ":55: staff.groups[0].shifts[3].end: \"25:00\" is not a time of day"), o.err());
    assertTrue(o.err().contains("callers.balk_probabilty: unknown key (did you mean 'balk_probability'?)"), o.err());
    assertTrue(o.err().contains("2 problems; nothing was run or written."), o.err());
    assertFalse(o.err().contains("Exception"), o.err());
    assertFalse(Files.exists(out));
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(List.of(bad), files.toList());
    }
  }

  @Test
  void unreadableScenariosGetOneLineEachAndNothingIsWritten() throws Exception {
    Path tab = tmp.resolve("tab.yaml");
    Files.writeString(tab, Files.readString(Path.of(SCENARIO)).replace("\n  calls_per_year:", "\n\tcalls_per_year:"));
    Outcome t = sim("run", tab.toString(), "--out", tmp.resolve("never").toString());
    assertEquals(2, t.code());
    assertEquals(List.of("error: " + tab + ":23:1: tabs are not allowed for indentation in YAML; use spaces",
        "1 problem; nothing was run or written."), t.err().lines().toList());
    Path big = tmp.resolve("big.yaml");
    Files.writeString(big, "note: " + "x".repeat(2 << 20) + "\n");
    Outcome b = sim("check", big.toString());
    assertEquals(2, b.code());
    assertEquals(List.of("error: " + big + ": is " + Files.size(big) + " bytes; a scenario file may be at most 1048576 bytes (1 MiB),"
        + " and a scenario is a few kB: is this the right file?", "1 problem; nothing was run or written."), b.err().lines().toList());
    assertFalse(Files.exists(tmp.resolve("never")));
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    Outcome threads = sim("run", SCENARIO, "--threads", "0", "--out", tmp.resolve("x").toString());
    assertEquals(2, threads.code());
    assertTrue(threads.err().contains("--threads 0: must be 1 or more"), threads.err());
    Outcome reps = sim("run", SCENARIO, "--replications", "1", "--out", tmp.resolve("x").toString());
    assertEquals(2, reps.code());
    assertTrue(reps.err().contains("--replications 1"), reps.err());
    assertEquals(2, sim("run", "--no-such-option").code());
    assertEquals(2, sim("frobnicate").code());
    Outcome missing = sim("run", "no/such/file.yaml");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no/such/file.yaml: no such file"), missing.err());
  }

  @Test
  void checkValidatesWithoutRunning() {
    Outcome ok = sim("check", SCENARIO);
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().startsWith("ok: Värmland-sized region"), ok.out());
    Outcome bad = sim("check", SCENARIO, "--set", "handling.talk_time.cv=-1");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("handling.talk_time.cv"), bad.err());
  }

  @Test
  void countsOfOneAreSingular() {
    Outcome check = sim("check", SCENARIO, "--set", "simulation.days=1", "--set", "simulation.warmup_days=1");
    assertEquals(0, check.code(), check.err());
    assertTrue(check.out().contains("  simulation: 1 day after 1 warm-up day, 30 replications"), check.out());
    assertTrue(check.out().contains("  staff: 1 group, "), check.out());
    Outcome run = sim("run", SCENARIO, "--replications", "2", "--threads", "1", "--set", "simulation.days=1",
        "--set", "simulation.warmup_days=1", "--out", tmp.resolve("one").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().lines().skip(1).findFirst().orElseThrow().contains(": 2 replications x 1 day (after 1 warm-up day), seed 12345, 1 thread, "),
        run.out());
    assertFalse((check.out() + run.out()).matches("(?s).*\\b1 (days|groups|threads|warm-up days)\\b.*"), check.out() + run.out());
  }

  @Test
  void erlangPrintsTheFormulas() {
    Outcome a = sim("erlang", "--calls-per-hour", "60", "--aht", "8m", "--patience", "10m", "--nurses", "8");
    assertEquals(0, a.code(), a.err());
    assertTrue(a.out().contains("Erlang A"), a.out());
    assertTrue(a.out().lines().anyMatch(l -> l.trim().startsWith("8 ") && l.contains("0.868")), a.out());
    Outcome c = sim("erlang", "--calls-per-hour", "60", "--aht", "8m", "--nurses", "7..10");
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().contains("overloaded"), "7 and 8 nurses cannot carry 8 erlangs without abandonment");
    assertEquals(2, sim("erlang", "--calls-per-hour", "60", "--aht", "8").code(), "a duration needs a unit");
    assertEquals(2, sim("erlang", "--calls-per-hour", "60", "--aht", "8m", "--nurses", "ten").code());
  }

  @Test
  void versionAndHelp() {
    Outcome v = sim("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("sim1177 "), v.out());
    Outcome h = sim("run", "--help");
    assertEquals(0, h.code());
    assertTrue(h.out().contains("--replications"), h.out());
  }

  @Test
  void parseErrorsAreOneLineAndAPointerToHelp() {
    Outcome one = sim("compare", SCENARIO);
    assertEquals(2, one.code());
    assertEquals(List.of("error: compare needs a base scenario and at least one alternative: got 1 scenario file",
        "see 'sim1177 compare --help'"), one.err().lines().toList());
    String[][] cases = {
        {"run", "--replications", "abc"}, {"run", "--no-such-option"}, {"run", "--seed"}, {"frobnicate"},
        {"run", SCENARIO, "extra.yaml"}, {"erlang", "--aht", "8m"},
    };
    for (String[] args : cases) {
      Outcome o = sim(args);
      List<String> lines = o.err().lines().toList();
      String what = String.join(" ", args) + " gave:\n" + o.err();
      assertEquals(2, o.code(), what);
      assertEquals(2, lines.size(), what);
      assertTrue(lines.get(0).startsWith("error: ") && lines.get(1).startsWith("see 'sim1177"), what);
      assertFalse(o.err().contains("Usage:") || o.err().contains("Exception"), what);
    }
    assertTrue(sim("run", "--replications", "abc").err().contains("'abc'"));
    assertTrue(sim("run", "--replicatons", "3").err().contains("did you mean '--replications'?"));
    assertTrue(sim("xyzzy").err().startsWith("error: unknown command 'xyzzy'; the commands are run, check,"));
  }

  @Test
  void noCommandIsAUsageError() {
    Outcome bare = sim();
    assertEquals(2, bare.code());
    assertEquals("", bare.out());
    assertTrue(bare.err().startsWith("Usage: sim1177"), bare.err());
  }

  @Test
  void helpFitsEightyColumnsAndSummariesAreWholeSentences() {
    Outcome top = sim("--help");
    assertEquals(0, top.code());
    List<String> commands = top.out().lines().dropWhile(l -> !l.equals("Commands:")).skip(1).toList();
    assertEquals(12, commands.size(), top.out());
    for (String line : commands) {
      assertTrue(line.matches("  [a-z]+ +[A-Z].*\\.$"), "one complete sentence per command: '" + line + "'");
    }
    for (String command : List.of("run", "check", "import", "calibrate", "sweep", "compare", "merge", "staff", "erlang", "serve", "bench")) {
      String help = sim(command, "--help").out();
      for (String line : help.lines().toList()) {
        assertTrue(line.length() <= 80, command + " --help line of " + line.length() + " columns: " + line);
      }
    }
    String run = sim("run", "--help").out();
    assertTrue(run.contains("intervals.csv") && run.contains("--set 'staff.groups[0].shifts[0].nurses=14'"), run);
  }

  /** Where {@code bench} sends the reader for the SSJ comparison, which it no longer measures. */
  private static final String SSJ_COMPARISON =
      "mvn -B -P bench -DskipTests package && java -jar target/benchmarks.jar ReplicationBenchmark";

  @Test
  void benchReportsSpeedBesideTheFloorAndPointsToTheSsjComparison() {
    Outcome o = sim("bench", SCENARIO, "--days", "2", "--warmup", "0", "--seconds", "0.2", "--rounds", "1", "--threads", "2");
    assertEquals(0, o.code(), o.err());
    for (String expected : List.of("M calls/s", "ns/event", "ns/call", "replications/s", "parallel speed-up",
        "bare-loop floor", "engine vs floor", "peak heap", "engine vs the SSJ reference model: not measured here",
        "\n  " + SSJ_COMPARISON + "\n")) {
      assertTrue(o.out().contains(expected), expected + " in:\n" + o.out());
    }
    assertFalse(o.out().contains("SSJ reference model  "), "no SSJ measurement line:\n" + o.out());
    assertEquals(2, sim("bench", "--seconds", "0").code());
  }

  @Test
  void benchNoReferenceSkipsTheFloor() {
    Outcome o = sim("bench", SCENARIO, "--days", "1", "--warmup", "0", "--seconds", "0.1", "--rounds", "1", "--threads", "1",
        "--no-reference");
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("ns/call"), o.out());
    assertFalse(o.out().contains("floor"), o.out());
    assertTrue(o.out().contains(SSJ_COMPARISON), o.out());
    String help = sim("bench", "--help").out();
    assertTrue(help.contains("mvn -B -P bench -DskipTests package &&") && help.contains("java -jar target/benchmarks.jar ReplicationBenchmark")
        && help.contains("Skip the bare-loop floor"), help);
  }

  @Test
  void benchNamesOnlyTheWrongOptionAndItsRange() {
    String[][] cases = {
        {"--threads", "0", "error: --threads 0: must be a whole number from 1 to 1024"},
        {"--rounds", "0", "error: --rounds 0: must be a whole number from 1 to 1000"},
        {"--seconds", "0", "error: --seconds 0: must be above 0 and at most 3600"},
        {"--warmup", "-1", "error: --warmup -1: must be from 0 to 3600"},
    };
    for (String[] c : cases) {
      Outcome o = sim("bench", c[0], c[1]);
      assertEquals(2, o.code(), c[0] + " " + c[1] + ": " + o.err());
      assertEquals(List.of(c[2]), o.err().lines().toList());
    }
    // --days stands for simulation.days, so the scenario's own check judges it (ScenarioKeyOptionsCliTest).
    Outcome days = sim("bench", "--days", "5000");
    assertEquals(2, days.code(), days.err());
    assertEquals(List.of("error: --days 5000: simulation.days: 5000 must be a whole number of days from 1 to 3660",
        "1 problem; nothing was run or written."), days.err().lines().toList());
  }

  @Test
  void benchScalingWritesItsTableAndCharts() throws Exception {
    Path out = tmp.resolve("scaling");
    Outcome o = sim("bench", "--scaling", out.toString(), "--warmup", "0", "--seconds", "0.05");
    assertEquals(0, o.code(), o.err());
    List<String> rows = Files.readAllLines(out.resolve("scaling.csv"));
    assertEquals(1 + 5 + 5 + 3, rows.size(), rows.toString());
    assertTrue(rows.get(0).startsWith("study,calls_per_day,peak_nurses,days"), rows.get(0));
    assertTrue(Files.size(out.resolve("scaling-calls.png")) > 0 && Files.size(out.resolve("scaling-horizon.png")) > 0);
  }

  @Test
  void sweepRunsEveryCombinationAndWritesTheTableAndCharts() throws Exception {
    Path out = tmp.resolve("sweep");
    Outcome o = sim("sweep", "scenarios/03-varmland-staffed.yaml", "--vary", "staff.groups[0].shifts[3].nurses=3,5",
        "--vary", "callers.balk_probability=0,0.1", "--replications", "3", "--set", "simulation.days=7", "--out", out.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.err().contains("variant 4/4"), o.err());
    List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
    assertEquals(5, rows.size());
    assertTrue(rows.get(0).startsWith("staff.groups[0].shifts[3].nurses,callers.balk_probability,offered_calls_per_day,"
        + "offered_calls_per_day_ci95_low,offered_calls_per_day_ci95_high,"), rows.get(0));
    assertTrue(rows.get(0).contains(",answer_rate,answer_rate_ci95_low,answer_rate_ci95_high,"), rows.get(0));
    assertTrue(rows.get(1).startsWith("3,0,") && rows.get(2).startsWith("3,0.1,") && rows.get(4).startsWith("5,0.1,"), rows.toString());
    assertTrue(rows.get(0).endsWith(",p_meets_answer_rate,p_meets_answer_rate_wilson95_low,p_meets_answer_rate_wilson95_high,"
        + "p_meets_mean_wait,p_meets_mean_wait_wilson95_low,p_meets_mean_wait_wilson95_high,"
        + "p_meets_all,p_meets_all_wilson95_low,p_meets_all_wilson95_high"), rows.get(0));
    assertTrue(o.out().contains("meets every target) [95% CI]"), o.out());
    assertTrue(o.out().lines().anyMatch(l -> l.matches("3 +0 +\\d+\\.\\d % \\[.*\\] +\\d+\\.\\d min \\[.*\\] +\\S+ % \\[\\d+, \\d+\\]")), "people's units: " + o.out());
    for (String chart : List.of("answer_rate.png", "mean_wait_answered_s.png")) {
      assertEquals(1000, ImageIO.read(out.resolve(chart).toFile()).getWidth(), chart);
    }
    Outcome bad = sim("sweep", "scenarios/03-varmland-staffed.yaml", "--vary", "callers.balk_probability=0,2", "--out", tmp.resolve("no").toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--vary callers.balk_probability=2: callers.balk_probability: 2 must be a probability"), bad.err());
    assertFalse(Files.exists(tmp.resolve("no")));
    assertEquals(2, sim("sweep", "scenarios/03-varmland-staffed.yaml", "--vary", "oops").code());
  }

  /**
   * Deterministic inputs: the 2019 Värmland line with no nurses at all (nobody is ever answered:
   * answer rate 0 in every period) against the same line with 200 nurses round the clock (nobody
   * waits, balks or abandons: answer rate 1 in every period). Every paired difference of the answer
   * rate, and of "the period meets 85 %", is exactly 1, an interval of width 0 away from 0, so
   * both are significant whatever the draws; the callers are the same in both (common random
   * numbers), so their difference is exactly 0 and not significant.
   */
  @Test
  void compareReportsPairedDifferences() throws Exception {
    Path out = tmp.resolve("compare");
    String varmland = Files.readString(Path.of("scenarios/02-varmland-2019.yaml"));
    Path none = tmp.resolve("no-nurses.yaml");
    Files.writeString(none, varmland.replaceFirst("(?m)^name: .*$", "name: no nurses").replaceAll("nurses: \\d+", "nurses: 0"));
    Path ample = tmp.resolve("ample-nurses.yaml");
    Files.writeString(ample, varmland.replaceFirst("(?m)^name: .*$", "name: ample nurses").replaceAll("nurses: \\d+", "nurses: 200")
        .replace("{days: sat-sun, start: \"08:00\"", "{days: sat-sun, start: \"07:00\""));
    Outcome o = sim("compare", none.toString(), ample.toString(), "--replications", "3", "--set", "simulation.days=7",
        "--out", out.toString());
    assertEquals(0, o.code(), o.err());
    String answerRate = o.out().lines().filter(l -> l.startsWith("answer_rate ")).findFirst().orElseThrow();
    assertTrue(answerRate.endsWith("*"), "nurses must raise the answer rate significantly: " + answerRate);
    String callers = o.out().lines().filter(l -> l.startsWith("unique_callers_per_day ")).findFirst().orElseThrow();
    assertFalse(callers.contains("*"), "the same callers in both: " + callers);
    List<String> rows = Files.readAllLines(out.resolve("compare.csv"));
    assertTrue(rows.get(0).startsWith("scenario,source,role,metric,mean,ci95_low,ci95_high,diff,diff_ci95_low,diff_ci95_high"));
    assertTrue(rows.stream().anyMatch(r -> r.contains(",alternative 1,answer_rate,") && r.endsWith(",true")), rows.toString());
    // The base meets 85 % in no period, the alternative in every one: a paired difference of exactly 1.
    String risk = rows.stream().filter(r -> r.contains(",alternative 1,p_meets_answer_rate,")).findFirst().orElseThrow();
    assertTrue(risk.endsWith(",true"), risk);
    assertTrue(rows.stream().anyMatch(r -> r.contains(",base,p_meets_all,0,")), rows.toString());
    assertTrue(o.out().lines().anyMatch(l -> l.startsWith("p_meets_all ")), o.out());
    assertEquals(1400, ImageIO.read(out.resolve("compare.png").toFile()).getWidth());
    assertEquals(2, sim("compare", "scenarios/02-varmland-2019.yaml").code(), "an alternative is required");
  }

  @Test
  void compareSaysAProblemEveryScenarioSharesOnce() {
    Path out = tmp.resolve("never");
    Outcome o = sim("compare", "scenarios/02-varmland-2019.yaml", "scenarios/03-varmland-staffed.yaml",
        "--set", "simulation.replications=0", "--out", out.toString());
    assertEquals(2, o.code(), o.err());
    assertEquals(List.of("error: --set simulation.replications=0: simulation.replications: 0 must be from 2"
        + " (a confidence interval needs two) to 100000", "1 problem; nothing was run or written."), o.err().lines().toList());
    assertFalse(Files.exists(out));
  }
}
