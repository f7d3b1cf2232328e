package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoso.search.Highlighter;

/**
 * An archivist corrects a document's metadata: on the dossier page in Chromium (validation in
 * Vietnamese, a confirmed change of the access level, a colleague's change in between refused) and
 * over the API (409, 422, 404 for another unit). And the crash window: the server dies after the
 * edit commits and before the index is written; after a restart the check has found the edit still
 * marked, its pages are reindexed, and the search answers from the new metadata, not the old.
 */
@ExtendWith(SuiteServer.class)
class DocumentEditIT {

  private static final String PASSWORD = "mat-khau-kiem-tra-2025";
  private static final String NEW_SUMMARY =
      "Biên bản kiểm kê tài liệu lưu trữ năm 2031 của tổ dân phố Bến Gỗ";
  private static final String NEW_PHRASE = "\"kiem ke tai lieu luu tru nam 2031\"";

  @TempDir Path dir;

  @Test
  void anEditCommittedButNotIndexedWhenTheServerDiesIsRepairedAtRestart() throws Exception {
    HosoServer server =
        HosoServer.start(
            "edit-crash",
            600,
            HosoServer.Database.h2(),
            List.of("-Dhoso.test.haltAfterEditCommit=true"));
    try {
      String base = server.baseUrl();
      JsonObject staffView =
          Setup.handOver(base, 7301L, 3, "png", "commune:00061", "00070", dir.resolve("pkg"));
      JsonObject hit = publicHit(staffView);
      long doc = hit.getJsonNumber("documentId").longValue();
      // words of its page that anyone may search for, as long as the document is public
      String pageWords = "\"" + Highlighter.fold(twoWords(hit)) + "\"";
      assertTrue(documents(anonymous(base, pageWords)).contains(doc), "public before the edit");
      JsonObject before = document(base, doc);
      assertEquals(0, before.getInt("version"));

      // the edit commits, then the test switch halts the server before the pages are reindexed
      Http.Answer cut = null;
      try {
        cut =
            put(
                base,
                doc,
                change(before, before.getInt("version"))
                    .add("summary", NEW_SUMMARY)
                    .add("access", "confidential")
                    .add("confirmAccessChange", true));
      } catch (RuntimeException expected) {
        // the connection dies with the server
      }
      assertTrue(
          server.exitsWithin(Duration.ofSeconds(60)),
          "the switch halts the server after the commit; answer: " + cut);

      server = server.restart(List.of());
      JsonObject recovery =
          Http.poll(base + "/api/v1/admin/search-index/recovery", r -> r.containsKey("at"));
      JsonObject found = recovery.getJsonObject("found");
      assertFalse(found.getBoolean("agree"), "the check at start found a difference: " + found);
      assertEquals(1, found.getJsonNumber("pendingReindex").longValue(), found.toString());
      assertEquals(
          List.of(doc),
          found.getJsonArray("sampledPendingDocuments").stream()
              .map(v -> ((jakarta.json.JsonNumber) v).longValue())
              .toList());
      assertFalse(
          found.getJsonArray("sampledStalePages").isEmpty(),
          "the document's index entries were written from the old metadata: " + found);
      assertEquals(
          found.getJsonNumber("databasePages").longValue(),
          found.getJsonNumber("indexedPages").longValue(),
          "counting pages alone would have seen nothing");
      assertEquals(1, recovery.getInt("documentsReindexed"), recovery.toString());
      assertFalse(recovery.getBoolean("rebuilt"), "exactly the edited document was reindexed");

      JsonObject check =
          Http.send(Http.asArchivist(base + "/api/v1/admin/search-index/check").GET().build())
              .json();
      assertTrue(check.getBoolean("agree"), check.toString());
      assertEquals(0, check.getJsonNumber("pendingReindex").longValue());

      JsonObject after = document(base, doc);
      assertEquals(NEW_SUMMARY, after.getString("summary"), "the edit had committed");
      assertEquals("confidential", after.getString("access"));
      assertTrue(documents(staff(base, NEW_PHRASE)).contains(doc), "the new summary is found");
      assertFalse(
          documents(anonymous(base, pageWords)).contains(doc),
          "the old access level no longer lets the public find it");
      assertEquals(List.of(), documents(anonymous(base, NEW_PHRASE)));
    } finally {
      server.close();
    }
  }

