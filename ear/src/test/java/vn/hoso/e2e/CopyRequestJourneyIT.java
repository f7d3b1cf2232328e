package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoso.accounts.CitizenId;
import vn.hoso.demo.HandoverPackageGenerator;

/**
 * The copy-request journey in Chromium, as the issue tells it: a resident registers and confirms
 * the e-mail (a real SMTP server receives it), a clerk verifies the identity at the counter, the
 * resident finds their own record and asks a copy of it, and asks another for their deceased father
 * with a proof document ("I cannot find it", by the old address); the clerk asks for more, the
 * resident answers, the clerk marks the fees paid and prepares both copies. Every screen is
 * photographed at desktop width, the resident's also at phone width.
 */
@ExtendWith(SuiteServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CopyRequestJourneyIT {

  private static final String UNIT = "27169";
  private static final String PASSWORD = "mat-khau-rat-dai-2025";

  private static String base;
  private static Browser resident;
  private static Browser clerk;
  private static Browser phone;
  private static CSVRecord mine;
  private static CSVRecord fathers;
  private static String name;
  private static String personalId;
  private static LocalDate birthDate;
  private static String email;
  private static String clerkEmail;
  private static String ownRef;
  private static String fatherRef;
  @TempDir static Path dir;

  @BeforeAll
  static void ingestAndOpen(HosoServer server) throws IOException {
    base = server.baseUrl();
    HandoverPackageGenerator.Options opts =
        HandoverPackageGenerator.Options.defaults()
            .withSeed(20260701L)
            .withDossiers(6)
            .withDocuments(2, 3)
            .withPages(1, 2)
            .withPdfShare(0)
            .withImageFormats("png")
            .withText(true)
            .withDefects(HandoverPackageGenerator.Defects.NONE)
            .withOrigin("commune:27169")
            .withReceivingUnit(UNIT);
    // the same seed twice: a folder to read the metadata from, a zip to hand over
    HandoverPackageGenerator g = new HandoverPackageGenerator();
    HandoverPackageGenerator.Result folder = g.generate(opts, dir.resolve("read"));
    HandoverPackageGenerator.Result zip = g.generate(opts.withZip(true), dir.resolve("send"));
    pickPeople(
        folder.bag().resolve("data/documents.csv"), folder.bag().resolve("data/dossiers.csv"));
    Http.Answer a = Http.postPackage(base, zip.path());
    assertEquals(202, a.status(), a.body());
    JsonObject done = HandoversApiIT.awaitFinished(a.location());
    assertEquals("COMPLETED", done.getString("state"), done.toString());

    clerkEmail = "canbo." + System.nanoTime() + "@phuong-dienhong.gov.vn";
    Http.Answer created = Http.createClerk(base, clerkEmail, "Trần Thị Bình", UNIT, PASSWORD);
    assertEquals(201, created.status(), created.body());
    resident = new Browser(Browser.DESKTOP);
    clerk = new Browser(Browser.DESKTOP);
    phone = new Browser(Browser.PHONE);
  }

  /**
   * My record: a restricted civil-status document whose first person has a valid 12-digit ID and a
   * birth date. My father's: another civil-status document of the package.
   */
  private static void pickPeople(Path documents, Path dossiers) throws IOException {
    java.util.Map<String, String> dossierAccess = new java.util.HashMap<>();
    try (Reader r = Files.newBufferedReader(dossiers, StandardCharsets.UTF_8)) {
      for (CSVRecord d :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        dossierAccess.put(d.get("dossier_code"), d.get("access"));
      }
    }
    try (Reader r = Files.newBufferedReader(documents, StandardCharsets.UTF_8)) {
      for (CSVRecord d :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        String access =
            d.get("access").isBlank() ? dossierAccess.get(d.get("dossier_code")) : d.get("access");
        if (!"civil_status".equals(d.get("kind")) || !"restricted".equals(access)) {
          continue;
        }
        String[] ids = d.get("subject_ids").split(";");
        String[] names = d.get("subject_names").split(";");
        String[] births = d.get("subject_birth_dates").split(";");
        if (mine == null
            && ids.length > 0
            && ids[0].length() == 12
            && births.length > 0
            && !births[0].isBlank()
            && CitizenId.check(ids[0], LocalDate.parse(births[0])).valid()) {
          mine = d;
          personalId = ids[0];
          name = names[0];
          birthDate = LocalDate.parse(births[0]);
        } else if (fathers == null) {
          fathers = d;
        }
      }
    }
    assertNotNull(mine, "the package has a restricted civil-status record with a valid ID");
    assertNotNull(fathers, "the package has a second civil-status record");
  }

  @AfterAll
  static void close() {
    for (Browser b : new Browser[] {resident, clerk, phone}) {
      if (b != null) {
        b.close();
      }
    }
  }

  private static WebDriverWait waitOn(Browser b) {
    return b.await(Duration.ofSeconds(30));
  }

  private static void type(Browser b, String id, String text) {
    WebElement e = b.driver().findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  private static void tick(Browser b, String checkboxId) {
    b.driver()
        .findElement(By.cssSelector("#" + checkboxId.replace(":", "\\:") + " .ui-chkbox-box"))
        .click();
  }

  private static void confirmYes(Browser b) {
    waitOn(b)
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
  }

  private static void pick(Browser b, String menuId, String label) {
    b.driver().findElement(By.id(menuId)).click();
    waitOn(b)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(
                    "#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']")))
        .click();
  }

  private static String text(Browser b, String css) {
    return b.driver().findElement(By.cssSelector(css)).getText();
  }

  private static void awaitText(Browser b, String css, String text) {
    waitOn(b).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  private static void look(Browser b, String name) throws IOException {
    b.screenshot(name);
    List<String> violations = b.accessibilityViolations();
    if (!violations.isEmpty()) {
      Files.writeString(
          Path.of("target", "screenshots", name + ".html"), b.driver().getPageSource());
    }
    assertEquals(List.of(), violations, "axe on " + name);
  }

  private static MimeMessage awaitMail(String to, String subjectPart) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage m : SuiteServer.mail().getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(subjectPart)) {
          return m;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no mail \"" + subjectPart + "\" to " + to);
  }

  @Test
  @Order(1)
  void residentRequestsCopiesAndTheClerkPreparesThem() throws Exception {
    // --- register, confirm the e-mail -----------------------------------------------------
    email = "nguoidan." + System.nanoTime() + "@example.vn";
    WebDriver r = resident.driver();
    r.get(base + "/register.xhtml");
    look(resident, "register-desktop");
    // bad input first: a wrong ID is refused with a reason, nothing is created
    type(resident, "register:fullName", name);
    type(resident, "register:personalId", "123");
    type(
        resident,
        "register:birthDate",
        birthDate.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    type(resident, "register:phone", "0912 345 678");
    type(resident, "register:email", email);
    type(resident, "register:password", PASSWORD);
    type(resident, "register:password2", PASSWORD);
    r.findElement(By.id("register:submit")).click();
    awaitText(resident, "#register\\:messages", "12 chữ số");
    resident.screenshot("register-refused-desktop");
    type(resident, "register:personalId", personalId);
    type(resident, "register:password", PASSWORD);
    type(resident, "register:password2", PASSWORD);
    r.findElement(By.id("register:submit")).click();
    awaitText(resident, "#done", "Đã tạo tài khoản");
    resident.screenshot("register-done-desktop");

    MimeMessage confirmation = awaitMail(email, "xác nhận");
    String body = (String) confirmation.getContent();
    Matcher link =
        Pattern.compile("(http://\\S+/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(body);
    assertTrue(link.find(), body);
    r.get(link.group(1));
    awaitText(resident, "#confirmResult", "Đã xác nhận");
    look(resident, "confirm-desktop");

    resident.signIn(base, email, PASSWORD);
    r.get(base + "/account/index.xhtml");
    awaitText(resident, "#level", "Mức 1");
    assertTrue(
        text(resident, "#myRecords").contains("chưa xem được"), text(resident, "#myRecords"));
    look(resident, "account-level1-desktop");

    // --- the clerk verifies the identity at the counter -------------------------------------
    clerk.signIn(base, clerkEmail, PASSWORD);
    WebDriver c = clerk.driver();
    c.get(base + "/clerk/counter.xhtml");
    type(clerk, "counter:query", email);
    c.findElement(By.id("counter:find")).click();
    waitOn(clerk).until(ExpectedConditions.visibilityOfElementLocated(By.id("counter:personalId")));
    type(clerk, "counter:personalId", personalId);
    tick(clerk, "counter:cardChecked");
    c.findElement(By.cssSelector(".verify-button")).click();
    confirmYes(clerk);
    awaitText(clerk, "#counter\\:messages", "Đã xác thực");
    look(clerk, "counter-desktop");

    // --- the resident sees their record and asks a copy of it ------------------------------
    r.get(base + "/account/index.xhtml");
    awaitText(resident, "#level", "Mức 2");
    String records = text(resident, "#myRecords");
    assertTrue(records.contains(mine.get("summary")), records);
    look(resident, "account-level2-desktop");
    WebElement item =
        r.findElements(By.cssSelector("#myRecords .result")).stream()
            .filter(e -> e.getText().contains(mine.get("summary")))
            .findFirst()
            .orElseThrow();
    item.findElement(By.cssSelector("a.action-link")).click();
    waitOn(resident).until(ExpectedConditions.visibilityOfElementLocated(By.id("req:purpose")));
    assertTrue(text(resident, "#feeTotal").endsWith("đ"), text(resident, "#feeTotal"));
    assertTrue(text(resident, "#dueAt").contains("hạn trả kết quả"), text(resident, "#dueAt"));
    look(resident, "request-new-desktop");
    // nothing typed as purpose: refused, named
    r.findElement(By.id("req:submit")).click();
    confirmYes(resident);
    awaitText(resident, "#req\\:messages", "mục đích");
    type(resident, "req:purpose", "Bổ sung hồ sơ xin việc");
    r.findElement(By.id("req:submit")).click();
    confirmYes(resident);
    awaitText(resident, "#state", "Đã tiếp nhận");
    ownRef = text(resident, "#reference");
    look(resident, "request-submitted-desktop");
    awaitMail(email, ownRef);

    // --- and one for the deceased father, described, with a proof --------------------------
    Path proof = dir.resolve("giay-khai-sinh-cua-toi.png");
    BufferedImage img = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 400);
    g.setColor(Color.BLACK);
    g.drawString("GIAY KHAI SINH (ban chup)", 40, 60);
    g.dispose();
    ImageIO.write(img, "png", proof.toFile());
    r.get(base + "/requests/new.xhtml");
    type(
        resident,
        "req:description",
        "Giấy khai sinh của "
            + fathers.get("subject_names").split(";")[0]
            + ", đăng ký tại Phường 14, Quận 10");
    WebElement commune = r.findElement(By.id("req:oldCommune_input"));
    commune.sendKeys("Phường 14, Quận 10");
    waitOn(resident)
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-item")))
        .click();
    waitOn(resident)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#req\\:newUnit input[value='" + UNIT + "']")));
    ((JavascriptExecutor) r)
        .executeScript(
            "arguments[0].click()",
            r.findElement(By.cssSelector("#req\\:newUnit input[value='" + UNIT + "']")));
    pick(resident, "req:relation", "Con");
    waitOn(resident).until(ExpectedConditions.visibilityOfElementLocated(By.id("req:subjectName")));
    type(resident, "req:subjectName", fathers.get("subject_names").split(";")[0]);
    // a relative without the death stated, and without proof: refused with the article's reason
    type(resident, "req:purpose", "Làm thủ tục thừa kế");
    r.findElement(By.id("req:submit")).click();
    confirmYes(resident);
    awaitText(resident, "#req\\:messages", "Điều 16");
    resident.screenshot("request-father-refused-desktop");
    tick(resident, "req:subjectDeceased");
    r.findElement(By.id("req:proofs")).sendKeys(proof.toString());
    r.findElement(By.id("req:submit")).click();
    confirmYes(resident);
    awaitText(resident, "#state", "Đã tiếp nhận");
    fatherRef = text(resident, "#reference");
    assertTrue(text(resident, "#fee").contains("khi cán bộ tìm thấy"), text(resident, "#fee"));
    look(resident, "request-father-desktop");

    // --- the clerk's queue: both, due first ------------------------------------------------
    c.get(base + "/clerk/queue.xhtml");
    awaitText(clerk, "#queue\\:table", fatherRef);
    assertTrue(text(clerk, "#queue\\:table").contains(ownRef));
    look(clerk, "queue-desktop");
    c.findElement(By.linkText(fatherRef)).click();
    awaitText(clerk, "#reference", fatherRef);
    String reviewUrl = c.getCurrentUrl();
    assertTrue(text(clerk, "#relation").contains("đã mất"), text(clerk, "#relation"));
    look(clerk, "review-father-desktop");
    String proofHref = c.findElement(By.cssSelector(".proofs a")).getAttribute("href");
    c.findElement(By.id("review:take")).click();
    awaitText(clerk, "#review\\:messages", "nhận xử lý");
    type(clerk, "review:question", "Xin bổ sung bản chụp trích lục khai tử của cha bạn.");
    c.findElement(By.id("review:ask")).click();
    awaitText(clerk, "#state", "Cần bổ sung");
    assertTrue(
        ((String) awaitMail(email, "cập nhật yêu cầu " + fatherRef).getContent())
            .contains("trích lục khai tử"));
    // the proof file opens for the clerk (and is audited)
    c.get(proofHref);
    assertTrue(c.getPageSource().contains("img") || c.getTitle().contains("png"), c.getTitle());

    // --- the resident answers --------------------------------------------------------------
    r.get(base + "/requests/index.xhtml");
    r.findElement(By.linkText(fatherRef)).click();
    awaitText(resident, "#state", "Cần bổ sung");
    assertTrue(
        text(resident, "#timeline").contains("trích lục khai tử"), text(resident, "#timeline"));
    look(resident, "request-needs-info-desktop");
    type(resident, "answer:message", "Tôi gửi kèm bản chụp trích lục khai tử.");
    r.findElement(By.id("answer:proofs")).sendKeys(proof.toString());
    r.findElement(By.id("answer:send")).click();
    awaitText(resident, "#state", "Đang xem xét");

    // --- the clerk finds the father's record, marks the fee paid, prepares -----------------
    // the clerk finds the father's record with the search and reads its number on the record page
    long[] fatherDoc = documentId(fathers.get("document_code"));
    c.get(base + "/record.xhtml?page=" + fatherDoc[1]);
    assertTrue(
        text(clerk, "#documentId").contains(Long.toString(fatherDoc[0])),
        text(clerk, "#documentId"));
    c.get(base + "/clerk/queue.xhtml");
    c.findElement(By.linkText(fatherRef)).click();
    awaitText(clerk, "#state", "Đang xem xét");
    type(clerk, "review:documentId_input", Long.toString(fatherDoc[0]));
    c.findElement(By.id("review:attach")).click();
    awaitText(clerk, "#review\\:messages", "Đã gắn tài liệu");
    assertFalse(text(clerk, "#fee").startsWith("0"), text(clerk, "#fee"));
    c.findElement(By.id("review:paid")).click();
    confirmYes(clerk);
    awaitText(clerk, "#fee", "đã nộp");
    // the checklist first
    c.findElement(By.id("review:prepare")).click();
    confirmYes(clerk);
    awaitText(clerk, "#review\\:messages", "đủ ba mục");
    tick(clerk, "review:checkIdentity");
    tick(clerk, "review:checkRelation");
    tick(clerk, "review:checkRecord");
    c.findElement(By.id("review:prepare")).click();
    confirmYes(clerk);
    awaitText(clerk, "#state", "Đã chuẩn bị");
    look(clerk, "review-prepared-desktop");

    // --- and the resident's own request ----------------------------------------------------
    c.get(base + "/clerk/queue.xhtml");
    c.findElement(By.linkText(ownRef)).click();
    awaitText(clerk, "#reference", ownRef);
    assertTrue(text(clerk, "#subjects").contains(name), text(clerk, "#subjects"));
    c.findElement(By.id("review:take")).click();
    awaitText(clerk, "#review\\:messages", "nhận xử lý");
    c.findElement(By.id("review:paid")).click();
    confirmYes(clerk);
    awaitText(clerk, "#fee", "đã nộp");
    tick(clerk, "review:checkIdentity");
    tick(clerk, "review:checkRelation");
    tick(clerk, "review:checkRecord");
    c.findElement(By.id("review:prepare")).click();
    confirmYes(clerk);
    awaitText(clerk, "#state", "Đã chuẩn bị");

    // --- the resident sees both prepared, and who looked at their data --------------------
    r.get(base + "/requests/index.xhtml");
    String list = text(resident, "#mine");
    assertEquals(2, list.split("Đã chuẩn bị bản sao", -1).length - 1, list);
    look(resident, "requests-desktop");
    r.get(base + "/account/index.xhtml");
    String log = text(resident, "#accessLog");
    assertTrue(log.contains("Trần Thị Bình") && log.contains(fatherRef), log);
    look(resident, "account-access-log-desktop");

    // --- phone width: the resident's pages do not scroll sideways -------------------------
    phone.signIn(base, email, PASSWORD);
    for (String page :
        List.of("/account/index.xhtml", "/requests/index.xhtml", "/requests/new.xhtml")) {
      phone.driver().get(base + page);
      phone.screenshot("phone" + page.replace('/', '-').replace(".xhtml", ""));
      phone.assertNoHorizontalScroll();
    }
    phone.driver().get(base + "/requests/index.xhtml");
    phone.driver().findElement(By.linkText(fatherRef)).click();
    awaitText(phone, "#state", "Đã chuẩn bị");
    phone.screenshot("phone-request");
    phone.assertNoHorizontalScroll();

    // and the clerk's screens at phone width
    try (Browser clerkPhone = new Browser(Browser.PHONE)) {
      clerkPhone.signIn(base, clerkEmail, PASSWORD);
      clerkPhone.driver().get(base + "/clerk/queue.xhtml");
      clerkPhone.screenshot("phone-clerk-queue");
      clerkPhone.assertNoHorizontalScroll();
      clerkPhone.driver().get(reviewUrl);
      awaitText(clerkPhone, "#state", "Đã chuẩn bị");
      clerkPhone.screenshot("phone-clerk-review");
      clerkPhone.assertNoHorizontalScroll();
      clerkPhone.driver().get(base + "/clerk/counter.xhtml");
      clerkPhone.screenshot("phone-clerk-counter");
      clerkPhone.assertNoHorizontalScroll();
    }
  }

  /**
   * The journey goes on: a signer of the unit signs both prepared copies in one batch, the resident
   * is told by mail, downloads the copy from the request page, and the copy is what the issue asks:
   * PDF/A-2B (veraPDF), a valid signature (pdfsig), the Vietnamese certification as text, and a QR
   * code whose URL opens the verification page, which says "valid" — and says "not genuine" for the
   * same file with one byte changed.
   */
  @Test
  @Order(2)
  void signerSignsResidentDownloadsAndVerifies() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        ownRef != null && fatherRef != null, "the first part of the journey prepared the copies");
    String signerEmail = "lanhdao." + System.nanoTime() + "@phuong-dienhong.gov.vn";
    Http.Answer created =
        Http.createStaff(
            base, signerEmail, "Lê Văn Cường", "Phó Chủ tịch UBND", UNIT, PASSWORD, "SIGNER");
    assertEquals(201, created.status(), created.body());
    try (Browser signer = new Browser(Browser.DESKTOP)) {
      signer.signIn(base, signerEmail, PASSWORD);
      WebDriver s = signer.driver();
      s.get(base + "/sign/index.xhtml");
      String waiting = text(signer, "#sign\\:waiting");
      assertTrue(waiting.contains(ownRef) && waiting.contains(fatherRef), waiting);
      look(signer, "sign-waiting-desktop");
      // the signer opens a request to compare the scans before signing
      s.findElement(By.linkText(ownRef)).click();
      awaitText(signer, "#state", "Đã chuẩn bị");
      assertTrue(
          s.findElement(By.id("review:sign")).isEnabled(), "a signer who did not prepare it signs");
      look(signer, "review-sign-desktop");
      s.get(base + "/sign/index.xhtml");
      // nothing selected: told what to do, nothing signed
      s.findElement(By.id("sign:signSelected")).click();
      confirmYes(signer);
      awaitText(signer, "#sign\\:messages", "chọn ít nhất một");
      for (String ref : List.of(ownRef, fatherRef)) {
        s.findElement(
                By.xpath(
                    "//tr[.//a[normalize-space(.)='"
                        + ref
                        + "']]//div[contains(@class,'ui-chkbox-box')]"))
            .click();
      }
      s.findElement(By.id("sign:signSelected")).click();
      confirmYes(signer);
      waitOn(signer)
          .withTimeout(Duration.ofMinutes(2))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("sign:messages"), "Đã ký xong 2"));
      String issued = text(signer, "#sign\\:issued");
      assertTrue(issued.contains(ownRef) && issued.contains(fatherRef), issued);
      look(signer, "sign-issued-desktop");
    }
    try (Browser signerPhone = new Browser(Browser.PHONE)) {
      signerPhone.signIn(base, signerEmail, PASSWORD);
      signerPhone.driver().get(base + "/sign/index.xhtml");
      awaitText(signerPhone, "#sign\\:issued", ownRef);
      signerPhone.screenshot("phone-sign");
      signerPhone.assertNoHorizontalScroll();
    }

    // --- the resident is told, and downloads the copy from the request page -------------------
    awaitMail(email, "cập nhật yêu cầu " + ownRef);
    WebDriver r = resident.driver();
    r.get(base + "/requests/index.xhtml");
    r.findElement(By.linkText(ownRef)).click();
    awaitText(resident, "#state", "Đã cấp");
    String code = text(resident, "#copyCode").replace("-", "");
    look(resident, "request-issued-desktop");
    String href = r.findElement(By.id("downloadCopy")).getAttribute("href");
    byte[] pdf = downloadAs(resident, href);
    assertTrue(Pdfs.isPdfA2b(pdf), "the issued copy is PDF/A-2B");
    String sig = Pdfs.pdfsig(pdf);
    assertTrue(sig.contains("Signature Validation: Signature is Valid."), sig);
    assertFalse(sig.contains("Signature is Invalid"), sig);
    String text = java.text.Normalizer.normalize(Pdfs.text(pdf), java.text.Normalizer.Form.NFC);
    assertTrue(text.contains("BẢN SAO"), text);
    assertTrue(text.contains("PHÓ CHỦ TỊCH UBND") && text.contains("Lê Văn Cường"), text);
    List<String> qr = Pdfs.qrCodes(pdf, 1);
    String verifyUrl = base + "/verify/" + code;
    assertTrue(qr.contains(verifyUrl), "QR codes on page 1: " + qr + ", expected " + verifyUrl);

    // --- anyone opens the QR code's URL --------------------------------------------------------
    try (Browser anyone = new Browser(Browser.DESKTOP)) {
      anyone.driver().get(qr.get(qr.indexOf(verifyUrl)));
      awaitText(anyone, "#verdict", "Hợp lệ");
      String facts = text(anyone, "#result");
      assertFalse(facts.contains(name), "no personal data on the verification page: " + facts);
      look(anyone, "verify-valid-desktop");
      Path good = dir.resolve("copy.pdf");
      Files.write(good, pdf);
      anyone.driver().findElement(By.id("verify:file")).sendKeys(good.toString());
      anyone.driver().findElement(By.id("verify:compare")).click();
      awaitText(anyone, "#fileVerdict", "trùng khớp");
      byte[] changed = pdf.clone();
      changed[changed.length / 2] ^= 0x01;
      Path bad = dir.resolve("changed.pdf");
      Files.write(bad, changed);
      anyone.driver().findElement(By.id("verify:file")).sendKeys(bad.toString());
      anyone.driver().findElement(By.id("verify:compare")).click();
      awaitText(anyone, "#fileVerdict", "KHÔNG");
      look(anyone, "verify-not-genuine-desktop");
    }
    phone.driver().get(base + "/verify/" + code);
    awaitText(phone, "#verdict", "Hợp lệ");
    phone.screenshot("phone-verify");
    phone.assertNoHorizontalScroll();
    phone.driver().get(base + "/requests/index.xhtml");
    phone.driver().findElement(By.linkText(ownRef)).click();
    awaitText(phone, "#state", "Đã cấp");
    phone.screenshot("phone-request-issued");
    phone.assertNoHorizontalScroll();
  }

  /** Fetches a URL with the browser's session, as a click on a download link does. */
  private static byte[] downloadAs(Browser b, String url) throws Exception {
    java.net.http.HttpResponse<byte[]> resp = fetchAs(b, url);
    assertEquals(200, resp.statusCode(), url);
    return resp.body();
  }

  private static java.net.http.HttpResponse<byte[]> fetchAs(Browser b, String url)
      throws Exception {
    StringBuilder cookies = new StringBuilder();
    for (org.openqa.selenium.Cookie c : b.driver().manage().getCookies()) {
      cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Cookie", cookies.toString())
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The id of a document of the package and of one of its pages, as the search finds them. */
  private static long[] documentId(String code) {
    JsonObject found =
        Http.send(
                Http.asArchivist(base + "/api/v1/search?holder=" + UNIT + "&size=100")
                    .GET()
                    .build())
            .json();
    for (JsonValue v : found.getJsonArray("hits")) {
      JsonObject h = v.asJsonObject();
      if (h.getString("documentCode").equals(code)) {
        return new long[] {
          h.getJsonNumber("documentId").longValue(), h.getJsonNumber("pageId").longValue()
        };
      }
    }
    throw new AssertionError("document " + code + " not found: " + found);
  }
}
