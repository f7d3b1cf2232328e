package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin's pages in Chromium: a fee rule changed (a nonsense price refused, a sensible one
 * kept), a day off added and removed, both found in the audit log, whose chain then verifies.
 */
@ExtendWith(SuiteServer.class)
class AdminIT {

  private static WebDriverWait waitOn(Browser b) {
    return b.await(Duration.ofSeconds(30));
  }

  private static void confirmYes(Browser b) {
    waitOn(b)
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
  }

  private static void setNumber(WebElement input, String value) {
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value, Keys.TAB);
  }

  /**
   * Types a first-page price into the first fee rule, saves it (confirming) and waits for the
   * message the page answers with.
   */
  private static void saveFirstPagePrice(Browser b, String price, String answer) {
    WebElement rule = b.driver().findElements(By.cssSelector("fieldset.fee-rule")).get(0);
    setNumber(rule.findElement(By.cssSelector("input[id$='_input']")), price);
    rule.findElement(By.cssSelector("button")).click();
    confirmYes(b);
    waitOn(b)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("fees:messages"), answer));
  }

  @Test
  void feesAndDaysOffAreChangedAndAudited(HosoServer server) {
    try (Browser b = new Browser(Browser.DESKTOP)) {
      WebDriver d = b.driver();
      b.open(server.signedInUrl() + "/admin/rules.xhtml");
      WebElement rule = d.findElements(By.cssSelector("fieldset.fee-rule")).get(0);
      assertTrue(rule.getText().contains("226/2016"), rule.getText());
      saveFirstPagePrice(b, "20000000", "Giá mỗi trang đầu");
      b.screenshot("admin-rules-refused-desktop");
      saveFirstPagePrice(b, "3000", "Đã lưu mức phí");
      // put the Circular's price back for the other tests
      saveFirstPagePrice(b, "2000", "Đã lưu mức phí");

      String year = Integer.toString(java.time.LocalDate.now().getYear());
      d.findElement(By.id("calendar:day")).sendKeys("30/12/" + year);
      d.findElement(By.id("calendar:name")).sendKeys("Ngày nghỉ thử nghiệm");
      d.findElement(By.id("calendar:putDay")).click();
      waitOn(b)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("calendar:days"), "Ngày nghỉ thử nghiệm"));
      b.screenshot("admin-rules-desktop");
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the rules page");
      WebElement row =
          d.findElements(By.cssSelector("#calendar\\:days tr")).stream()
              .filter(r -> r.getText().contains("Ngày nghỉ thử nghiệm"))
              .findFirst()
              .orElseThrow();
      row.findElement(By.cssSelector("button")).click();
      confirmYes(b);
      waitOn(b)
          .until(
              ExpectedConditions.not(
                  ExpectedConditions.textToBePresentInElementLocated(
                      By.id("calendar:days"), "Ngày nghỉ thử nghiệm")));

      d.get(server.baseUrl() + "/admin/audit.xhtml");
      String log = d.findElement(By.id("audit:table")).getText();
      assertTrue(log.contains("Sửa mức lệ phí") && log.contains("Sửa lịch ngày làm việc"), log);
      d.findElement(By.id("audit:verify")).click();
      waitOn(b)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("audit:verdict"), "nguyên vẹn"));
      b.screenshot("admin-audit-desktop");
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the audit page");

      d.get(server.baseUrl() + "/admin/staff.xhtml");
      b.screenshot("admin-staff-desktop");
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the staff page");
    }
    try (Browser phone = new Browser(Browser.PHONE)) {
      for (String page :
          List.of("/admin/audit.xhtml", "/admin/rules.xhtml", "/admin/staff.xhtml")) {
        phone.open(server.signedInUrl() + page);
        phone.screenshot("phone" + page.replace('/', '-').replace(".xhtml", ""));
        phone.assertNoHorizontalScroll();
      }
    }
  }
}
