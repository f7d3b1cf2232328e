package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.hoso.demo.HandoverPackageGenerator;

/** What several end-to-end tests set up the same way: a small package handed over, an account. */
final class Setup {

  private Setup() {}

  /**
   * A clean package of {@code dossiers} dossiers (two one-page documents each) from {@code origin},
   * handed over to {@code unit} over the API and ingested; answers the staff search over the unit's
   * holdings, so the test can pick its records.
   */
  static JsonObject handOver(
      String base,
      long seed,
      int dossiers,
      String imageFormat,
      String origin,
      String unit,
      Path dir)
      throws java.io.IOException {
    HandoverPackageGenerator.Result pkg =
        new HandoverPackageGenerator()
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(seed)
                    .withDossiers(dossiers)
                    .withDocuments(2, 2)
                    .withPages(1, 1)
                    .withPdfShare(0)
                    .withImageFormats(imageFormat)
                    .withText(true)
                    .withDefects(HandoverPackageGenerator.Defects.NONE)
                    .withOrigin(origin)
                    .withReceivingUnit(unit)
                    .withZip(true),
                dir);
    Http.Answer a = Http.postPackage(base, pkg.path());
    assertEquals(202, a.status(), a.body());
    assertEquals("COMPLETED", HandoversApiIT.awaitFinished(a.location()).getString("state"));
    return Http.send(
            Http.asArchivist(base + "/api/v1/search?holder=" + unit + "&size=100").GET().build())
        .json();
  }

  /** Registers a resident (level 1, a valid ID) or a business on the registration page. */
  static void register(String base, String email, String kind, String fullName, String password) {
    try (Browser b = new Browser(Browser.DESKTOP)) {
      b.driver().get(base + "/register.xhtml");
      if (kind.equals("BUSINESS")) {
        b.driver().findElement(By.cssSelector("label[for='register:kind:1']")).click();
        b.await(Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("register:businessCode")))
            .sendKeys("0312345678");
        b.driver().findElement(By.id("register:businessName")).sendKeys("Hộ kinh doanh Bình An");
      } else {
        b.driver().findElement(By.id("register:personalId")).sendKeys("079090001234");
        b.driver().findElement(By.id("register:birthDate")).sendKeys("15/03/1990");
      }
      b.driver().findElement(By.id("register:fullName")).sendKeys(fullName);
      b.driver().findElement(By.id("register:phone")).sendKeys("0987654321");
      b.driver().findElement(By.id("register:email")).sendKeys(email);
      b.driver().findElement(By.id("register:password")).sendKeys(password);
      b.driver().findElement(By.id("register:password2")).sendKeys(password);
      b.driver().findElement(By.id("register:submit")).click();
      b.await(Duration.ofSeconds(30))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("done"), "Đã tạo tài khoản"));
    }
  }
}
