package se.sim1177.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import se.sim1177.app.RunJob;
import se.sim1177.browser.HeadlessChromium;
import se.sim1177.app.RunOptions;
import se.sim1177.report.format.Numbers;

/**
 * {@code report.html} as a person sees it, in a real browser: Debian's headless Chromium driven by
 * Selenium through Debian's chromedriver (both named by path, so Selenium Manager never looks for a
 * driver on the network; {@code .ci/run} installs them). It runs the bundled Värmland 2019
 * scenario and the workplace scenario with 1177 direkt, opens each report and checks that the
 * verdict sentences say what {@code summary.json} says, that every chart has rendered (a non-empty
 * SVG with a real size on the page, its axis labels and tick labels drawn), that the browser logged
 * no error, that nothing was loaded from anywhere, and that a scenario's text cannot inject markup.
 * It saves a full-page screenshot of each report into {@code target/report-browser} (or the folder
 * named by {@code -Dreport.screenshots=DIR}). Without the two programs the test is skipped, saying so.
 */
class ReportBrowserTest {
  static final Path SCREENSHOTS = Path.of(System.getProperty("report.screenshots", "target/report-browser"));
  /** The axis labels every chart of a run report must show, by the chart's id. */
  static final Map<String, List<String>> AXES = Map.of(
      "chart-week", List.of("answer rate (%)", "day of the week (hourly values; lines at midnight)", "Mon", "Sun", "target 85 %"),
      "chart-heat-rate", List.of("hour of the day", "answer rate (%)", "Mon", "Sun", "12:00"),
      "chart-heat-meets", List.of("hour of the day", "probability of meeting the target (%)", "Wed"),
      "chart-load", List.of("nurses on duty / offered load (erlangs)", "simulated load, redials included (erlangs)",
          "planned load, first attempts (erlangs)", "Tue"),
      "chart-periods-rate", List.of("answer rate (%)", "simulated months", "target 85 %"),
      "chart-periods-wait", List.of("mean wait of answered calls (min)", "simulated months", "target 10 min"),
      "chart-days", List.of("days meeting the target (%)", "weekday", "Thu"),
      "chart-groups", List.of("nurse-hours per day", "phone work", "absent"));
  /** A tag, or the style sheet: where a reference to something outside the page could be. */
  static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>|<style>.*?</style>", Pattern.DOTALL);
  static final Pattern EXTERNAL = Pattern.compile("(?i)(src|href|xlink:href|action)\\s*=\\s*['\"]?\\s*(https?:|//)|url\\(\\s*['\"]?\\s*(https?:|//)|@import");

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir
  static Path tmp;
  static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() {
    driver = HeadlessChromium.start(tmp.resolve("chromium-profile"), null);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void theVarmlandReportShowsTheVerdictEveryChartAndLoadsNothing() throws Exception {
    Path folder = run("02-varmland-2019", List.of());
    open(folder);
    JsonNode summary = new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
    assertEquals(expectedVerdicts(summary, folder), texts("ul.verdicts .sentence"),
        "the verdict sentences should say what summary.json's risk and targets say");
    assertEquals(summary.get("scenario").asText(), driver.findElement(By.tagName("h1")).getText());
    assertChartsRendered(AXES);
    assertSectionsInOrder(List.of("The verdict", "The week", "Hour by hour", "Load against nurses on duty", "Month to month",
        "Day by day", "Groups and workplaces", "What was run"));
    // The key figures: each target's verdict on the expected figure, as summary.json has it.
    for (String[] t : new String[][] {{"Answer rate", "answer_rate"}, {"Mean wait of answered calls", "mean_wait"}}) {
      WebElement figure = driver.findElement(By.xpath("//table[@class='figures']//tr[th='" + t[0] + "']"));
      List<String> cells = figure.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
      assertEquals(summary.get("targets").get(t[1]).get("verdict").asText(), cells.get(cells.size() - 1), t[0] + "'s verdict");
    }
    // Section 6's table: the share of days per weekday, as summary.json has it.
    JsonNode days = summary.get("risk").get("days").get("answer_rate").get("by_weekday");
    WebElement row = driver.findElement(By.cssSelector("table.days tbody tr"));
    List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    assertEquals(percent(days.get("mon").asDouble()) + " %", cells.get(1), "Monday's share of days meeting 85 %");
    assertEquals(percent(days.get("sun").asDouble()) + " %", cells.get(7), "Sunday's share of days meeting 85 %");
    assertNothingLoadedAndNoErrors(folder);
    screenshot("02-varmland-2019");
    assertPrintsOnA4WithASectionAPage(8);
  }

  @Test
  void theWorkplaceReportWithChatShowsGroupsWorkplacesAndTheChat() throws Exception {
    Path folder = run("07-workplaces-satellite-home", List.of());
    open(folder);
    JsonNode summary = new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
    assertEquals(expectedVerdicts(summary, folder), texts("ul.verdicts .sentence"));
    assertChartsRendered(Map.of("chart-chat", List.of("chats started per interval", "mean first response (min)", "Sat"),
        "chart-groups", List.of("karlstad", "satellites", "home", "chat work")));
    assertSectionsInOrder(List.of("The verdict", "The week", "Hour by hour", "Load against nurses on duty", "Month to month",
        "Day by day", "Groups and workplaces", "1177 direkt (chat) and callbacks", "What was run"));
    List<String> groupRows = texts("table.groups tbody th");
    assertEquals(List.of("karlstad", "satellites", "home", "all at office", "all at satellite", "all at remote"), groupRows);
    String occupancy = Numbers.fixed(summary.get("workplaces").get("remote").get("occupancy").get("mean").asDouble() * 100, 1) + " %";
    assertTrue(driver.findElement(By.cssSelector("table.groups tbody tr:last-child")).getText().contains(occupancy),
        "the remote workplace's row should show its occupancy " + occupancy);
    assertNothingLoadedAndNoErrors(folder);
    screenshot("07-workplaces-satellite-home");
  }

  @Test
  void theSweepAndCompareReportsRenderEveryChartAndLoadNothing() throws Exception {
    List<String> shortRun = List.of("--replications", "4", "--set", "simulation.days=7", "--set", "simulation.warmup_days=1");
    Path sweep = tmp.resolve("sweep");
    List<String> args = new ArrayList<>(List.of("sweep", "scenarios/05-varmland-direkt.yaml", "--vary", "chat.adoption=0,0.2",
        "--out", sweep.toString()));
    args.addAll(shortRun);
    assertEquals(0, se.sim1177.cli.Main.execute(args.toArray(new String[0]), QUIET, QUIET), "the sweep runs");
    open(sweep);
    assertSectionsInOrder(List.of("The targets by variant", "Probability of meeting the targets", "The figures by variant",
        "What was run"));
    assertChartsRendered(Map.of("chart-risk-0", List.of("weeks meeting the target (%)", "0.2"),
        "chart-chat-answer-rate", List.of("chat answer rate (%)")));
    assertEquals(List.of("0", "0.2"), texts("table.sweep tbody th"), "a row per variant");
    assertNothingLoadedAndNoErrors(sweep);
    screenshot("sweep");
    Path compare = tmp.resolve("compare");
    args = new ArrayList<>(List.of("compare", "scenarios/06-workplaces-office.yaml", "scenarios/07-workplaces-satellite-home.yaml",
        "--out", compare.toString()));
    args.addAll(shortRun);
    assertEquals(0, se.sim1177.cli.Main.execute(args.toArray(new String[0]), QUIET, QUIET), "the comparison runs");
    open(compare);
    assertSectionsInOrder(List.of("The verdicts", "Side by side", "The week", "Groups and workplaces", "What was run"));
    assertChartsRendered(Map.of("chart-week", List.of("answer rate (%)", "target 10 min")));
    assertEquals(8, driver.findElements(By.cssSelector("ul.verdicts .sentence")).size(), "four verdicts for each scenario");
    assertNothingLoadedAndNoErrors(compare);
    screenshot("compare");
  }

  @Test
  void aScenarioCannotInjectMarkupOrScripts() throws Exception {
    String evil = "<script>document.title='owned'</script><img src=\"http://example.invalid/x.png\">";
    Path scenario = tmp.resolve("evil.yaml");
    String text = Files.readString(Path.of("scenarios", "02-varmland-2019.yaml"))
        .replace("replications: 30", "replications: 4")
        + "# " + evil + " and </pre></blockquote><iframe src=//example.invalid></iframe>\n";
    Files.writeString(scenario, text);
    Path folder = runFile(scenario, List.of("name=" + evil));
    open(folder);
    assertEquals(evil, driver.findElement(By.tagName("h1")).getText(), "the name is shown as written, not run");
    Object injected = ((JavascriptExecutor) driver).executeScript(
        "return document.querySelectorAll('script, img, iframe, object, embed, link').length;");
    assertEquals(0L, injected, "no element may come from the scenario's text");
    assertEquals("sim1177 report: " + evil, driver.getTitle(), "the title is the name as written, not changed by a script");
    assertTrue(driver.findElement(By.cssSelector("blockquote.sources")).getText().contains("<iframe src=//example.invalid></iframe>"),
        "the comment is shown as text");
    assertNothingLoadedAndNoErrors(folder);
  }

  // --- helpers

  private static Path run(String bundled, List<String> overrides) throws Exception {
    return runFile(Path.of("scenarios", bundled + ".yaml"), overrides);
  }

  private static Path runFile(Path scenario, List<String> overrides) throws Exception {
    Path out = tmp.resolve(scenario.getFileName().toString().replace(".yaml", "") + "-" + overrides.size());
    RunOptions options = new RunOptions(scenario, null, null, 2, out, overrides, List.of("sim1177", "run", scenario.toString()));
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    RunJob.run(options, quiet, quiet);
    assertTrue(Files.isRegularFile(out.resolve("report.html")), "run should write report.html");
    return out;
  }

  private static void open(Path folder) {
    driver.get(folder.resolve("report.html").toUri().toString());
    driver.manage().logs().get(LogType.BROWSER); // start each page with an empty log
    driver.navigate().refresh();
  }

  private static List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** The verdict sentences, written here from summary.json alone. */
  static List<String> expectedVerdicts(JsonNode summary, Path folder) throws IOException {
    // The chat target's threshold is the scenario's (targets.chat_response_within.within), in minutes.
    JsonNode chat = new ObjectMapper(new YAMLFactory()).readTree(folder.resolve("scenario.yaml").toFile()).path("targets")
        .path("chat_response_within").path("within");
    String chatWithin = chat.isMissingNode() ? "" : chat.asText().replace("m", "");
    JsonNode risk = summary.get("risk");
    int days = risk.get("period_days").asInt();
    String periods = days >= 28 && days <= 31 ? "months" : days == 7 ? "weeks" : "periods of " + days + " days";
    List<String> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> targets = summary.get("targets").fields();
    while (targets.hasNext()) {
      Map.Entry<String, JsonNode> t = targets.next();
      double target = t.getValue().get("target").asDouble();
      double mean = t.getValue().get("mean").asDouble();
      String goal;
      String expected;
      switch (t.getKey()) {
        case "answer_rate" -> {
          goal = percent(target) + " % answered";
          expected = String.format(Locale.ROOT, "%.1f %%", mean * 100);
        }
        case "mean_wait" -> {
          goal = "Mean wait at most " + String.format(Locale.ROOT, "%.0f", target / 60) + " min";
          expected = String.format(Locale.ROOT, "%.1f min", mean / 60);
        }
        case "chat_response_within" -> {
          goal = percent(target) + " % of chats answered within " + chatWithin + " min";
          expected = String.format(Locale.ROOT, "%.1f %%", mean * 100);
        }
        default -> throw new AssertionError("a target the bundled scenarios tested here do not set: " + t.getKey());
      }
      double p = risk.get("targets").get(t.getKey()).get("probability").asDouble();
      out.add(goal + ": met in " + percent(p) + " % of simulated " + periods + " (expected " + expected + ").");
    }
    double all = risk.get("targets").get("all").get("probability").asDouble();
    out.add("Every target at once: met in " + percent(all) + " % of simulated " + periods + ".");
    return out;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f", share * 100);
  }

  /** Every inline SVG has a size on the page and drawn content; each named one shows its labels. */
  private static void assertChartsRendered(Map<String, List<String>> labels) {
    List<WebElement> svgs = driver.findElements(By.cssSelector("figure svg"));
    assertTrue(svgs.size() >= labels.size(), "expected at least " + labels.size() + " charts, found " + svgs.size());
    JavascriptExecutor js = driver;
    for (WebElement svg : svgs) {
      String id = svg.getAttribute("id");
      @SuppressWarnings("unchecked")
      Map<String, Object> box = (Map<String, Object>) js.executeScript(
          "const r = arguments[0].getBoundingClientRect(); const b = arguments[0].getBBox();"
              + " return {w: r.width, h: r.height, bw: b.width, bh: b.height,"
              + " shapes: arguments[0].querySelectorAll('path, rect, line').length,"
              + " texts: Array.from(arguments[0].querySelectorAll('text')).map(t => t.textContent.trim()).filter(t => t.length > 0)};",
          svg);
      assertTrue(number(box.get("w")) > 300 && number(box.get("h")) > 150,
          id + " should take room on the page, is " + box.get("w") + " x " + box.get("h"));
      assertTrue(number(box.get("bw")) > 100 && number(box.get("bh")) > 100, id + " should have drawn content, its box is "
          + box.get("bw") + " x " + box.get("bh"));
      assertTrue(number(box.get("shapes")) > 10, id + " should draw shapes, has " + box.get("shapes"));
      @SuppressWarnings("unchecked")
      List<String> texts = (List<String>) box.get("texts");
      assertTrue(texts.size() >= 5 && texts.stream().anyMatch(t -> t.matches(".*\\d.*")),
          id + " should have a title, axis labels and tick labels, has " + texts);
      for (String label : labels.getOrDefault(id, List.of())) {
        assertTrue(texts.contains(label), id + " should show \"" + label + "\"; it shows " + texts);
      }
    }
    for (String id : labels.keySet()) {
      assertEquals(1, driver.findElements(By.id(id)).size(), "the report should have chart " + id);
    }
  }

  private static double number(Object o) {
    return ((Number) o).doubleValue();
  }

  private static void assertSectionsInOrder(List<String> headings) {
    assertEquals(headings, texts("section > h2"));
  }

  /** No resource fetched (the page's own file aside), no reference to one, nothing in the console at error level. */
  private static void assertNothingLoadedAndNoErrors(Path folder) throws IOException {
    Object resources = ((JavascriptExecutor) driver).executeScript(
        "return performance.getEntriesByType('resource').map(e => e.name);");
    assertEquals(List.of(), resources, "the report should load nothing besides itself");
    // In the markup itself (its tags and its style sheet), not in text shown on the page.
    String html = Files.readString(folder.resolve("report.html"));
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      String markup = tag.group();
      assertFalse(EXTERNAL.matcher(markup).find(), "report.html refers to something outside it: " + markup);
    }
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getLevel() + " " + e.getMessage());
      }
    }
    assertEquals(List.of(), errors, "the browser console should have no warnings or errors");
  }

  /**
   * Printed on A4 (as a browser's "Save as PDF" does), each section starts a page: at least
   * {@code sections} pages, every one A4 (595 × 842 points).
   */
  private static void assertPrintsOnA4WithASectionAPage(int sections) throws IOException {
    Pdf pdf = driver.print(new PrintOptions().setPageSize(PageSize.ISO_A4).setBackground(true));
    byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    Matcher page = Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(text);
    int pages = 0;
    while (page.find()) {
      pages++;
    }
    assertTrue(pages >= sections, "each of the " + sections + " sections should start a printed page; the PDF has " + pages);
    Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]").matcher(text);
    int boxes = 0;
    while (box.find()) {
      boxes++;
      assertEquals(595.3, Double.parseDouble(box.group(1)), 1.0, "an A4 page is 210 mm (595 points) wide");
      assertEquals(841.9, Double.parseDouble(box.group(2)), 1.0, "an A4 page is 297 mm (842 points) high");
    }
    assertEquals(pages, boxes, "every page should have its size");
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve("report.pdf"), bytes);
  }

  /** The whole page, beyond the window, as a PNG. */
  private static void screenshot(String name) throws IOException {
    byte[] png = HeadlessChromium.fullPage(driver);
    long width = ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
    long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
    Files.createDirectories(SCREENSHOTS);
    File file = SCREENSHOTS.resolve(name.startsWith("02") ? "report.png" : name + "-report.png").toFile();
    Files.write(file.toPath(), png);
    assertTrue(png.length > 10_000 && height > 3000, "the screenshot should hold the whole report, " + width + " x " + height);
  }
}
