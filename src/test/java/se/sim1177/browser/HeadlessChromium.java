package se.sim1177.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver, for the tests that
 * look at a page as a person sees it. Both programs are named by path, so Selenium Manager never
 * looks for a driver on the network; {@code .ci/run} installs them. Without them a test is skipped,
 * saying so.
 */
public final class HeadlessChromium {
  public static final Path CHROMIUM = Path.of(System.getProperty("report.chromium", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER = Path.of(System.getProperty("report.chromedriver", "/usr/bin/chromedriver"));

  private HeadlessChromium() {}

  /**
   * A browser with its profile in {@code profile} and downloads going to {@code downloads} (null:
   * the profile's default); skips the calling test when the programs are missing.
   */
  public static ChromeDriver start(Path profile, Path downloads) {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: no headless browser here (" + CHROMIUM + " and " + CHROMEDRIVER + " are needed; on Debian: apt-get install -y"
            + " chromium chromium-driver, which .ci/run does)");
    // The driver is given by path: Selenium Manager, which would download one, is never asked.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--window-size=1100,1400", "--user-data-dir=" + profile);
    if (downloads != null) {
      options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
          "download.prompt_for_download", false));
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** The whole page, beyond the window, as a PNG. */
  public static byte[] fullPage(ChromeDriver driver) {
    long width = ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
    long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }
}
