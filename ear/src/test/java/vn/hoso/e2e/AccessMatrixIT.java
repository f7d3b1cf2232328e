package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every URL and API call that takes an id, tried by the owner and by everyone who must not see it:
 * another resident, a business, the clerk of another unit, an anonymous visitor. The answer is 403
 * or 404 (or the login page), never the data; and a level-1 resident never sees a restricted
 * record. Accounts and requests are made through the real pages.
 */
@ExtendWith(SuiteServer.class)
class AccessMatrixIT {

  private static final String UNIT = "26737";
  private static final String OTHER_UNIT = "00004";
  private static final String PASSWORD = "mat-khau-kiem-tra-2025";

  private static String base;
  private static Browser browser;
  private static final String A = "a." + System.nanoTime() + "@example.vn";
  private static final String B = "b." + System.nanoTime() + "@example.vn";
  private static final String BIZ = "hkd." + System.nanoTime() + "@example.vn";
  private static final String CLERK = "clerk." + System.nanoTime() + "@dvhc.gov.vn";
  private static final String OTHER_CLERK = "clerk2." + System.nanoTime() + "@dvhc.gov.vn";
  private static final String SAME_UNIT_CLERK = "clerk3." + System.nanoTime() + "@dvhc.gov.vn";
  private static final String GUESSED = "c." + System.nanoTime() + "@example.vn";
  private static long requestOfA;
  private static long proofOfA;
  private static long publicDocument;
  private static long restrictedDocument;
  private static long restrictedPage;
  @TempDir static Path dir;

