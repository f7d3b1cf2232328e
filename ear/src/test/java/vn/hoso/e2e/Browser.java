package vn.hoso.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: both paths are given explicitly
 * so that Selenium never tries to download a browser. Screenshots land in target/screenshots for a
 * person to look at.
 */
public final class Browser implements AutoCloseable {

  public static final Dimension DESKTOP = new Dimension(1280, 900);
  public static final Dimension PHONE = new Dimension(360, 780);

  private final ChromeDriver driver;
  private final Path profile;

  public Browser(Dimension size) {
    try {
      profile = Files.createTempDirectory("hoso-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(env("HOSO_CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=vi",
        "--user-data-dir=" + profile,
        "--window-size=" + size.width + "," + size.height);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(env("HOSO_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(size);
  }

  private final java.util.Set<String> signedInAs = new java.util.HashSet<>();

  /**
   * Opens a URL. One carrying credentials ({@code http://user:password@host/path}) signs in through
   * the login form first, once per browser, as a person would, then opens the path.
   */
  public void open(String url) {
    java.net.URI u = java.net.URI.create(url);
    if (u.getUserInfo() == null) {
      driver.get(url);
      return;
    }
    String base = u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    String[] cred = u.getUserInfo().split(":", 2);
    if (signedInAs.add(cred[0])) {
      signIn(base, cred[0], cred[1]);
    }
    driver.get(base + u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
  }

  /**
   * A wait on this browser that retries when an element it read was replaced meanwhile: PrimeFaces
   * re-renders parts of a page under AJAX, so an element found a moment ago can go stale.
   */
  public org.openqa.selenium.support.ui.WebDriverWait await(Duration timeout) {
    return await(driver, timeout);
  }

  /** The same for a bare driver. */
  public static org.openqa.selenium.support.ui.WebDriverWait await(
      org.openqa.selenium.WebDriver driver, Duration timeout) {
    org.openqa.selenium.support.ui.WebDriverWait wait =
        new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout);
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** Signs in with the login form and waits until the portal has let the person in. */
  public void signIn(String base, String login, String password) {
    driver.get(base + "/login.xhtml");
    driver.findElement(org.openqa.selenium.By.id("login:email")).sendKeys(login);
    driver.findElement(org.openqa.selenium.By.id("login:password")).sendKeys(password);
    driver.findElement(org.openqa.selenium.By.id("login:submit")).click();
    await(Duration.ofSeconds(30))
        .until(
            d ->
                !d.getCurrentUrl().contains("/login.xhtml")
                    || !d.findElements(org.openqa.selenium.By.cssSelector(".ui-messages-error"))
                        .isEmpty());
    if (driver.getCurrentUrl().contains("/login.xhtml")) {
      throw new IllegalStateException(
          "sign-in refused for "
              + login
              + ": "
              + driver
                  .findElement(org.openqa.selenium.By.cssSelector(".ui-messages-error"))
                  .getText());
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  public Path screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      // Whole page from its top, not only the viewport, so that a person sees everything the page
      // shows.
      driver.executeScript("window.scrollTo(0, 0)");
      Long height =
          (Long)
              driver.executeScript(
                  "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
      Dimension before = driver.manage().window().getSize();
      driver
          .manage()
          .window()
          .setSize(
              new Dimension(before.width, (int) Math.min(Math.max(height, before.height), 6000)));
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      driver.manage().window().setSize(before);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs axe-core in the page and returns the serious and critical violations as readable lines
   * (empty when the page passes).
   */
  @SuppressWarnings("unchecked")
  /** Fails when the page scrolls sideways (content wider than the window, e.g. at phone width). */
  public void assertNoHorizontalScroll() {
    Long scroll = (Long) driver.executeScript("return document.documentElement.scrollWidth");
    Long client = (Long) driver.executeScript("return document.documentElement.clientWidth");
    org.junit.jupiter.api.Assertions.assertTrue(
        scroll <= client, "page scrolls sideways: " + scroll + " > " + client);
  }

  public List<String> accessibilityViolations() {
    driver.executeScript(axeSource());
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({"
                    + "  id: v.id, impact: v.impact, help: v.help,"
                    + "  nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))));");
    List<String> out = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      String impact = String.valueOf(v.get("impact"));
      if (impact.equals("serious") || impact.equals("critical")) {
        out.add(impact + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"));
      }
    }
    return out;
  }

  private static String axeSource() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try {
        HosoServer.deleteTree(profile);
      } catch (IOException ignored) {
        // a temporary profile left behind is harmless
      }
    }
  }
}
