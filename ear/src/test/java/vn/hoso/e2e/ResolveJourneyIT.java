package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident looks up where their old ward went, in headless Chromium, at desktop and phone width.
 */
@ExtendWith(SuiteServer.class)
class ResolveJourneyIT {

  private static String base;
  private static Browser desktop;
  private static Browser phone;

  @BeforeAll
  static void open(HosoServer server) {
    base = server.baseUrl();
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

  private static WebElement answerCard(Browser b) {
    return waitOn(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("answerCard")));
  }

  @Test
  void typingAnOldAddressShowsEveryNewUnitOfASplitWard() {
    for (Browser b : List.of(desktop, phone)) {
      WebDriver d = b.driver();
      d.get(base + "/units/resolve.xhtml");
      WebElement input = d.findElement(By.id("free:address_input"));
      input.sendKeys("phuong 14 quan 10 ho chi minh");
      // suggestions come from the server as the resident types
      waitOn(b)
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#free\\:address_panel li")));
      input.sendKeys(Keys.ESCAPE);
      submit(d);
      WebElement card = answerCard(b);
      waitOn(b).until(ExpectedConditions.textToBePresentInElement(card, "Diên Hồng"));
      String text = card.getText();
      assertTrue(text.contains("Phường Diên Hồng"), text);
      assertTrue(text.contains("Hưng"), text); // Phường Hòa Hưng, the other part
      assertTrue(text.contains("được chia cho 2 đơn vị mới"), text);
      assertTrue(text.contains("1685/NQ-UBTVQH15"), text);
      b.screenshot("resolve-split-" + widthName(b));
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the answered resolve page");
    }
  }

  @Test
  void wholeWardThroughTheQuickBoxOnTheHomePage() {
    WebDriver d = desktop.driver();
    d.get(base + "/");
    desktop.screenshot("home-desktop");
    assertEquals(List.of(), desktop.accessibilityViolations(), "axe on the home page");
    d.findElement(By.id("q")).sendKeys("Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội");
    d.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
    WebElement card = answerCard(desktop);
    assertTrue(card.getText().contains("Phường Hoàn Kiếm"), card.getText());
    assertTrue(card.getText().contains("Nhập toàn bộ"), card.getText());

    // the new unit's own page lists what it absorbed
    card.findElement(By.linkText("Phường Hoàn Kiếm")).click();
    waitOn(desktop).until(ExpectedConditions.titleContains("Phường Hoàn Kiếm"));
    String page = d.findElement(By.tagName("main")).getText();
    assertTrue(page.contains("Phường Hàng Bạc"), page);
    desktop.screenshot("unit-desktop");
    assertEquals(List.of(), desktop.accessibilityViolations(), "axe on the unit page");

    phone.driver().get(base + "/");
    phone.screenshot("home-phone");
    phone.assertNoHorizontalScroll();
    phone.driver().get(base + "/units/unit.xhtml?code=00070");
    phone.screenshot("unit-phone");
    phone.assertNoHorizontalScroll();
    assertEquals(List.of(), phone.accessibilityViolations(), "axe on the unit page at phone width");
  }

  @Test
  void cascadingSelectsLeadToTheAnswer() {
    WebDriver d = desktop.driver();
    d.get(base + "/units/resolve.xhtml");
    pick(desktop, "pick:province", "Thành phố Hồ Chí Minh");
    pick(desktop, "pick:district", "Quận Bình Tân");
    pick(desktop, "pick:commune", "Phường An Lạc");
    WebElement card = answerCard(desktop);
    waitOn(desktop).until(ExpectedConditions.textToBePresentInElement(card, "An Lạc"));
    assertTrue(card.getText().contains("Phường An Lạc"), card.getText());
    assertTrue(card.getText().contains("27460"), card.getText());
    desktop.screenshot("resolve-picked-desktop");
  }

