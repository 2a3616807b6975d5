package se.sim1177;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.Metrics;

/** The direction of dependencies, and the documentation of every output figure. */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/se/sim1177");

  /**
   * What each package may not name, by an import line or fully qualified anywhere in its code: the
   * core never knows how results are shown or asked for, nor the benchmark code that measures it
   * ({@code bench} may use the core, never the reverse). A rule covers the package's subpackages,
   * and a package named in it its subpackages too: {@code report}'s rule holds in
   * {@code report.chart}, and {@code engine} may not name {@code report.chart} either.
   */
  private static final Map<String, List<String>> FORBIDDEN = Map.ofEntries(
      Map.entry("engine", List.of("scenario", "model", "experiment", "analytic", "report", "cli", "web", "app", "bench", "staffing", "roster")),
      Map.entry("scenario", List.of("engine", "model", "experiment", "analytic", "report", "cli", "web", "app", "bench", "staffing", "roster")),
      Map.entry("model", List.of("experiment", "analytic", "report", "cli", "web", "app", "bench", "staffing", "roster")),
      Map.entry("experiment", List.of("report", "cli", "web", "app", "bench", "staffing", "roster")),
      Map.entry("analytic", List.of("engine", "model", "experiment", "report", "cli", "web", "app", "bench", "staffing", "roster")),
      Map.entry("report", List.of("cli", "app", "bench", "web")),
      Map.entry("bench", List.of("report", "cli", "app", "web")),
      Map.entry("app", List.of("cli", "web")),
      // The what-if page's server is a face on the jobs beside the command line, which starts it and which it never names.
      Map.entry("web", List.of("cli", "bench")),
      // The roster step is a self-contained optimisation: the staffing search calls it, never the reverse.
      Map.entry("roster", List.of("engine", "scenario", "model", "experiment", "analytic", "report", "cli", "web", "app", "bench", "staffing")),
      // The staffing search runs experiments and solves rosters; how its answer is shown is report's.
      Map.entry("staffing", List.of("engine", "report", "cli", "web", "app", "bench")),
      // Reading a region's export and fitting its demand needs only what a scenario is.
      Map.entry("history", List.of("engine", "model", "experiment", "analytic", "report", "cli", "web", "app", "bench", "staffing", "roster")));

  /** The packages of the core, which may not depend on {@code bench}. */
  private static final List<String> CORE = List.of("engine", "scenario", "model", "experiment", "analytic", "report", "history");

  /**
   * Inside {@code report}, which of its packages each may name (besides itself); any other report
   * package is refused. The common base, {@code format}, names none; {@code chart}, {@code file}
   * and {@code console} only the base; {@code page} the charts it inlines and the base; the top
   * package, which writes each command's results folder, all of them. No arrow points back, so no
   * two report packages depend on each other ({@link #theReportsDirectionHasNoCycle}). Each
   * package is its own folder only: a rule for {@code report} says nothing about the files of
   * {@code report.chart}, which have a rule of their own.
   */
  private static final Map<String, List<String>> REPORT_MAY_NAME = Map.of(
      "report", List.of("report.page", "report.chart", "report.file", "report.console", "report.format"),
      "report.page", List.of("report.chart", "report.format"),
      "report.chart", List.of("report.format"),
      "report.file", List.of("report.format"),
      "report.console", List.of("report.format"),
      "report.format", List.of());

  /**
   * A name of one of the project's packages followed by a type (or {@code *}): the package is the
   * lower-case names after {@code se.sim1177.}, {@code report.chart} in
   * {@code se.sim1177.report.chart.ChartStyle}, {@code bench} in {@code se.sim1177.bench.BenchJob.RUNS}.
   */
  private static final Pattern PROJECT_PACKAGE =
      Pattern.compile("\\bse\\.sim1177\\.([a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)*)\\.(?=[A-Z*])");

  /** SSJ's root package: a test and benchmark dependency only, absent from the runtime jar. */
  private static final Pattern SSJ = Pattern.compile("\\bumontreal\\.");

  @Test
  void packagesOnlyDependInward() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
      for (Path f : javaFiles(MAIN.resolve(rule.getKey()))) {
        violations.addAll(violations(f.toString(), Files.readString(f), rule.getValue()));
      }
    }
    assertEquals(List.of(), violations);
  }

  /**
   * Results are bit-identical on every machine only if every figure they hold is computed with math
   * that gives the same bits everywhere: {@link Math}'s logarithm, exponential and power may be
   * CPU intrinsics that differ in the last bit, so the packages that compute results use
   * {@link StrictMath} or the model's {@code DeterministicMath} ({@code report} only formats, and
   * {@code bench} measures time).
   */
  @Test
  void resultsAreComputedWithMathThatIsTheSameOnEveryMachine() throws IOException {
    Pattern platformMath = Pattern.compile("(?<![A-Za-z.])Math\\.(log|log10|log1p|exp|expm1|pow|sin|cos|tan|atan2|cbrt|hypot)\\(");
    List<String> violations = new ArrayList<>();
    for (String pkg : List.of("engine", "scenario", "model", "experiment", "analytic", "staffing", "roster", "history")) {
      for (Path f : javaFiles(MAIN.resolve(pkg))) {
        String[] lines = Files.readString(f).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (platformMath.matcher(lines[i]).find()) {
            violations.add(f + ":" + (i + 1) + ": " + lines[i].trim());
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void theCoreNeverNamesTheBenchmarks() {
    for (String core : CORE) {
      assertTrue(FORBIDDEN.getOrDefault(core, List.of()).contains("bench"), core + " may not depend on bench");
    }
  }

  @Test
  void theRuntimeNeverNamesSsj() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path f : javaFiles(MAIN)) {
      String code = withoutComments(Files.readString(f));
      Matcher m = SSJ.matcher(code);
      while (m.find()) {
        violations.add(f + ":" + lineOf(code, m.start()) + ": names SSJ (a test and benchmark dependency)");
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void theScannerSeesImportsAndFullyQualifiedNamesButNotComments() {
    String source = String.join("\n",
        "package se.sim1177.report;",
        "import se.sim1177.bench.ScalingStudy;",
        "import static se.sim1177.bench.BenchReport.SSJ_COMPARISON;",
        "/** Not a reference: {@link se.sim1177.bench.Throughput}. */",
        "final class Example { // se.sim1177.bench.BareLoop in a comment",
        "  /* se.sim1177.bench.Benchmark",
        "     se.sim1177.cli.Main */",
        "  String url = \"http://example.org\"; se.sim1177.bench.Throughput inCode;",
        "  String marks = \"/*\" + se.sim1177.cli.Main.class + \"*/\";",
        "  char quote = '\"'; java.util.List<se.sim1177.bench.BenchJob> list;",
        "  String block = \"\"\"",
        "      // not a comment: se.sim1177.app.RunJob.",
        "      \"\"\";",
        "  se.sim1177.scenario.Scenario allowed;",
        "}");
    assertEquals(List.of("Example.java:2: se.sim1177.bench.", "Example.java:3: se.sim1177.bench.",
        "Example.java:8: se.sim1177.bench.", "Example.java:9: se.sim1177.cli.", "Example.java:10: se.sim1177.bench.",
        "Example.java:12: se.sim1177.app."),
        violations("Example.java", source, FORBIDDEN.get("report")));
  }

  @Test
  void everyCorePackageIsRefusedAReferenceToBench() {
    for (String core : CORE) {
      String source = "package se.sim1177." + core + ";\nfinal class Added {\n  Object o = se.sim1177.bench.ScalingStudy.CALLS_PER_DAY;\n}\n";
      assertEquals(List.of("Added.java:3: se.sim1177.bench."), violations("Added.java", source, FORBIDDEN.get(core)), core);
    }
  }

  @Test
  void reportPackagesDependInOneDirection() throws IOException {
    List<String> violations = new ArrayList<>();
    for (String pkg : REPORT_MAY_NAME.keySet()) {
      for (Path f : javaFilesIn(MAIN.resolve(pkg.replace('.', '/')))) {
        violations.addAll(violations(f.toString(), Files.readString(f), mayNotName(pkg)));
      }
    }
    assertEquals(List.of(), violations);
  }

  /** A new folder under {@code report} must be given its place in the direction before it holds code. */
  @Test
  void everyReportPackageHasItsPlaceInTheDirection() throws IOException {
    List<String> folders;
    try (Stream<Path> dirs = Files.walk(MAIN.resolve("report"))) {
      folders = dirs.filter(Files::isDirectory).map(d -> MAIN.relativize(d).toString().replace(java.io.File.separatorChar, '.'))
          .sorted().toList();
    }
    assertEquals(REPORT_MAY_NAME.keySet().stream().sorted().toList(), folders);
  }

  @Test
  void theReportsDirectionHasNoCycle() {
    for (String start : REPORT_MAY_NAME.keySet()) {
      List<String> reachable = new ArrayList<>(REPORT_MAY_NAME.get(start));
      for (int i = 0; i < reachable.size(); i++) {
        assertTrue(REPORT_MAY_NAME.containsKey(reachable.get(i)), "no rule for " + reachable.get(i));
        assertFalse(reachable.get(i).equals(start), start + " reaches itself: " + reachable);
        REPORT_MAY_NAME.get(reachable.get(i)).stream().filter(p -> !reachable.contains(p)).forEach(reachable::add);
      }
    }
  }

  /**
   * A chart that names a page, the console, a file or the top package is caught, by an import (a
   * wildcard one too) or fully qualified; its own package and the base are not; a comment is not a
   * reference. The top package may name them all, and the base none.
   */
  @Test
  void theScannerCatchesAReportPackageNamingOneItMayNot() {
    String source = String.join("\n",
        "package se.sim1177.report.chart;",
        "import se.sim1177.report.page.Html;",
        "import se.sim1177.report.console.*;",
        "import se.sim1177.report.format.MetricDisplay;",
        "import se.sim1177.report.chart.ChartStyle;",
        "/** Not a reference: {@link se.sim1177.report.file.Csv}. */",
        "final class Added {",
        "  Object o = se.sim1177.report.file.Json.MAPPER;",
        "  java.util.List<se.sim1177.report.ResultWriters> writers; // se.sim1177.report.page.ReportPage",
        "}");
    assertEquals(List.of("Added.java:2: se.sim1177.report.page.", "Added.java:3: se.sim1177.report.console.",
        "Added.java:8: se.sim1177.report.file.", "Added.java:9: se.sim1177.report."),
        violations("Added.java", source, mayNotName("report.chart")));
    assertEquals(List.of(), violations("Added.java", source, mayNotName("report")), "the top package may name every subpackage");
    assertEquals(List.of("Added.java:2: se.sim1177.report.page.", "Added.java:3: se.sim1177.report.console.",
        "Added.java:5: se.sim1177.report.chart.", "Added.java:8: se.sim1177.report.file.", "Added.java:9: se.sim1177.report."),
        violations("Added.java", source, mayNotName("report.format")), "the base names no other report package");
  }

  /** The rules of the packages hold in their subpackages, and name the subpackages of what they refuse. */
  @Test
  void aRuleCoversSubpackagesOnBothSides() {
    String chart = "package se.sim1177.report.chart;\nimport se.sim1177.cli.Main;\nimport se.sim1177.bench.sub.Probe;\n";
    assertEquals(List.of("Chart.java:2: se.sim1177.cli.", "Chart.java:3: se.sim1177.bench.sub."),
        violations("Chart.java", chart, FORBIDDEN.get("report")));
    String model = "package se.sim1177.model;\nfinal class Added {\n  Object o = se.sim1177.report.chart.WeekChart.class;\n}\n";
    assertEquals(List.of("Added.java:3: se.sim1177.report.chart."), violations("Added.java", model, FORBIDDEN.get("model")));
  }

  /**
   * Inside the model, the parts of a replication depend downward only: the loop ({@code
   * Replication}) wires them; the router hands a free nurse to a channel; a channel uses the nurse
   * pool, never the other channel (a contact that moves between channels goes back to the loop as
   * a {@code HandOff} code) nor the router; the pool, the roster and the calendar know no channel.
   * Each part's settings are read by its own classes only.
   */
  private static final Map<String, List<String>> MODEL_PARTS_FORBIDDEN = Map.of(
      "TaskRouter", List.of("Replication", "ShiftRoster", "IntervalCalendar"),
      "PhoneLine", List.of("Replication", "TaskRouter", "ChatDesk", "ChatTable", "ChatSettings", "ShiftRoster"),
      "ChatDesk", List.of("Replication", "TaskRouter", "PhoneLine", "CallerTable", "PhoneSettings", "ShiftRoster"),
      "NursePool", List.of("Replication", "TaskRouter", "PhoneLine", "ChatDesk", "ShiftRoster", "PhoneSettings",
          "ChatSettings"),
      "ShiftRoster", List.of("Replication", "TaskRouter", "PhoneLine", "ChatDesk", "PhoneSettings", "ChatSettings"),
      "IntervalCalendar", List.of("Replication", "TaskRouter", "PhoneLine", "ChatDesk", "NursePool", "ShiftRoster"),
      "CallerTable", List.of("PhoneLine", "ChatDesk", "NursePool", "TaskRouter", "Replication"),
      "ChatTable", List.of("PhoneLine", "ChatDesk", "NursePool", "TaskRouter", "Replication"));

  @Test
  void theModelsPartsDependDownward() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, List<String>> rule : MODEL_PARTS_FORBIDDEN.entrySet()) {
      Path file = MAIN.resolve("model").resolve(rule.getKey() + ".java");
      String code = withoutComments(Files.readString(file));
      for (String other : rule.getValue()) {
        Matcher m = Pattern.compile("\\b" + other + "\\b").matcher(code);
        if (m.find()) {
          violations.add(file + ":" + lineOf(code, m.start()) + ": names " + other);
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  /**
   * Where {@code source} (named {@code file}) names one of the {@code forbidden} packages, or a
   * subpackage of one, in its code: "file:line: name".
   */
  static List<String> violations(String file, String source, List<String> forbidden) {
    return violations(file, source, named -> forbidden.stream().anyMatch(f -> within(named, f)));
  }

  /** Where {@code source} (named {@code file}) names a package that {@code refused} holds, in its code: "file:line: name". */
  static List<String> violations(String file, String source, Predicate<String> refused) {
    String code = withoutComments(source);
    List<String> found = new ArrayList<>();
    Matcher m = PROJECT_PACKAGE.matcher(code);
    while (m.find()) {
      if (refused.test(m.group(1))) {
        found.add(file + ":" + lineOf(code, m.start()) + ": " + m.group());
      }
    }
    return found;
  }

  /** What report package {@code pkg} may not name: any other report package not in its {@link #REPORT_MAY_NAME}. */
  static Predicate<String> mayNotName(String pkg) {
    List<String> allowed = REPORT_MAY_NAME.get(pkg);
    return named -> within(named, "report") && !named.equals(pkg) && !allowed.contains(named);
  }

  /** Whether package {@code pkg} is {@code outer} or one of its subpackages. */
  private static boolean within(String pkg, String outer) {
    return pkg.equals(outer) || pkg.startsWith(outer + ".");
  }

  /**
   * {@code source} with its comments blanked out, line breaks kept (so line numbers stay), string,
   * text-block and character literals kept: a name there is a reference (a class looked up by name).
   */
  static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int n = source.length();
    int i = 0;
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        out.append(' ');
        source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int k = i + 3;
        while (k < n && !source.startsWith("\"\"\"", k)) {
          k += source.charAt(k) == '\\' ? 2 : 1;
        }
        int end = Math.min(n, k + 3);
        out.append(source, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int k = i + 1;
        while (k < n && source.charAt(k) != c && source.charAt(k) != '\n') {
          k += source.charAt(k) == '\\' ? 2 : 1;
        }
        int end = Math.min(n, k + 1);
        out.append(source, i, end);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The Java files of one package: {@code dir}'s own, not its subfolders'. */
  private static List<Path> javaFilesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  void theGuideDefinesEverySummaryMetric() throws IOException {
    String metrics = Files.readString(Path.of("docs/metrics.md"));
    for (Metric m : Metrics.SUMMARY) {
      assertTrue(metrics.contains("| `" + m.key() + "` |"), "docs/metrics.md has no table row for " + m.key());
    }
  }

  @Test
  void ciRunsTheReadmesTestCommand() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String ci = Files.readString(Path.of(".ci/run"));
    String command = ci.lines().filter(l -> l.startsWith("mvn ")).findFirst().orElseThrow();
    assertTrue(readme.contains("\n" + command + "\n"), "README.md should show the test command: " + command);
  }
}
