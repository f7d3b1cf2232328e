package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoso.demo.HandoverPackageGenerator;
import vn.hoso.search.Highlighter;

/**
 * A visitor searches without diacritics in Chromium, narrows by a facet, opens a hit and sees the
 * words boxed on the scanned page (OCR word boxes), at desktop and phone width.
 */
@ExtendWith(SuiteServer.class)
class SearchJourneyIT {

  private static String base;
  private static String signedIn;
  private static Browser desktop;
  private static Browser phone;
  private static String word;
  @TempDir static Path dir;

  @BeforeAll
  static void ingestAndOpen(HosoServer server) throws IOException {
    base = server.baseUrl();
    signedIn = server.signedInUrl();
    HandoverPackageGenerator.Result pkg =
        new HandoverPackageGenerator()
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(505)
                    .withDossiers(3)
                    .withDocuments(2, 2)
                    .withPages(1, 1)
                    .withPdfShare(0)
                    .withImageFormats("png")
                    .withDefects(HandoverPackageGenerator.Defects.NONE)
                    .withOrigin("commune:00802")
                    .withReceivingUnit("00802")
                    .withZip(true),
                dir.resolve("pkg"));
    Http.Answer a = Http.postPackage(base, pkg.path());
    assertEquals(202, a.status(), a.body());
    JsonObject done = HandoversApiIT.awaitFinished(a.location());
    assertEquals("COMPLETED", done.getString("state"), done.toString());
    // a long word of a public OCR'd page of this package, as a visitor would remember it
    JsonObject open = Http.get(base + "/api/v1/search?holder=00802&size=50").json();
    word = null;
    for (JsonValue v : open.getJsonArray("hits")) {
      String text =
          v.asJsonObject().getJsonArray("snippet").stream()
              .map(s -> s.asJsonObject().getString("text"))
              .collect(Collectors.joining());
      for (String w : text.split("[^\\p{L}]+")) {
        if (w.length() >= 5 && !w.matches("[a-zA-Z]+")) {
          word = w;
          break;
        }
      }
      if (word != null) {
        break;
      }
    }
    assertTrue(word != null, "a public page with a Vietnamese word: " + open);
    desktop = new Browser(Browser.DESKTOP);
    phone = new Browser(Browser.PHONE);
  }

  @AfterAll
  static void close() {
    if (desktop != null) {
      desktop.close();
    }
    if (phone != null) {
      phone.close();
    }
  }

  private static WebDriverWait waitOn(Browser b) {
    return b.await(Duration.ofSeconds(30));
  }

  @Test
  void searchWithoutDiacriticsNarrowOpenAHitAndSeeItMarkedOnTheScan() {
    String folded = Highlighter.fold(word);
    for (Browser b : List.of(desktop, phone)) {
      WebDriver d = b.driver();
      d.get(base + "/search.xhtml");
      String width = b == desktop ? "desktop" : "phone";
      b.screenshot("search-empty-" + width);
      d.findElement(By.id("q")).sendKeys(folded);
      d.findElement(By.id("searchSubmit")).click();
      WebElement count =
          waitOn(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("resultsHeading")));
      assertTrue(count.getText().startsWith("Tìm thấy"), count.getText());
      List<WebElement> marks = d.findElements(By.cssSelector(".hit__snippet mark"));
      assertTrue(!marks.isEmpty(), "the snippet marks the word");
      assertEquals(
          Highlighter.fold(marks.get(0).getText()),
          folded,
          "the mark is the word with its diacritics");
      b.screenshot("search-results-" + width);
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the results");
      b.assertNoHorizontalScroll();

      // narrow by the holding unit facet: the count stays, the choice shows
      d.findElement(By.cssSelector(".facet a[href*='holder=00802']")).click();
      waitOn(b).until(ExpectedConditions.urlContains("holder=00802"));
      assertTrue(
          !d.findElements(By.cssSelector(".facet li.is-selected")).isEmpty(), "chosen facet");

      d.findElement(By.cssSelector(".hit__title a")).click();
      waitOn(b).until(ExpectedConditions.urlContains("/record.xhtml"));
      List<WebElement> boxes = d.findElements(By.cssSelector(".scan__hit"));
      assertTrue(!boxes.isEmpty(), "the word is boxed on the scan");
      assertTrue(
          d.findElements(By.cssSelector(".ocr-text mark")).size() >= 1, "and marked in the text");
      Boolean loaded =
          (Boolean)
              b.driver()
                  .executeScript(
                      "var i = document.querySelector('.scan__img');"
                          + " return i.complete && i.naturalWidth > 0;");
      assertTrue(loaded, "the scan image loads for an anonymous visitor");
      b.screenshot("search-record-" + width);
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the record page");
      b.assertNoHorizontalScroll();
    }
  }

  @Test
  void symbolsOnlyExplainInsteadOfListingEverything() {
    WebDriver d = desktop.driver();
    d.get(base + "/search.xhtml?q=" + Http.q("*** ((( ~~~"));
    String notices = d.findElement(By.cssSelector(".notices")).getText();
    assertTrue(notices.contains("Không có chữ hay số nào để tìm"), notices);
    assertTrue(d.findElement(By.id("resultsHeading")).getText().contains("Không tìm thấy"));
    d.get(base + "/search.xhtml?q=khongcotuchnaytrongkho");
    String empty = d.findElement(By.cssSelector(".empty")).getText();
    assertTrue(empty.contains("Tìm gần đúng"), empty);
    desktop.screenshot("search-none-desktop");
  }

  @Test
  void archivistChecksAndRebuildsTheIndexWithProgress() {
    WebDriver d = desktop.driver();
    desktop.open(signedIn + "/archive/search-index.xhtml");
    d.findElement(By.id("index:check")).click();
    WebElement status =
        waitOn(desktop)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#index\\:checkResult .answer__status")));
    assertTrue(status.getText().contains("khớp với cơ sở dữ liệu"), status.getText());
    desktop.screenshot("search-index-desktop");
    assertEquals(List.of(), desktop.accessibilityViolations(), "axe on the index page");
    // the form was just re-rendered by the check: find the button afresh until the click lands
    waitOn(desktop)
        .until(
            dr -> {
              dr.findElement(By.id("index:rebuild")).click();
              return true;
            });
    // irreversible for a while: a confirmation first
    WebElement yes =
        waitOn(desktop)
            .until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
    yes.click();
    waitOn(desktop)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("index:progress"), "hoàn tất"));
    String progress = d.findElement(By.id("index:progress")).getText();
    assertTrue(progress.contains("Đã xử lý"), progress);
    desktop.screenshot("search-index-rebuilt-desktop");
    phone.open(signedIn + "/archive/search-index.xhtml");
    phone.screenshot("search-index-phone");
    phone.assertNoHorizontalScroll();
  }

  @Test
  void aHiddenOrUnknownPageIsNotFound() {
    JsonObject all =
        Http.send(Http.asArchivist(base + "/api/v1/search?holder=00802&size=50").GET().build())
            .json();
    long hidden =
        all.getJsonArray("hits").stream()
            .map(JsonValue::asJsonObject)
            .filter(h -> !h.getString("access").equals("public"))
            .mapToLong(h -> h.getJsonNumber("pageId").longValue())
            .findFirst()
            .orElseThrow();
    assertEquals(404, Http.get(base + "/record.xhtml?page=" + hidden).status());
    assertEquals(404, Http.get(base + "/record.xhtml?page=abc").status());
    assertEquals(404, Http.get(base + "/record.xhtml").status());
  }
}
