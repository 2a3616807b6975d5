package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.report.HostileText;
import se.sim1177.report.file.CsvCells;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.scenario.StaffGroup;

/**
 * Issue 17, items 3 to 5, each as the user meets it on the command line: a name, a path or a
 * {@code --set} value that tries to break out of the YAML, CSV or terminal text it is written into.
 * Before the fix each test failed as its comment says.
 */
class InjectionCliTest {
  private static final String VARMLAND = "scenarios/02-varmland-2019.yaml";
  private static final String STAFFING = "scenarios/08-varmland-staffing.yaml";
  /** One simulated day, no warm-up, two replications on one thread: the files are written, quickly. */
  private static final List<String> TINY = List.of("--replications", "2", "--threads", "1", "--set", "simulation.days=1", "--set",
      "simulation.warmup_days=0");

  @TempDir
  Path tmp;

  private static CliTest.Outcome tiny(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(TINY);
    CliTest.Outcome o = sim(all.toArray(String[]::new));
    assertEquals(0, o.code(), o.err());
    assertShowsNoControlCharacter(o);
    return o;
  }

  /** What the command printed holds no control character but LF and TAB (item 5's rule, checked on every command here). */
  static void assertShowsNoControlCharacter(CliTest.Outcome o) {
    for (String printed : List.of(o.out(), o.err())) {
      printed.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t').findFirst()
          .ifPresent(c -> assertFalse(true, String.format("printed U+%04X:%n%s", c, printed)));
    }
  }

  private Path scenario(String file, String text) throws IOException {
    Path path = tmp.resolve(file);
    Files.writeString(path, text);
    return path;
  }

  // --- item 3: generated YAML

  /** Before: the second line of the value was an active line of scenario.yaml, and check refused the file. */
  @Test
  void aLineBreakInASetValueStaysInScenarioYamlsComment() throws Exception {
    Path out = tmp.resolve("run");
    tiny("run", VARMLAND, "--out", out.toString(), "--set", "name=foo\nbar baz");
    CliTest.Outcome check = sim("check", out.resolve("scenario.yaml").toString());
    assertEquals(0, check.code(), check.err());
    assertTrue(Files.readString(out.resolve("scenario.yaml")).contains("#   --set name=foo\\nbar baz\n"));
    assertEquals(ScenarioReader.read(Path.of(VARMLAND), List.of()).name(),
        ScenarioReader.read(out.resolve("scenario.yaml"), List.of()).name(), "the file's own name, as it was");
  }

  /**
   * Before: the scenario name and the group name broke out of roster.yaml's comment and quotes
   * (an active {@code staff: {groups: []}} line; the group "home x" for "home\nx"), and a path with
   * line breaks put active keys into staffed-scenario.yaml.
   */
  @Test
  void staffWritesHostileNamesAndPathsThatReadBackEqual() throws Exception {
    String name = "evil\nstaff: {groups: []}";
    String group = "sat\"\\ellites\nx: 1\r\t=\u001b[2J\u0085\u2028";
    String text = HostileText.withGroupName(HostileText.withName(Files.readString(Path.of(STAFFING)), name), "satellites", group);
    Path file = scenario("a\nstaff: {groups: []}\nx: 1 #.yaml", text);
    Path out = tmp.resolve("staff");
    tiny("staff", file.toString(), "--method", "erlang-a", "--out", out.toString());

    JsonNode roster = new YAMLMapper().readTree(out.resolve("roster.yaml").toFile());
    List<String> keys = new ArrayList<>();
    roster.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("staff"), keys, "roster.yaml holds the staff section and nothing else");
    List<String> names = new ArrayList<>();
    roster.path("staff").path("groups").forEach(g -> names.add(g.path("name").textValue()));
    assertEquals(List.of("karlstad", group, "home"), names);

