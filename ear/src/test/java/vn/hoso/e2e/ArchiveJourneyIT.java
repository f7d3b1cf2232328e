package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoso.demo.HandoverPackageGenerator;

/**
 * An archivist uploads a handover package on the archive screen, watches its progress, and reads a
 * stored dossier: scans beside their text.
 */
@ExtendWith(SuiteServer.class)
class ArchiveJourneyIT {

  @TempDir Path dir;

  @Test
  void uploadFollowAndBrowse(HosoServer server) throws Exception {
    HandoverPackageGenerator.Result pkg =
        new HandoverPackageGenerator()
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(41)
                    .withDossiers(2)
                    .withDocuments(1, 2)
                    .withPages(1, 2)
                    .withDefects(HandoverPackageGenerator.Defects.LIGHT)
                    .withOrigin("commune:27460")
                    .withReceivingUnit("27460")
                    .withZip(true),
                dir);
    String signedIn = server.signedInUrl();
    try (Browser b = new Browser(Browser.DESKTOP)) {
      WebDriver d = b.driver();
      WebDriverWait wait = Browser.await(d, Duration.ofMinutes(5));
      b.open(signedIn + "/archive/handovers.xhtml");
      assertTrue(d.findElement(By.tagName("h1")).getText().contains("Tiếp nhận hồ sơ bàn giao"));
      b.screenshot("archive-handovers-desktop");
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the handover list");

      d.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(pkg.path().toString());
      WebElement follow =
          wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Theo dõi tiến độ")));
      follow.click();

      // live progress, then the outcome
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("progressHeading"), "Hoàn thành"));
      assertEquals(Integer.toString(pkg.pages()), d.findElement(By.id("c-pages")).getText());
      assertEquals(Integer.toString(pkg.dossiers()), d.findElement(By.id("c-dossiers")).getText());
      b.screenshot("archive-handover-desktop");
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the handover page");

      d.findElement(By.cssSelector("#dossiersHeading ~ table a")).click();
      WebElement img =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img.scan__img")));
      wait.until(
          dr ->
              (Boolean)
                  ((org.openqa.selenium.JavascriptExecutor) dr)
                      .executeScript(
                          "return arguments[0].complete && arguments[0].naturalWidth > 100", img));
      String text = d.findElement(By.cssSelector(".ocr-text")).getText();
      assertTrue(text.length() > 20, "the page's text is shown beside its scan: " + text);
      b.screenshot("archive-dossier-desktop");
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the dossier page");

      b.open(signedIn + "/archive/reviews.xhtml");
      assertTrue(d.findElement(By.tagName("h1")).getText().contains("Trang nghi trùng"));
      b.screenshot("archive-reviews-desktop");
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the review queue");
    }
    try (Browser phone = new Browser(Browser.PHONE)) {
      phone.open(signedIn + "/archive/handovers.xhtml");
      phone.screenshot("archive-handovers-phone");
    }
  }

  @Test
  void anonymousVisitorsCannotReachTheArchive(HosoServer server) {
    // pages send a person to the login form, and back afterwards; the API asks for credentials
    for (String page :
        List.of(
            "/archive/handovers.xhtml",
            "/archive/scan?page=1",
            "/archive/dossier.xhtml?id=1",
            "/archive/reviews.xhtml")) {
      Http.Answer a = Http.get(server.baseUrl() + page);
      assertEquals(302, a.status(), page);
      assertTrue(a.location().contains("/login.xhtml?next="), a.location());
    }
    assertEquals(401, Http.get(server.baseUrl() + "/api/v1/handovers/1/receipt").status());
  }
}
