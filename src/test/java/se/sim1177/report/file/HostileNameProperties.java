package se.sim1177.report.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import se.sim1177.cli.Main;
import se.sim1177.report.HostileText;
import se.sim1177.report.console.ConsoleStream;
import se.sim1177.report.format.ControlCharacters;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.page.Html;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.scenario.StaffGroup;

/**
 * Hostile names (control characters, quotes, {@code =}, CR and other line breaks, HTML, YAML
 * syntax, very long) written through every writer sim1177 has, YAML, CSV, JSON, HTML and the
 * console, each read back: equal, or shown safely (a formula start behind a single quote in CSV,
 * a control character as an escape on the console). Issue 17, items 3 to 5.
 *
 * <p>The writers are called directly for many tries (they are cheap); {@link #runAndCheckKeepANameInEveryFile}
 * then runs a few through the command line, where the user meets them, and reads every file of the
 * results folder. Fixed seeds, so a failure found once is found again; jqwik prints the shrunk name.
 */
class HostileNameProperties {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final String VARMLAND = "scenarios/02-varmland-2019.yaml";
  private static final String VARMLAND_TEXT;

  static {
    try {
      VARMLAND_TEXT = Files.readString(Path.of(VARMLAND));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Pieces that each try to break out of one kind of text; a name is a few of them joined. */
  static final List<String> PIECES = List.of(
      "\u001b]0;pwned\u0007", "\u001b[2J", "\u001b", "\u0007", "\u009b", "\u0085", "\u0000", "\u007f", "\b",
      "\n", "\r", "\r\n", "\t", "\u2028", "\u2029", "\ufeff", "\u202e",
      "\"", "'", "\\", "\\n", "=", "+", "-", "@", "=1+1", "+cmd|' /C calc'!A0", "@SUM(1)", "-1.5e-3", "1",
      "<script>alert(1)</script>", "</p>", "&amp;", "&", "<", ">", ",", ";",
      ": ", "#", " # ", "- ", "{", "}", "[", "]", "*a", "&a ", "!!str ", "---", "...", "%YAML", "|", "~", "null", "yes",
      "staff: {groups: []}", "name: x", "x", "two words", "Vårdguiden", "日本", "\uD83D\uDE91", " ");

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    Arbitrary<String> anyText = Arbitraries.strings().withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\uffff')
        .ofMinLength(1).ofMaxLength(24);
    Arbitrary<String> veryLong = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l))
        .flatMap(p -> Arbitraries.integers().between(200, 3000).map(n -> "x" + p.repeat(n / p.length() + 1)));
    // A scenario's names must not be blank, so every name has a visible character.
    return Arbitraries.frequencyOf(Tuple.of(6, pieces), Tuple.of(3, anyText), Tuple.of(1, veryLong))
        .map(s -> s.isBlank() ? s + "x" : s);
  }

  // --- YAML: scenario.yaml (and sweep's, compare's base.yaml, alternative-N.yaml), roster.yaml, staffed-scenario.yaml

  @Property(tries = 300, seed = "1717", shrinking = ShrinkingMode.BOUNDED)
  void everyYamlFileReadsBackEqual(@ForAll("names") String name, @ForAll("names") String group, @ForAll("names") String source,
      @ForAll("names") String override) throws ScenarioException {
    String text = HostileText.withGroupName(HostileText.withName(VARMLAND_TEXT, name), "karlstad", group);
    Scenario scenario = ScenarioReader.parse(text, "hostile.yaml", "hostile", List.of());
    assertEquals(name, scenario.name(), "the test's own scenario file");
    assertEquals(group, scenario.staff().get(0).name(), "the test's own scenario file");
    RunInfo info = new RunInfo(override, List.of("sim1177", override), source, text, List.of(override, "name=" + override), "now");

    String copy = ScenarioCopyWriter.text(info);
    assertTrue(copy.endsWith(text), "the scenario text is kept as it is");
    assertOnlyComments(copy.substring(0, copy.length() - text.length()));
    assertEquals(scenario, ScenarioReader.parse(copy, "scenario.yaml", "scenario", List.of()), "scenario.yaml");

    List<StaffGroup> roster = scenario.staff();
    String rosterFile = StaffYaml.rosterFile("erlang-a, scope " + override, name, roster);
    JsonNode read = readYaml(rosterFile);
    assertEquals(List.of("staff"), fieldNames(read), "roster.yaml holds the staff section and nothing else");
    assertEquals(group, read.path("staff").path("groups").path(0).path("name").textValue(), "roster.yaml");
    assertEquals(roster, ScenarioReader.parse(StaffYaml.replaceStaff(text, StaffYaml.section(roster)), "r.yaml", "r", List.of()).staff(),
        "roster.yaml pasted over the staff section");

    String staffed = StaffYaml.staffedScenario(info, "erlang-a, scope " + override, roster);
    assertEquals(scenario, ScenarioReader.parse(staffed, "staffed-scenario.yaml", "staffed", List.of()), "staffed-scenario.yaml");
  }

  private static void assertOnlyComments(String header) {
    for (String line : header.split("\n", -1)) {
      assertTrue(line.isEmpty() || line.startsWith("# "), () -> "not a comment line: " + ControlCharacters.visible(line));
      assertTrue(line.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029),
          () -> "a line break or control character in a comment: " + ControlCharacters.visible(line));
    }
  }

  private static JsonNode readYaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not readable YAML: " + e.getMessage() + "\n" + ControlCharacters.visible(text), e);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // --- CSV

  @Property(tries = 500, seed = "1718", shrinking = ShrinkingMode.BOUNDED)
  void csvCellsReadBackEqualOrNeutralised(@ForAll("names") String name, @ForAll("names") String value,
      @ForAll double number) {
    List<String> row = List.of(name, "group." + name + ".answer_rate", value, Numbers.csv(number), Numbers.csv(-Math.abs(number)), "");
    List<List<String>> rows = CsvCells.rows(new Csv().row(row).row(List.of(value)).toString());
    assertEquals(2, rows.size(), "two rows, however the cells break lines");
    assertEquals(row.stream().map(CsvCells::expected).toList(), rows.get(0));
    assertEquals(Numbers.csv(number), rows.get(0).get(3), "a number is never prefixed");
    for (String cell : rows.get(0)) {
      boolean formulaStart = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
      assertFalse(formulaStart && !cell.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?inf"),
          () -> "a cell a spreadsheet would run: " + ControlCharacters.visible(cell));
    }
  }

  // --- JSON and HTML

  @Property(tries = 300, seed = "1719", shrinking = ShrinkingMode.BOUNDED)
  void jsonReadsBackEqual(@ForAll("names") String name) throws IOException {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("scenario", name);
    node.putObject("groups").putObject(name).put("workplace", name);
    JsonNode read = Json.MAPPER.readTree(Json.text(node));
    assertEquals(name, read.path("scenario").textValue());
    assertEquals(name, read.path("groups").path(name).path("workplace").textValue());
  }

  @Property(tries = 300, seed = "1720", shrinking = ShrinkingMode.BOUNDED)
  void htmlShowsANameAsText(@ForAll("names") String name) {
    String html = Html.text(name);
    assertTrue(html.chars().noneMatch(c -> c == '<' || c == '>' || c == '"' || c == '\''), html);
    assertEquals(name, html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&"));
  }

  // --- the console

  @Property(tries = 500, seed = "1721", shrinking = ShrinkingMode.BOUNDED)
  void theConsoleShowsEveryControlCharacterAsAnEscape(@ForAll("names") String name) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream console = ConsoleStream.to(bytes);
    console.println("ok: " + name);
    console.flush();
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(expectedOnConsole("ok: " + name + System.lineSeparator()), shown);
  }

  /**
   * The console's rule written out apart from {@link ControlCharacters}: LF and TAB as they are,
   * any other control character as a backslash escape of the YAML form, everything else as it is.
   */
  private static String expectedOnConsole(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      if (!control || c == '\n' || c == '\t') {
        out.append(c);
      } else {
        String named = switch (c) {
          case 0 -> "0";
          case 7 -> "a";
          case 8 -> "b";
          case 0x0b -> "v";
          case 0x0c -> "f";
          case '\r' -> "r";
          case 0x1b -> "e";
          default -> c < 0x80 ? String.format(java.util.Locale.ROOT, "x%02x", (int) c) : String.format(java.util.Locale.ROOT, "u%04x", (int) c);
        };
        out.append('\\').append(named);
      }
    }
    return out.toString();
  }

  // --- through the command line, every file of a results folder

  /**
   * A scenario named {@code name} with its group named {@code group}, run with {@code --set name=}
   * {@code renamed}: {@code check} and {@code run} print nothing raw, and every file of the results
   * folder holds each name equal (YAML, JSON), neutralised (CSV) or escaped (HTML).
   */
  @Property(tries = 8, seed = "1722", shrinking = ShrinkingMode.BOUNDED)
  void runAndCheckKeepANameInEveryFile(@ForAll("names") String name, @ForAll("names") String group, @ForAll("names") String renamed)
      throws IOException, ScenarioException {
    Path tmp = Files.createTempDirectory("sim1177-hostile-");
    try {
      Path file = tmp.resolve("hostile.yaml");
      String text = HostileText.withGroupName(HostileText.withName(VARMLAND_TEXT, name), "karlstad", group);
      Files.writeString(file, text);
      Path out = tmp.resolve("out");
      String[] printed = sim("run", file.toString(), "--out", out.toString(), "--replications", "2", "--threads", "1",
          "--set", "simulation.days=1", "--set", "simulation.warmup_days=0", "--set", "name=" + HostileText.yamlQuoted(renamed));
      String[] checked = sim("check", file.toString());
      for (String s : List.of(printed[0], printed[1], checked[0], checked[1])) {
        assertTrue(s.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'), () -> "printed raw: " + s);
      }
      assertTrue(checked[0].startsWith("ok: " + ControlCharacters.visible(name)), checked[0]);

      assertEquals(name, ScenarioReader.read(out.resolve("scenario.yaml"), List.of()).name(), "scenario.yaml");
      assertEquals(renamed, ScenarioReader.read(out.resolve("scenario.yaml"), List.of("name=" + HostileText.yamlQuoted(renamed))).name());
      List<List<String>> groups = CsvCells.rows(Files.readString(out.resolve("groups.csv")));
      assertEquals(CsvCells.expected(group), groups.get(1).get(1), "groups.csv");
      JsonNode summary = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
      assertEquals(renamed, summary.path("scenario").textValue(), "summary.json");
      assertTrue(summary.path("groups").has(group), "summary.json groups");
      assertEquals(renamed, Json.MAPPER.readTree(out.resolve("run.json").toFile()).path("scenario").textValue(), "run.json");
      String html = Files.readString(out.resolve("report.html"));
      assertTrue(html.contains(Html.text(renamed)), "report.html shows the name, escaped");
      if (renamed.contains("<") || group.contains("<")) {
        assertFalse(html.contains("<script>alert"), "report.html holds no markup from a name");
      }
    } finally {
      try (Stream<Path> walk = Files.walk(tmp)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static String[] sim(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String[] printed = {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    assertEquals(Main.OK, code, () -> String.join(" ", args) + "\n" + printed[1]);
    return printed;
  }
}