  @Test
  void onlyADistrictOpensItsCommunesInTheLists() {
    WebDriver d = desktop.driver();
    d.get(base + "/units/resolve.xhtml");
    WebElement input = d.findElement(By.id("free:address_input"));
    input.sendKeys("Quận 10, TP.HCM");
    input.sendKeys(Keys.ESCAPE);
    submit(d);
    WebElement card = answerCard(desktop);
    assertTrue(card.getText().contains("Chỉ nhận ra quận, huyện"), card.getText());
    waitOn(desktop)
        .until(ExpectedConditions.textToBe(By.cssSelector("#pick\\:district_label"), "Quận 10"));
    pick(desktop, "pick:commune", "Phường 14");
    waitOn(desktop)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("answerCard"), "Diên Hồng"));
    desktop.screenshot("resolve-district-only-desktop");
  }

  @Test
  void badInputGetsAClearMessageNotAnError() {
    WebDriver d = desktop.driver();
    for (String typed :
        List.of("   ", "<script>alert('x')</script>", "' OR 1=1 --", "Xã Không Có Thật")) {
      d.get(base + "/units/resolve.xhtml");
      WebElement input = d.findElement(By.id("free:address_input"));
      input.sendKeys(typed);
      input.sendKeys(Keys.ESCAPE);
      submit(d);
      waitOn(desktop)
          .until(
              ExpectedConditions.or(
                  ExpectedConditions.visibilityOfElementLocated(By.id("answerCard")),
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("#free\\:messages .ui-messages-error"))));
      String body = d.findElement(By.tagName("body")).getText();
      assertFalse(body.contains("Exception"), body);
      assertFalse(body.contains("Đã có lỗi"), body);
      assertTrue(body.contains("Vui lòng nhập") || body.contains("Không tìm thấy"), body);
    }
    desktop.screenshot("resolve-not-found-desktop");

    // 10,000 characters through the address bar: the page answers with a message, not an error
    d.get(base + "/units/resolve.xhtml?q=" + Http.q("phường 14 ".repeat(1_000)));
    String body = d.findElement(By.tagName("body")).getText();
    assertTrue(body.contains("quá dài"), body);
  }

  @Test
  void englishIsOneClickAway() {
    WebDriver d = desktop.driver();
    d.get(base + "/units/resolve.xhtml");
    d.findElement(By.id("lang-en")).click();
    waitOn(desktop)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), "Find by old address"));
    assertEquals("en", d.findElement(By.tagName("html")).getAttribute("lang"));
    d.findElement(By.id("lang-vi")).click();
    waitOn(desktop)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), "Tra cứu địa chỉ cũ"));
  }

  @Test
  void unknownPageIsAFriendly404() {
    WebDriver d = desktop.driver();
    d.get(base + "/khong-co-trang-nay.xhtml");
    String body = d.findElement(By.tagName("body")).getText();
    assertTrue(body.contains("Không tìm thấy trang"), body);
    desktop.screenshot("error-404-desktop");
    assertEquals(List.of(), desktop.accessibilityViolations(), "axe on the 404 page");
  }

  /**
   * Presses "Tra cứu". A suggestion list that arrives after the typing ended may lie over the
   * button, as it would under a person's finger; they would close it first, which the script click
   * does in one step.
   */
  private static void submit(WebDriver d) {
    WebElement button = d.findElement(By.id("free:resolve"));
    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].click()", button);
  }

  /**
   * Chooses an option of a PrimeFaces selectOneMenu the way a person does: open it, filter, click
   * the item.
   */
  private static void pick(Browser b, String id, String label) {
    String css = "#" + id.replace(":", "\\:");
    waitOn(b)
        .until(
            ExpectedConditions.not(
                ExpectedConditions.attributeContains(
                    By.cssSelector(css), "class", "ui-state-disabled")));
    b.driver().findElement(By.cssSelector(css)).click();
    // Type into the list's filter, as a person with a long list does: scrolling the page would
    // close the list.
    WebElement filter =
        waitOn(b).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css + "_filter")));
    filter.sendKeys(label);
    By item = By.cssSelector(css + "_panel li[data-label=\"" + label + "\"]");
    waitOn(b).until(ExpectedConditions.elementToBeClickable(item)).click();
    waitOn(b).until(ExpectedConditions.textToBe(By.cssSelector(css + "_label"), label));
  }

  private static String widthName(Browser b) {
    Dimension size = b.driver().manage().window().getSize();
    return size.width <= Browser.PHONE.width + 20 ? "phone" : "desktop";
  }
}