  @BeforeAll
  static void prepare(HosoServer server) throws IOException {
    base = server.baseUrl();
    JsonObject all =
        Setup.handOver(base, 424242L, 6, "png", "commune:26734", UNIT, dir.resolve("pkg"));
    for (JsonValue v : all.getJsonArray("hits")) {
      JsonObject h = v.asJsonObject();
      if ("public".equals(h.getString("access")) && publicDocument == 0) {
        publicDocument = h.getJsonNumber("documentId").longValue();
      }
      if ("restricted".equals(h.getString("access")) && restrictedDocument == 0) {
        restrictedDocument = h.getJsonNumber("documentId").longValue();
        restrictedPage = h.getJsonNumber("pageId").longValue();
      }
    }
    assertTrue(
        publicDocument > 0 && restrictedDocument > 0, "public and restricted records: " + all);
    staff(CLERK, UNIT);
    staff(OTHER_CLERK, OTHER_UNIT);
    staff(SAME_UNIT_CLERK, UNIT);
    browser = new Browser(Browser.DESKTOP);
    register(A, "RESIDENT");
    register(B, "RESIDENT");
    register(BIZ, "BUSINESS");
    register(GUESSED, "RESIDENT");
    // A asks a copy of a public record as an heir, with a proof file
    browser.signIn(base, A, PASSWORD);
    browser.driver().get(base + "/requests/new.xhtml?document=" + publicDocument);
    WebDriverWait wait = browser.await(Duration.ofSeconds(30));
    browser.driver().findElement(By.id("req:relation")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#req\\:relation_items li[data-label='Người thừa kế khác']")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("req:subjectName")))
        .sendKeys("Lê Văn Tám");
    browser.driver().findElement(By.cssSelector("#req\\:subjectDeceased .ui-chkbox-box")).click();
    Path proof = dir.resolve("giay-uy-quyen.png");
    ImageIO.write(new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB), "png", proof.toFile());
    browser.driver().findElement(By.id("req:proofs")).sendKeys(proof.toString());
    browser.driver().findElement(By.id("req:purpose")).sendKeys("Thừa kế");
    browser.driver().findElement(By.id("req:submit")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Đã tiếp nhận"));
    Matcher id = Pattern.compile("id=([0-9]+)").matcher(browser.driver().getCurrentUrl());
    assertTrue(id.find());
    requestOfA = Long.parseLong(id.group(1));
    Matcher p =
        Pattern.compile("proof=([0-9]+)")
            .matcher(
                browser
                    .driver()
                    .findElement(By.cssSelector("a[href*='proof=']"))
                    .getAttribute("href"));
    assertTrue(p.find());
    proofOfA = Long.parseLong(p.group(1));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private static void staff(String email, String unit) {
    Http.Answer created = Http.createClerk(base, email, "Cán bộ " + unit, unit, PASSWORD);
    assertEquals(201, created.status(), created.body());
  }

  private static void register(String email, String kind) {
    Setup.register(base, email, kind, "Người Thử " + kind, PASSWORD);
  }

  private static Http.Answer get(String who, String path) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (who != null) {
      r.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((who + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return Http.send(r.GET().build());
  }

  /** Refused: 403 or 404, or (anonymous) 401 or a redirect to the login page; never the data. */
  private static void refused(String who, String path, List<String> failures) {
    Http.Answer a = get(who, path);
    boolean ok =
        a.status() == 403
            || a.status() == 404
            || (who == null
                && (a.status() == 401
                    || (a.status() == 302 && a.location().contains("/login.xhtml"))));
    if (!ok) {
      failures.add((who == null ? "anonymous" : who) + " " + path + " → " + a.status());
    }
  }

  @Test
  void theOwnerAndTheHoldingUnitsClerkSeeTheRequest() {
    assertEquals(200, get(A, "/requests/request.xhtml?id=" + requestOfA).status());
    assertEquals(
        200, get(A, "/requests/proof?request=" + requestOfA + "&proof=" + proofOfA).status());
    assertEquals(200, get(A, "/api/v1/requests/" + requestOfA).status());
    assertEquals(200, get(CLERK, "/clerk/request.xhtml?id=" + requestOfA).status());
    assertEquals(
        200, get(CLERK, "/clerk/proof?request=" + requestOfA + "&proof=" + proofOfA).status());
    assertEquals(200, get(CLERK, "/api/v1/requests/" + requestOfA).status());
    assertTrue(get(CLERK, "/clerk/queue.xhtml").body().contains("HS-"));
  }

  @Test
  void nobodyElseSeesIt() {
    List<String> failures = new ArrayList<>();
    List<String> ids =
        List.of(
            "/requests/request.xhtml?id=" + requestOfA,
            "/requests/proof?request=" + requestOfA + "&proof=" + proofOfA,
            "/requests/qr?id=" + requestOfA,
            "/clerk/request.xhtml?id=" + requestOfA,
            "/clerk/proof?request=" + requestOfA + "&proof=" + proofOfA,
            "/api/v1/requests/" + requestOfA);
    for (String who : new String[] {B, BIZ, OTHER_CLERK, null}) {
      for (String path : ids) {
        refused(who, path, failures);
      }
    }
    // the owner cannot use the clerk's addresses, the clerk cannot use the requester's
    refused(A, "/clerk/request.xhtml?id=" + requestOfA, failures);
    refused(A, "/clerk/proof?request=" + requestOfA + "&proof=" + proofOfA, failures);
    refused(CLERK, "/requests/request.xhtml?id=" + requestOfA, failures);
    // a proof id that belongs to no request of the owner's
    refused(A, "/requests/proof?request=" + requestOfA + "&proof=" + (proofOfA + 1000), failures);
    // ids that do not exist answer the same as ids of others
    refused(B, "/requests/request.xhtml?id=999999", failures);
    refused(OTHER_CLERK, "/clerk/request.xhtml?id=999999", failures);
    // staff-only and admin-only places
    for (String who : new String[] {A, BIZ}) {
      refused(who, "/clerk/queue.xhtml", failures);
      refused(who, "/clerk/counter.xhtml", failures);
      refused(who, "/archive/handovers.xhtml", failures);
    }
    for (String who : new String[] {A, CLERK}) {
      refused(who, "/admin/audit.xhtml", failures);
      refused(who, "/admin/staff.xhtml", failures);
      refused(who, "/admin/rules.xhtml", failures);
    }
    assertEquals(List.of(), failures);
    // the other unit's clerk's queue does not list it
    assertFalse(
        get(OTHER_CLERK, "/clerk/queue.xhtml")
            .body()
            .contains(get(A, "/api/v1/requests/" + requestOfA).json().getString("reference")));
  }

  @Test
  void levelOneAccountsNeverSeeRestrictedRecords() {
    List<String> failures = new ArrayList<>();
    for (String who : new String[] {A, B, BIZ, null}) {
      refused(who, "/record.xhtml?page=" + restrictedPage, failures);
      refused(who, "/scan?page=" + restrictedPage, failures);
      if (who != null) {
        refused(who, "/requests/new.xhtml?document=" + restrictedDocument, failures);
      }
      JsonObject found = get(who, "/api/v1/search?holder=" + UNIT + "&size=100").json();
      for (JsonValue v : found.getJsonArray("hits")) {
        if (!"public".equals(v.asJsonObject().getString("access"))) {
          failures.add(
              who + " found a " + v.asJsonObject().getString("access") + " record in the search");
        }
      }
    }
    assertEquals(List.of(), failures);
    // the clerk of the holding unit does see it
    assertEquals(200, get(CLERK, "/record.xhtml?page=" + restrictedPage).status());
  }

  /**
   * Two clerks of the unit open the same request and both press "take": the first wins, the second
   * is told someone changed it meanwhile, and nothing is lost or done twice.
   */
  @Test
  void twoClerksAtOnce() {
    try (Browser one = new Browser(Browser.DESKTOP);
        Browser two = new Browser(Browser.DESKTOP)) {
      one.signIn(base, CLERK, PASSWORD);
      two.signIn(base, SAME_UNIT_CLERK, PASSWORD);
      String page = base + "/clerk/request.xhtml?id=" + requestOfA;
      one.driver().get(page);
      two.driver().get(page);
      one.driver().findElement(By.id("review:take")).click();
      one.await(Duration.ofSeconds(30))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("review:messages"), "nhận xử lý"));
      two.driver().findElement(By.id("review:take")).click();
      two.await(Duration.ofSeconds(30))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("review:messages"), "vừa được người khác cập nhật"));
      two.screenshot("review-conflict-desktop");
      // once reloaded, the second clerk sees it is the first's, and cannot take it over
      two.driver().findElement(By.id("review:take")).click();
      two.await(Duration.ofSeconds(30))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("review:messages"), "cán bộ khác"));
    }
    JsonObject r = get(A, "/api/v1/requests/" + requestOfA).json();
    assertEquals("IN_REVIEW", r.getString("state"));
    long taken =
        r.getJsonArray("timeline").stream()
            .filter(e -> e.asJsonObject().getString("kind").equals("TAKEN"))
            .count();
    assertEquals(1, taken, r.toString());
  }

  /** Five wrong passwords lock the account: then even the right one is refused, for a while. */
  @Test
  void guessingLocksTheAccount() {
    assertEquals(200, get(GUESSED, "/api/v1/requests").status());
    for (int i = 0; i < 5; i++) {
      HttpRequest wrong =
          HttpRequest.newBuilder(URI.create(base + "/api/v1/requests"))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString(
                              (GUESSED + ":sai-mat-khau-" + i).getBytes(StandardCharsets.UTF_8)))
              .GET()
              .build();
      assertEquals(401, Http.send(wrong).status());
    }
    assertEquals(
        401,
        get(GUESSED, "/api/v1/requests").status(),
        "locked: the right password is refused too");
    try (Browser b = new Browser(Browser.DESKTOP)) {
      b.driver().get(base + "/login.xhtml");
      b.driver().findElement(By.id("login:email")).sendKeys(GUESSED);
      b.driver().findElement(By.id("login:password")).sendKeys(PASSWORD);
      b.driver().findElement(By.id("login:submit")).click();
      b.await(Duration.ofSeconds(30))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("login:messages"), "tạm khóa"));
      b.screenshot("login-locked-desktop");
    }
  }

  /** The session id changes at sign-in; signing out ends the session. */
  @Test
  void signInRenewsTheSessionAndSignOutEndsIt() {
    try (Browser b = new Browser(Browser.DESKTOP)) {
      b.driver().get(base + "/login.xhtml");
      String before = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
      b.signIn(base, B, PASSWORD);
      String after = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
      assertFalse(before.equals(after), "a new session id at sign-in");
      b.driver().get(base + "/account/index.xhtml");
      b.driver().findElement(By.id("logout:logoutLink")).click();
      b.await(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("signedOut"));
      b.driver().get(base + "/account/index.xhtml");
      assertTrue(b.driver().getCurrentUrl().contains("/login.xhtml"), b.driver().getCurrentUrl());
    }
  }

  /** B asks a copy and withdraws it before it is prepared; the clerk can no longer act on it. */
  @Test
  void aRequestIsWithdrawnBeforePreparation() {
    try (Browser b = new Browser(Browser.DESKTOP)) {
      b.signIn(base, B, PASSWORD);
      b.driver().get(base + "/requests/new.xhtml?document=" + publicDocument);
      WebDriverWait wait = b.await(Duration.ofSeconds(30));
      b.driver().findElement(By.id("req:purpose")).sendKeys("Tham khảo");
      b.driver().findElement(By.id("req:submit")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
          .click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Đã tiếp nhận"));
      Matcher id = Pattern.compile("id=([0-9]+)").matcher(b.driver().getCurrentUrl());
      assertTrue(id.find(), b.driver().getCurrentUrl());
      b.driver().findElement(By.id("withdraw:reason")).sendKeys("Đã tìm được bản chính");
      b.driver().findElement(By.id("withdraw:withdrawButton")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
          .click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Đã rút"));
      assertTrue(b.driver().findElements(By.id("withdraw")).isEmpty(), "nothing more to withdraw");
      JsonObject r = get(CLERK, "/api/v1/requests/" + id.group(1)).json();
      assertEquals("WITHDRAWN", r.getString("state"));
    }
  }

  @Test
  void onlyAnAdminCreatesStaff() {
    Http.Answer a =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/staff"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (CLERK + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"x@y.vn\",\"fullName\":\"X\",\"roles\":[\"ADMIN\"],\"units\":[\"26737\"],\"password\":\"aaaaaaaaaaaaaa\"}"))
                .build());
    assertEquals(403, a.status(), a.body());
  }
}
