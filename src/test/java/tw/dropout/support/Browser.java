package tw.dropout.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. Where Chromium is not installed the test is skipped
 * with a message saying so (CI installs it, so there it always runs). Screenshots go to
 * target/screenshots/.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** The captcha answer fixed by the test profile (application-test.yaml). */
  public static final String CAPTCHA = "Kw7Hd";

  private final WebDriver driver;
  private final String baseUrl;
  private Path userDataDir;

  private Browser(WebDriver driver, String baseUrl, Path userDataDir) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.userDataDir = userDataDir;
  }

  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Opens a fresh browser profile against the app on {@code port}, or skips the test visibly. */
  public static Browser open(int port) {
    return open(port, null);
  }

  /**
   * Like {@link #open(int)}, with Chromium in the given time zone (TZ, e.g. "UTC" or "Asia/Taipei")
   * whatever the machine's; null keeps the machine's.
   */
  public static Browser open(int port, String timeZone) {
    if (!available()) {
      String message = "BROWSER TEST SKIPPED: Debian Chromium not installed (" + CHROMIUM + ", " + CHROMEDRIVER
          + "). Install with: apt-get install chromium chromium-driver fonts-noto-cjk";
      System.out.println(message);
      Assumptions.abort(message);
    }
    try {
      Path profile = Files.createTempDirectory("dropout-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--window-size=1366,900", "--lang=zh-TW", "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-TW,zh"));
      ChromeDriverService.Builder builder = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort();
      if (timeZone != null) {
        builder.withEnvironment(java.util.Map.of("TZ", timeZone));
      }
      ChromeDriverService service = builder.build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(driver, "http://localhost:" + port, profile);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void get(String path) {
    driver.get(baseUrl + path);
  }

  public String currentPath() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  /** Signs in through our login page (account, password, the test profile's captcha answer). */
  public void login(String username, String password) {
    get("/login");
    submitLogin(username, password);
  }

  /** Signs in as school staff and waits until their landing page, Tasklist, has been reached. */
  public void loginToTasklist(String username, String password) {
    login(username, password);
    waitUntil(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"));
  }

  /** Fills and submits the login page the browser is on (e.g. where a deep link sent it). */
  public void submitLogin(String username, String password) {
    waitUntil(d -> d.findElement(By.id("username")).isDisplayed());
    // The captcha is issued when its image loads: wait for it before answering.
    waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
        "var i = document.getElementById('captcha-image'); return !i || (i.complete && i.naturalWidth > 0);")));
    fill("username", username);
    fill("password", password);
    fill("captcha", CAPTCHA);
    driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
  }

  public void fill(String id, String value) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return waitUntil(Duration.ofSeconds(30), condition);
  }

  /** Waits for the condition; on timeout saves a screenshot and says where the browser was. */
  public <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, timeout).until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      Path shot = screenshot("timeout-" + System.currentTimeMillis());
      throw new AssertionError("Timed out at " + driver.getCurrentUrl() + " (screenshot " + shot + ")", e);
    }
  }

  /** Saves a PNG of the visible window under target/screenshots/{name}.png. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(file, png);
      return file;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    if (userDataDir != null) {
      try (var files = Files.walk(userDataDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temp profile left behind is harmless
      }
      userDataDir = null;
    }
  }
}
