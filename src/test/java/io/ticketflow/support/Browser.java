package io.ticketflow.support;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver, for tests of the pages as a person
 * uses them. Both paths are given explicitly, so Selenium never looks for or downloads a browser or
 * a driver. Where Chromium is not installed the test is skipped, except in CI ({@code CI=true}),
 * where it must run.
 */
public final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final ObjectMapper EVENTS = new ObjectMapper();

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts the browser in English, or skips the test where it is missing (outside CI). */
  public static Browser start() {
    return start("en-US");
  }

  /**
   * Starts the browser with {@code language} (e.g. {@code zh-CN}) as the person's language, and
   * with the network log that {@link #failedRequests()} reads.
   */
  public static Browser start(String language) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      String missing =
          "Chromium and chromedriver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER + ")";
      if ("true".equals(System.getenv("CI"))) {
        fail(missing + "; .ci/run installs them");
      }
      assumeTrue(false, missing + ": apt-get install chromium chromium-driver");
    }
    try {
      Path profile = Files.createTempDirectory("ticketflow-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1280,1400",
          "--lang=" + language,
          "--user-data-dir=" + profile.toAbsolutePath());
      options.setExperimentalOption(
          "prefs", Map.of("intl.accept_languages", language + "," + language.split("-")[0]));
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.PERFORMANCE, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      options.setAcceptInsecureCerts(false);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(WAIT);
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets what earlier tests left: stored tokens, the chosen language. */
  public void reset(String base) {
    driver.get(base + "/portal/i18n/en.json");
    ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
  }

  public void open(String url) {
    driver.get(url);
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public WebElement find(String id) {
    return id.equals("html")
        ? driver.findElement(By.tagName("html"))
        : driver.findElement(By.id(id));
  }

  /** Waits until the element with {@code id} is shown. */
  public WebElement visible(String id) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  public void type(String id, String text) {
    WebElement field = visible(id);
    field.clear();
    field.sendKeys(text);
  }

  public void click(String id) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.elementToBeClickable(By.id(id)))
        .click();
  }

  /** Waits until an element that {@code by} finds is shown. */
  public WebElement visible(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Waits until an element that {@code by} finds can be clicked, brings it to the middle of the
   * window (away from fixed headers and footers) and clicks it.
   */
  public void click(By by) {
    WebElement element =
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /** Waits until an element that {@code by} finds is shown, then every element it finds. */
  public List<WebElement> all(By by) {
    visible(by);
    return driver.findElements(by);
  }

  /** Waits until no element that {@code by} finds is shown any more. */
  public void gone(By by) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  /**
   * Waits until the field that {@code by} finds holds {@code value}, also while the page renders
   * the field anew (as Tasklist does when another task is opened).
   */
  public void waitForValue(By by, String value) {
    new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.attributeToBe(by, "value", value));
  }

  /** Waits until the address of the page contains {@code part}. */
  public void waitForUrl(String part) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(part));
  }

  /** Signs in on the Camunda webapps' login form (Tasklist, Cockpit) as {@code user}. */
  public void signInToCamunda(String user, String password) {
    WebElement name = visible(By.cssSelector("form[name='signinForm'] input[type='text']"));
    name.clear();
    name.sendKeys(user);
    WebElement secret = visible(By.cssSelector("form[name='signinForm'] input[type='password']"));
    secret.clear();
    secret.sendKeys(password);
    click(By.cssSelector("form[name='signinForm'] button[type='submit']"));
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.name("signinForm")));
  }

  /** Ends every session the browser holds, e.g. to sign in to the webapps as someone else. */
  public void signOut() {
    driver.manage().deleteAllCookies();
  }

  /**
   * Runs {@code script} in the page (outside its content security policy) and returns its value.
   */
  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  public String title() {
    return driver.getTitle();
  }

  public String text(String id) {
    return visible(id).getText();
  }

  /** Waits until the ticket on the page shows {@code status}. */
  public void status(String status) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.attributeToBe(By.id("ticket-status"), "data-status", status));
    visible("ticket-section");
  }

  public void waitForText(String id, String text) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  /** Keeps a picture of the page under target/screenshots/. */
  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a JavaScript dialog (alert, confirm, prompt) is open; it is left open. */
  public boolean alertOpen() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException none) {
      return false;
    }
  }

  /**
   * The answers of 400 or more that the pages loaded since the last call received, as "status
   * method address", read from Chromium's network events (DevTools {@code Network.responseReceived}
   * in the performance log).
   */
  public List<String> failedRequests() {
    List<String> failed = new ArrayList<>();
    Map<String, String> methods = new HashMap<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = EVENTS.readTree(entry.getMessage()).path("message");
        JsonNode params = message.path("params");
        switch (message.path("method").asText()) {
          case "Network.requestWillBeSent" ->
              methods.put(
                  params.path("requestId").asText(),
                  params.path("request").path("method").asText());
          case "Network.responseReceived" -> {
            JsonNode response = params.path("response");
            if (response.path("status").asInt() >= 400) {
              failed.add(
                  response.path("status").asInt()
                      + " "
                      + methods.getOrDefault(params.path("requestId").asText(), "?")
                      + " "
                      + response.path("url").asText());
            }
          }
          default -> {
            // other events say nothing about failures
          }
        }
      } catch (IOException unreadable) {
        failed.add("unreadable network event: " + entry.getMessage());
      }
    }
    return failed;
  }

  public void quit() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind does no harm
    }
  }
}
