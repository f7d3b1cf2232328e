package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoso.demo.HandoverPackageGenerator;

/**
 * The same sheets delivered twice: first as a folder taken from the server's import folder, then
 * re-saved by another tool in a second package. The identical files are stored once and reported;
 * the re-saved page is stored, flagged, and an archivist decides it is the same page.
 */
@ExtendWith(SuiteServer.class)
class DuplicatesIT {

  @TempDir Path dir;

  @Test
  void twiceDeliveredPagesAreReportedAndReviewed(HosoServer server) throws Exception {
    HandoverPackageGenerator.Result first =
        new HandoverPackageGenerator()
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(61)
                    .withDossiers(1)
                    .withDocuments(2, 2)
                    .withPages(1, 1)
                    .withPdfShare(0)
                    .withImageFormats("png")
                    .withDefects(HandoverPackageGenerator.Defects.NONE)
                    .withOrigin("commune:00061")
                    .withReceivingUnit("00070"),
                dir.resolve("first"));
    // the second delivery: same sheets; the first page re-saved smaller (other bytes), the second
    // unchanged
    Path second = dir.resolve("second").resolve(first.bag().getFileName());
    BagEdit.copy(first.bag(), second);
    List<Path> pages;
    try (Stream<Path> s = Files.walk(second.resolve("data/files"))) {
      pages = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
    }
    BufferedImage page = ImageIO.read(pages.get(0).toFile());
    BufferedImage smaller =
        new BufferedImage(
            page.getWidth() * 3 / 4, page.getHeight() * 3 / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = smaller.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(page, 0, 0, smaller.getWidth(), smaller.getHeight(), null);
    g.dispose();
    ImageIO.write(smaller, "png", pages.get(0).toFile());
    BagEdit.reseal(second, first.externalIdentifier() + "-BIS");

    // first delivery: taken from the server's import folder on the archive screen
    Path imported = server.dataDir().resolve("hoso/import").resolve(first.bag().getFileName());
    BagEdit.copy(first.bag(), imported);
    String signedIn = server.signedInUrl();
    try (Browser b = new Browser(Browser.DESKTOP)) {
      WebDriver d = b.driver();
      WebDriverWait wait = Browser.await(d, Duration.ofMinutes(5));
      b.open(signedIn + "/archive/handovers.xhtml");
      d.findElement(By.id("import:folder")).click();
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(
                      "#import\\:folder_panel li[data-label=\""
                          + first.bag().getFileName()
                          + "\"]")))
          .click();
      d.findElement(By.id("import:take")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Theo dõi tiến độ"))).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("progressHeading"), "Hoàn thành"));

      // second delivery over the API
      Http.Answer accepted =
          Http.postPackage(server.baseUrl(), BagEdit.zip(second, dir.resolve("second.zip")));
      assertEquals(202, accepted.status(), accepted.body());
      JsonObject report = HandoversApiIT.awaitFinished(accepted.location());
      assertEquals("COMPLETED", report.getString("state"), report.toString());
      JsonObject counts = report.getJsonObject("counts");
      assertEquals(1, counts.getInt("pagesDuplicate"), "the unchanged page: " + report);
      assertTrue(counts.getInt("pagesFlagged") >= 1, "the re-saved page is flagged: " + report);

      b.open(signedIn + "/archive/reviews.xhtml");
      String before = d.findElement(By.tagName("main")).getText();
      assertTrue(before.contains("Trang mới nhận"), before);
      // other tests' packages may have pairs waiting too: the count of all open pairs is what moves
      int pairs = Integer.parseInt(d.findElement(By.id("openCount")).getText().strip());
      wait.until(
          d2 ->
              (Boolean)
                  ((org.openqa.selenium.JavascriptExecutor) d2)
                      .executeScript(
                          "return [...document.querySelectorAll('img.scan__img')].every(i => i.complete && i.naturalWidth > 0)"));
      b.screenshot("archive-reviews-pair-desktop");
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the review queue with a pair");
      d.findElement(By.xpath("//button[normalize-space(.)='Cùng một trang']")).click();
      wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(".ui-confirmdialog-yes")))
          .click();
      // the decision takes the pair off the queue
      wait.until(
          d2 -> {
            List<org.openqa.selenium.WebElement> open = d2.findElements(By.id("openCount"));
            return pairs == 1
                ? open.isEmpty()
                : !open.isEmpty()
                    && open.get(0).getText().strip().equals(Integer.toString(pairs - 1));
          });
    }
  }
}
