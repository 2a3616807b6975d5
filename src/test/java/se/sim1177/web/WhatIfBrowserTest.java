package se.sim1177.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.sim1177.app.RunJob;
import se.sim1177.app.RunOptions;
import se.sim1177.app.WhatIf;
import se.sim1177.browser.HeadlessChromium;

/**
 * The what-if page as a manager uses it, in a real browser ({@link HeadlessChromium}), on the
 * bundled Värmland 2019 month: the evening shift's nurses changed from 4 to 6 raise the answer rate
 * to exactly what {@code run --set} gives on the same seed, with a paired interval above 0; a
 * negative number of nurses shows the CLI's message beside the field and runs nothing; "Save"
 * downloads a scenario that {@code run} turns into the same {@code summary.json}, byte for byte,
 * and "Report" the {@code report.html} of the changed month.
 * The browser must log no error (a script or style the page's policy blocks would be one).
 * Screenshots before and after the edit go to {@code target/report-browser}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhatIfBrowserTest {
  static final String EVENING = "staff.groups[0].shifts[3].nurses";
  static final Path SCREENSHOTS = Path.of(System.getProperty("report.screenshots", "target/report-browser"));
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir
  static Path tmp;
  static WhatIf whatIf;
  static WhatIfServer server;
  static ChromeDriver driver;
  static Path downloads;

  @BeforeAll
  static void start() throws Exception {
    downloads = Files.createDirectories(tmp.resolve("downloads"));
    driver = HeadlessChromium.start(tmp.resolve("chromium-profile"), downloads);
    whatIf = WhatIf.start(null, 2);
    server = WhatIfServer.bind("127.0.0.1", 0).serve(whatIf);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void theEveningShiftsNursesRaiseTheAnswerRateAsRunSetDoes() throws Exception {
    driver.get("http://127.0.0.1:" + server.port() + "/");
    assertEquals(whatIf.baseline().name(), driver.findElement(By.tagName("h1")).getText());
    assertEquals("0", driver.findElement(By.id("status")).getAttribute("data-overrides"));
    assertTrue(driver.findElements(By.cssSelector("ul.verdicts .sentence")).size() >= 2, "the verdicts should be shown");
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve("what-if-before.png"), HeadlessChromium.fullPage(driver));

    WebElement evening = field(EVENING);
    evening.sendKeys(Keys.chord(Keys.CONTROL, "a"), "6");
    waitFor("done");
    assertEquals("1", driver.findElement(By.id("status")).getAttribute("data-overrides"));
    assertTrue(evening.findElement(By.xpath("..")).getAttribute("class").contains("changed"), "the changed field should be marked");

    JsonNode summary = new ObjectMapper().readTree(runSet().resolve("summary.json").toFile());
    WebElement rate = driver.findElement(By.cssSelector("tr[data-metric='answer_rate']"));
    assertEquals(summary.get("metrics").get("answer_rate").get("mean").asDouble(), Double.parseDouble(rate.getAttribute("data-edited")), 0.0,
        "the page's answer rate should be run --set's, on the same seed");
    double low = Double.parseDouble(rate.getAttribute("data-low"));
    double difference = Double.parseDouble(rate.getAttribute("data-difference"));
    assertTrue(low > 0 && difference > low, "two more evening nurses: the paired change should be above 0, " + low + " " + difference);
    assertTrue(rate.getText().contains("better"), rate.getText());
    assertTrue(driver.findElement(By.id("chart-week")).getSize().getWidth() > 500, "the week chart should be drawn");
    Files.write(SCREENSHOTS.resolve("what-if-after.png"), HeadlessChromium.fullPage(driver));
    assertNoBrowserErrors();
  }

  @Test
  @Order(2)
  void aNegativeNumberOfNursesIsShownBesideTheFieldAndRunsNothing() {
    long before = whatIf.simulations();
    WebElement evening = field(EVENING);
    evening.sendKeys(Keys.chord(Keys.CONTROL, "a"), "-1");
    waitFor("invalid");
    WebElement problem = evening.findElement(By.xpath("../span[@class='problem']"));
    assertEquals("--set " + EVENING + "=-1: " + EVENING + ": -1 must be a whole number from 0 to 100000", problem.getText());
    assertEquals("true", evening.getAttribute("aria-invalid"));
    assertEquals(before, whatIf.simulations(), "nothing should run");
  }

  @Test
  @Order(3)
  void saveDownloadsAScenarioThatRunReproducesByteForByte() throws Exception {
    WebElement evening = field(EVENING);
    evening.sendKeys(Keys.chord(Keys.CONTROL, "a"), "6");
    waitFor("done");
    assertEquals("", evening.findElement(By.xpath("../span[@class='problem']")).getText(), "the problem should be gone");
    driver.findElement(By.id("save")).click();
    Path saved = downloads.resolve("02-varmland-2019-what-if.yaml");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(saved));
    Path out = tmp.resolve("saved-run");
    RunJob.run(new RunOptions(saved, null, null, 2, out, List.of(), List.of("sim1177", "run")), QUIET, QUIET);
    assertArrayEquals(Files.readAllBytes(runSet().resolve("summary.json")), Files.readAllBytes(out.resolve("summary.json")));
    driver.findElement(By.id("report")).click();
    Path report = downloads.resolve("02-varmland-2019-what-if-report.html");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(report));
    assertTrue(Files.readString(report).contains("--set " + EVENING + "=6"), "the report should say what was changed");
    try (Stream<Path> files = Files.list(downloads)) {
      assertEquals(List.of(report, saved), files.sorted().toList(), "two downloads, nothing else");
    }
  }

  @Test
  @Order(4)
  void aSuggestedRosterMeetsTheTargetsAndItsShiftsCanBeTakenOut() throws Exception {
    // The staffing example, with the quicker Erlang A search and a fortnight: a suggestion in seconds.
    Path small = tmp.resolve("small-staffing.yaml");
    Files.writeString(small, Files.readString(Path.of("scenarios/08-varmland-staffing.yaml"))
        .replace("method: simulation ", "method: erlang-a ").replace("days: 28,", "days: 14,"));
    WhatIf staffing = WhatIf.start(small, 2);
    try (WhatIfServer other = WhatIfServer.bind("127.0.0.1", 0).serve(staffing)) {
      driver.manage().logs().get(LogType.BROWSER); // the 422 of the bad value above is no error of this page
      driver.get("http://127.0.0.1:" + other.port() + "/");
      int before = driver.findElements(By.cssSelector("button.remove")).size();
      // A search can be stopped: the page keeps the roster it had.
      driver.findElement(By.id("suggest")).click();
      driver.findElement(By.id("stop")).click();
      waitFor("stopped");
      assertEquals(before, driver.findElements(By.cssSelector("button.remove")).size());
      assertTrue(driver.findElement(By.id("stop")).getAttribute("hidden") != null, "Stop is hidden when nothing runs");
      driver.findElement(By.id("suggest")).click();
      waitFor("done");
      assertTrue(driver.findElement(By.id("suggestion")).getText().startsWith("Suggested by the staffing search (erlang-a, scope period):"),
          driver.findElement(By.id("suggestion")).getText());
      assertTrue(driver.findElement(By.id("suggestion")).getText().contains("; it meets the targets ("));
      assertEquals("true", driver.findElement(By.id("status")).getAttribute("data-roster-changed"));
      // On the page's own 30 months (the search checked 400 fresh ones), every target holds in most of them.
      double all = Double.parseDouble(driver.findElement(By.cssSelector("tr[data-target='all']")).getAttribute("data-edited"));
      assertTrue(all >= 0.8, "the suggested roster should meet every target in most months: " + all);
      assertTrue(driver.findElement(By.id("chart-roster")).getSize().getHeight() > 100, "the suggested roster is drawn");
      int shifts = driver.findElements(By.cssSelector("button.remove")).size();
      assertTrue(shifts != before, "the form shows the suggested roster's shifts: " + before + " then " + shifts);
      Files.write(SCREENSHOTS.resolve("what-if-suggested.png"), HeadlessChromium.fullPage(driver));
      driver.findElements(By.cssSelector("button.remove")).get(0).click();
      waitFor("done");
      assertEquals(shifts - 1, driver.findElements(By.cssSelector("button.remove")).size(), "one shift fewer");
      assertNoBrowserErrors();
    }
  }

  private static WebElement field(String key) {
    return driver.findElement(By.cssSelector("[name='" + key + "']"));
  }

  /** Waits for the page's state after an edit: done, invalid or failed. */
  private static void waitFor(String state) {
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
      String s = d.findElement(By.tagName("body")).getAttribute("data-state");
      return state.equals(s);
    });
  }

  private static Path runSet() throws Exception {
    Path out = tmp.resolve("run-set");
    if (!Files.isDirectory(out)) {
      RunJob.run(new RunOptions(null, null, null, 2, out, List.of(EVENING + "=6"), List.of("sim1177", "run")), QUIET, QUIET);
    }
    return out;
  }

  private static void assertNoBrowserErrors() throws IOException {
    List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    assertEquals(List.of(), errors, "the browser should log no error or warning");
  }
}