    Scenario staffed = ScenarioReader.read(out.resolve("staffed-scenario.yaml"), List.of());
    assertEquals(name, staffed.name());
    assertEquals(List.of("karlstad", group, "home"), staffed.staff().stream().map(StaffGroup::name).toList());
    CliTest.Outcome check = sim("check", out.resolve("staffed-scenario.yaml").toString());
    assertEquals(0, check.code(), check.err());
  }

  // --- item 4: CSV

  /** Before: groups.csv held {@code @SUM(1+1)} raw, and its bare CR split the row in two. */
  @Test
  void groupsCsvNeutralisesAFormulaAndQuotesACarriageReturn() throws Exception {
    String group = "@SUM(1+1)\rcmd";
    Path file = scenario("formula.yaml", HostileText.withGroupName(Files.readString(Path.of(VARMLAND)), "karlstad", group));
    Path out = tmp.resolve("run");
    tiny("run", file.toString(), "--out", out.toString());
    List<List<String>> rows = CsvCells.rows(Files.readString(out.resolve("groups.csv")));
    assertEquals(List.of("group", "'" + group, "office"), rows.get(1).subList(0, 3));
    assertTrue(rows.stream().allMatch(r -> r.size() == rows.get(0).size()), "every row as long as the header");
  }

  /** Before: compare.csv's scenario column held {@code =HYPERLINK(...)} raw, and the paths' line breaks reached base.yaml's header. */
  @Test
  void compareCsvNeutralisesTheScenarioColumnAndItsYamlCopiesRead() throws Exception {
    String name = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"click\")";
    Path alternative = scenario("alt\n#x\nstaff: 1.yaml", HostileText.withName(Files.readString(Path.of(VARMLAND)), name));
    Path base = scenario("base\r\nname: other.yaml", Files.readString(Path.of(VARMLAND)));
    Path out = tmp.resolve("compare");
    tiny("compare", base.toString(), alternative.toString(), "--out", out.toString());
    List<List<String>> rows = CsvCells.rows(Files.readString(out.resolve("compare.csv")));
    List<String> scenarios = rows.stream().skip(1).map(r -> r.get(0)).distinct().toList();
    assertEquals(List.of(ScenarioReader.read(Path.of(VARMLAND), List.of()).name(), "'" + name), scenarios);
    assertEquals(List.of(base.toString(), alternative.toString()), rows.stream().skip(1).map(r -> r.get(1)).distinct().toList());
    for (String copy : List.of("base.yaml", "alternative-1.yaml")) {
      CliTest.Outcome check = sim("check", out.resolve(copy).toString());
      assertEquals(0, check.code(), copy + ": " + check.err());
    }
    assertEquals(name, ScenarioReader.read(out.resolve("alternative-1.yaml"), List.of()).name());
  }

  /** Before: sweep.csv's first column held {@code -2+3+cmd|calc!A0} raw; a number stays a number. */
  @Test
  void sweepCsvNeutralisesAVariedValueButNotANumber() throws Exception {
    Path out = tmp.resolve("sweep");
    tiny("sweep", VARMLAND, "--vary", "name=-2+3+cmd|calc!A0,+1,-1.5e-3", "--out", out.toString());
    List<List<String>> rows = CsvCells.rows(Files.readString(out.resolve("sweep.csv")));
    assertEquals(List.of("'-2+3+cmd|calc!A0", "+1", "-1.5e-3"), rows.stream().skip(1).map(r -> r.get(0)).toList());
  }

  // --- item 5: the terminal

  /** Before: check printed the name raw: the window retitled "pwned" and the screen cleared. */
  @Test
  void checkShowsANameWithTerminalControlsAsEscapes() throws Exception {
    Path file = scenario("terminal.yaml", HostileText.withName(Files.readString(Path.of(VARMLAND)), HostileText.TERMINAL));
    CliTest.Outcome o = sim("check", file.toString());
    assertEquals(0, o.code(), o.err());
    assertShowsNoControlCharacter(o);
    assertTrue(o.out().startsWith("ok: \\e]0;pwned\\a\\e[2Jname\n"), o.out());
  }

  /** Before: each of these error messages quoted its value with the escape sequence in it, raw. */
  @Test
  void errorMessagesQuotingAValueShowItsControlsAsEscapes() throws Exception {
    List<String[]> commands = List.of(
        new String[] {"check", VARMLAND, "--set", "simulation.days=\u001b[2J"},
        new String[] {"check", VARMLAND, "--set", "\u001b]0;x\u0007=1"},
        new String[] {"check", tmp.resolve("\u001b]0;x\u0007\u009b.yaml").toString()},
        new String[] {"run", "--bogus\u001b[2J"},
        new String[] {"comp\u001b[2J"},
        new String[] {"sweep", VARMLAND, "--vary", "simulation.days=1,x\u001b[2J"});
    for (String[] command : commands) {
      CliTest.Outcome o = sim(command);
      assertEquals(Main.BAD_INPUT, o.code(), o.err());
      assertShowsNoControlCharacter(o);
      assertTrue(o.err().contains("\\e"), o.err());
    }
  }
}