  @Test
  void anArchivistEditsOnTheDossierPage(HosoServer server) throws Exception {
    String base = server.baseUrl();
    JsonObject staffView =
        Setup.handOver(base, 7302L, 2, "png", "commune:00085", "00082", dir.resolve("pkg"));
    JsonObject hit = publicHit(staffView);
    long doc = hit.getJsonNumber("documentId").longValue();
    JsonObject original = document(base, doc);
    long dossier = original.getJsonNumber("dossierId").longValue();

    // staff of another unit: as if the document did not exist; a clerk of the unit may not edit
    String otherArchivist = "luutru.khac." + System.nanoTime() + "@dvhc.gov.vn";
    assertEquals(
        201,
        Http.createStaff(base, otherArchivist, "Lưu Trữ Khác", null, "00004", PASSWORD, "ARCHIVIST")
            .status());
    assertEquals(
        404, Http.send(Http.as(otherArchivist, PASSWORD, url(base, doc)).build()).status());
    Http.Answer foreign =
        Http.send(
            Http.as(otherArchivist, PASSWORD, url(base, doc))
                .header("Content-Type", "application/json")
                .PUT(body(change(original, 0).add("summary", "Không được sửa")))
                .build());
    assertEquals(404, foreign.status(), foreign.body());
    String clerk = "motcua." + System.nanoTime() + "@dvhc.gov.vn";
    assertEquals(201, Http.createClerk(base, clerk, "Một Cửa", "00082", PASSWORD).status());
    assertEquals(403, Http.send(Http.as(clerk, PASSWORD, url(base, doc)).build()).status());

    String typed = Normalizer.normalize(NEW_SUMMARY, Normalizer.Form.NFD);
    try (Browser b = new Browser(Browser.DESKTOP)) {
      WebDriver d = b.driver();
      WebDriverWait wait = b.await(Duration.ofSeconds(60));
      b.open(server.signedInUrl() + "/archive/dossier.xhtml?id=" + dossier);
      d.findElement(By.cssSelector("#doc-" + doc + " .edit-document")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sửa thông tin"));
      assertEquals(
          original.getString("summary"),
          d.findElement(By.id("edit:summary")).getAttribute("value"));
      b.screenshot("archive-document-edit-desktop");
      assertEquals(List.of(), b.accessibilityViolations(), "axe on the edit form");

      // refused: each field named in Vietnamese, beside the field
      d.findElement(By.id("edit:typeName")).clear();
      WebElement date = d.findElement(By.id("edit:issuedDate"));
      date.clear();
      date.sendKeys("01/01/2099");
      d.findElement(By.id("edit:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".field:has([id='edit:typeName']) .ui-message-error"),
              "Loại văn bản"));
      assertTrue(
          d.findElement(By.cssSelector(".field:has([id='edit:issuedDate']) .ui-message-error"))
              .getText()
              .contains("Ngày ban hành: không thể sau ngày hôm nay"));
      b.screenshot("archive-document-invalid-desktop");

      // corrected, with a new summary typed in decomposed Unicode, and a stricter access level
      d.findElement(By.id("edit:typeName")).sendKeys(original.getString("typeName"));
      date = d.findElement(By.id("edit:issuedDate"));
      date.clear();
      date.sendKeys(ddMMyyyy(original.getString("issuedDate")));
      WebElement summary = d.findElement(By.id("edit:summary"));
      summary.clear();
      summary.sendKeys(typed);
      d.findElement(By.cssSelector("label[for='edit:access:1']")).click();
      d.findElement(By.id("edit:save")).click();
      WebElement confirm =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmText")));
      assertTrue(confirm.getText().contains("“Công khai” sang “Hạn chế”"), confirm.getText());
      b.screenshot("archive-document-confirm-desktop");
      assertEquals(List.of(), b.accessibilityViolations(), "axe with the confirmation open");
      d.findElement(By.id("edit:confirmYes")).click();
      wait.until(ExpectedConditions.urlContains("/archive/dossier.xhtml"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-messages-info"), "Đã lưu thông tin văn bản"));
      assertTrue(
          d.findElement(By.id("doc-" + doc)).getText().contains(NEW_SUMMARY),
          "the dossier page shows the new summary");
      b.screenshot("archive-document-saved-desktop");

      JsonObject saved = document(base, doc);
      assertEquals(NEW_SUMMARY, saved.getString("summary"), "stored in NFC");
      assertNotEquals(typed, saved.getString("summary"));
      assertEquals("restricted", saved.getString("access"));
      assertEquals(1, saved.getInt("version"));
      assertTrue(documents(staff(base, NEW_PHRASE)).contains(doc), "searchable at once");

      // a colleague saves over the API while the form is open: this form's save is refused
      b.open(server.signedInUrl() + "/archive/document.xhtml?id=" + doc);
      Http.Answer colleague =
          put(base, doc, change(saved, 1).add("notation", "KK-TDP").add("summary", NEW_SUMMARY));
      assertEquals(200, colleague.status(), colleague.body());
      assertEquals(2, colleague.json().getInt("version"));
      summary = d.findElement(By.id("edit:summary"));
      summary.clear();
      summary.sendKeys("Bản sửa của người đến sau");
      d.findElement(By.id("edit:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-messages-error"), "vừa được người khác sửa"));
      assertTrue(d.findElement(By.id("edit:reload")).isDisplayed());
      b.screenshot("archive-document-conflict-desktop");
      assertEquals("KK-TDP", document(base, doc).getString("notation"), "nothing overwritten");
      assertEquals(NEW_SUMMARY, document(base, doc).getString("summary"));
    }

    // the API: a stale version, refused values, an unconfirmed change of access
    JsonObject now = document(base, doc);
    Http.Answer stale = put(base, doc, change(now, 1).add("summary", "Bản cũ"));
    assertEquals(409, stale.status(), stale.body());
    assertEquals("conflict", stale.json().getString("error"));
    Http.Answer future =
        put(base, doc, change(now, now.getInt("version")).add("issuedDate", "2099-01-01"));
    assertEquals(422, future.status(), future.body());
    assertEquals("issuedDate", future.json().getString("field"));
    assertTrue(future.json().getString("message").startsWith("Ngày ban hành"));
    Http.Answer unconfirmed =
        put(base, doc, change(now, now.getInt("version")).add("access", "public"));
    assertEquals(422, unconfirmed.status(), unconfirmed.body());
    assertEquals("access", unconfirmed.json().getString("field"));
    assertEquals(now.getInt("version"), document(base, doc).getInt("version"), "nothing saved");
    JsonObject check =
        Http.send(Http.asArchivist(base + "/api/v1/admin/search-index/check").GET().build()).json();
    assertEquals(0, check.getJsonNumber("pendingReindex").longValue(), "every edit reindexed");
    assertTrue(check.getJsonArray("sampledStalePages").isEmpty(), check.toString());

    // the other unit's archivist finds neither the form nor the dossier
    try (Browser other = new Browser(Browser.DESKTOP)) {
      other.signIn(base, otherArchivist, PASSWORD);
      other.driver().get(base + "/archive/document.xhtml?id=" + doc);
      assertTrue(
          other.driver().findElement(By.tagName("h1")).getText().contains("Không tìm thấy"),
          other.driver().getPageSource().length() + " chars");
      other.driver().get(base + "/archive/dossier.xhtml?id=" + dossier);
      assertTrue(other.driver().findElement(By.tagName("h1")).getText().contains("Không tìm thấy"));
    }

    try (Browser phone = new Browser(Browser.PHONE)) {
      phone.open(server.signedInUrl() + "/archive/document.xhtml?id=" + doc);
      phone
          .await(Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:save")));
      phone.screenshot("archive-document-edit-phone");
      phone.assertNoHorizontalScroll();
      phone.open(server.signedInUrl() + "/archive/dossier.xhtml?id=" + dossier);
      phone.screenshot("archive-dossier-phone");
      phone.assertNoHorizontalScroll();
    }
  }

  /** A public document among the staff search's hits. */
  private static JsonObject publicHit(JsonObject staffView) {
    return staffView.getJsonArray("hits").stream()
        .map(JsonValue::asJsonObject)
        .filter(h -> h.getString("access").equals("public"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no public document in " + staffView));
  }

  private static String url(String base, long doc) {
    return base + "/api/v1/documents/" + doc;
  }

  private static JsonObject document(String base, long doc) {
    Http.Answer a = Http.send(Http.asArchivist(url(base, doc)).GET().build());
    assertEquals(200, a.status(), a.body());
    return a.json();
  }

  /** The document's metadata as read, to send back with some fields replaced. */
  private static JsonObjectBuilder change(JsonObject doc, int version) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("version", version);
    for (String field :
        List.of(
            "typeName", "number", "notation", "issuingOrgan", "issuedDate", "summary", "access")) {
      if (doc.containsKey(field) && !doc.isNull(field)) {
        b.add(field, doc.getString(field));
      }
    }
    return b;
  }

  private static HttpRequest.BodyPublisher body(JsonObjectBuilder json) {
    return HttpRequest.BodyPublishers.ofString(json.build().toString());
  }

  private static Http.Answer put(String base, long doc, JsonObjectBuilder json) {
    return Http.send(
        Http.asArchivist(url(base, doc))
            .header("Content-Type", "application/json")
            .PUT(body(json))
            .build());
  }

  private static JsonObject staff(String base, String query) {
    return Http.send(
            Http.asArchivist(base + "/api/v1/search?size=100&q=" + Http.q(query)).GET().build())
        .json();
  }

  private static JsonObject anonymous(String base, String query) {
    return Http.get(base + "/api/v1/search?size=100&q=" + Http.q(query)).json();
  }

  private static List<Long> documents(JsonObject results) {
    return results.getJsonArray("hits").stream()
        .map(h -> h.asJsonObject().getJsonNumber("documentId").longValue())
        .distinct()
        .toList();
  }

  /** Two adjacent words of at least three letters from a hit's snippet. */
  private static String twoWords(JsonObject hit) {
    String text =
        hit.getJsonArray("snippet").stream()
            .map(s -> s.asJsonObject().getString("text"))
            .collect(Collectors.joining());
    String[] w = text.replace("…", " ").split("[^\\p{L}\\p{M}\\p{N}]+");
    for (int i = 0; i + 1 < w.length; i++) {
      if (w[i].length() >= 3 && w[i + 1].length() >= 3) {
        return w[i] + " " + w[i + 1];
      }
    }
    throw new AssertionError("no two words in: " + text);
  }

  /** 2015-06-01 as the form writes it: 01/06/2015. */
  private static String ddMMyyyy(String isoDate) {
    String[] p = isoDate.split("-");
    return p[2] + "/" + p[1] + "/" + p[0];
  }
}
