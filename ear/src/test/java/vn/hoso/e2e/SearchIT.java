package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator;
import vn.hoso.search.Highlighter;

/**
 * Search through the running server: a package ingested is found (and only what the client may
 * see), scans of hidden pages are refused, hostile queries answer normally, and the index agrees
 * with the database, also after a rebuild.
 */
@ExtendWith(SuiteServer.class)
class SearchIT {

  private static String baseUrl;
  @TempDir static Path dir;

  @BeforeAll
  static void ingest(HosoServer server) throws IOException {
    baseUrl = server.baseUrl();
    HandoverPackageGenerator.Result pkg =
        new HandoverPackageGenerator()
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(404)
                    .withDossiers(4)
                    .withDocuments(2, 2)
                    .withPages(1, 2)
                    .withText(true)
                    .withOrigin("commune:26734")
                    .withReceivingUnit("26737")
                    .withZip(true),
                dir.resolve("pkg"));
    Http.Answer a = Http.postPackage(baseUrl, pkg.path());
    assertEquals(202, a.status(), a.body());
    JsonObject done = HandoversApiIT.awaitFinished(a.location());
    assertEquals("COMPLETED", done.getString("state"), done.toString());
  }

  private static JsonObject anonymous(String query) {
    return Http.get(baseUrl + "/api/v1/search?" + query).json();
  }

  private static JsonObject staff(String query) {
    return Http.send(Http.asArchivist(baseUrl + "/api/v1/search?" + query).GET().build()).json();
  }

  @Test
  void anonymousClientsSeePublicRecordsOnlyAndStaffSeeTheirUnits() {
    JsonObject all = staff("holder=26737&size=50");
    JsonObject open = anonymous("holder=26737&size=50");
    assertTrue(all.getInt("total") > open.getInt("total"), "staff see restricted records too");
    assertTrue(open.getInt("total") > 0, open.toString());
    for (JsonValue v : open.getJsonArray("hits")) {
      assertEquals("public", v.asJsonObject().getString("access"), v.toString());
    }
    // facet counts add up to what the client may see
    long holderCount =
        open.getJsonArray("facets").stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("name").equals("holder"))
            .flatMap(f -> f.getJsonArray("buckets").stream())
            .mapToLong(b -> b.asJsonObject().getJsonNumber("count").longValue())
            .sum();
    assertEquals(open.getInt("total"), holderCount);

    // a word of a public page, typed without diacritics, finds it
    JsonObject hit = open.getJsonArray("hits").getJsonObject(0);
    String words =
        hit.getJsonArray("snippet").stream()
            .map(s -> s.asJsonObject().getString("text"))
            .collect(Collectors.joining());
    String phrase = twoWords(words);
    String folded = Highlighter.fold(phrase);
    JsonObject found = anonymous("q=" + Http.q("\"" + folded + "\"") + "&size=50");
    List<Long> docs =
        found.getJsonArray("hits").stream()
            .map(h -> h.asJsonObject().getJsonNumber("documentId").longValue())
            .toList();
    assertTrue(
        docs.contains(hit.getJsonNumber("documentId").longValue()),
        "\"" + folded + "\" finds its document: " + found);
  }

  @Test
  void scansOfHiddenPagesAreRefusedToAnonymousClients() throws Exception {
    JsonObject all = staff("holder=26737&size=50");
    long hidden = -1;
    long open = -1;
    for (JsonValue v : all.getJsonArray("hits")) {
      JsonObject h = v.asJsonObject();
      if (!h.getString("access").equals("public") && hidden < 0) {
        hidden = h.getJsonNumber("pageId").longValue();
      }
      if (h.getString("access").equals("public") && open < 0) {
        open = h.getJsonNumber("pageId").longValue();
      }
    }
    assertTrue(hidden > 0 && open > 0, all.toString());
    assertEquals(404, status(baseUrl + "/scan?page=" + hidden));
    assertEquals(200, status(baseUrl + "/scan?page=" + open));
    assertEquals(404, status(baseUrl + "/scan?page=999999999"));
    assertEquals(
        200,
        Http.send(Http.asArchivist(baseUrl + "/archive/scan?page=" + hidden).GET().build())
            .status());
  }

  /**
   * An anonymous search page is one GET that keeps nothing on the server (no session, no stored
   * view), and the language is a cookie set by a plain link that comes back to the same search.
   */
  @Test
  void anonymousSearchPagesKeepNoSessionAndTheLanguageIsALink() {
    String search = "/search.xhtml?q=" + Http.q("quyết định") + "&pg=1";
    HttpResponse<String> page =
        Http.exchange(HttpRequest.newBuilder(URI.create(baseUrl + search)).build());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Tìm hồ sơ, tài liệu lưu trữ"), "Vietnamese by default");
    assertTrue(page.body().contains("Tìm thấy"), "the query found pages");
    assertEquals(List.of(), page.headers().allValues("Set-Cookie"), "no session for a reader");
    assertTrue(!page.body().contains("jakarta.faces.ViewState"), "no stored view");
    String toEnglish =
        page.body()
            .replaceAll("(?s).*id=\"lang-en\" href=\"([^\"]+)\".*", "$1")
            .replace("&amp;", "&");
    assertTrue(toEnglish.startsWith("/language?to=en&back="), toEnglish);

    HttpResponse<String> switched =
        Http.exchange(HttpRequest.newBuilder(URI.create(baseUrl + toEnglish)).build());
    assertEquals(303, switched.statusCode());
    assertEquals(search, switched.headers().firstValue("Location").orElseThrow());
    String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith("hoso-lang=en"), cookie);
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

    HttpResponse<String> english =
        Http.exchange(
            HttpRequest.newBuilder(URI.create(baseUrl + search))
                .header("Cookie", "hoso-lang=en")
                .build());
    assertTrue(
        english.body().matches("(?s).*<html[^>]* lang=\"en\".*"),
        "English when the cookie says so");
    assertTrue(english.body().contains("Search archived records"), "the heading in English");
    assertTrue(english.body().contains("pages found"), "the count in English");

    // the link cannot send anyone to another site
    for (String back : List.of("https://evil.example/", "//evil.example/", "/\\evil.example")) {
      HttpResponse<String> r =
          Http.exchange(
              HttpRequest.newBuilder(URI.create(baseUrl + "/language?to=en&back=" + Http.q(back)))
                  .build());
      assertEquals(303, r.statusCode());
      assertEquals("/", r.headers().firstValue("Location").orElseThrow(), back);
    }
  }

  @Test
  void hostileQueriesAnswerNormally() {
    for (String q :
        List.of(
            "*",
            "?",
            "~",
            "\"",
            "(((((",
            "/[a-z]+/",
            "a AND (b OR c)~2^3",
            "w ".repeat(10_000),
            "x".repeat(100_000))) {
      Http.Answer a = Http.get(baseUrl + "/api/v1/search?q=" + Http.q(q));
      assertEquals(200, a.status(), q.length() > 40 ? q.length() + " chars" : q);
      assertTrue(a.json().getInt("total") >= 0);
    }
    assertEquals(400, Http.get(baseUrl + "/api/v1/search?page=abc").status());
  }

  @Test
  void theIndexAgreesWithTheDatabaseAndARebuildKeepsItSo() throws Exception {
    String admin = baseUrl + "/api/v1/admin/search-index";
    assertEquals(401, Http.get(admin + "/check").status(), "staff only");
    JsonObject check = Http.send(Http.asArchivist(admin + "/check").GET().build()).json();
    assertTrue(check.getBoolean("agree"), check.toString());
    long pages = check.getJsonNumber("databasePages").longValue();
    Http.Answer started =
        Http.send(
            Http.asArchivist(admin + "/rebuild").POST(HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(202, started.status(), started.body());
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    JsonObject progress;
    do {
      Thread.sleep(300);
      progress = Http.send(Http.asArchivist(admin).GET().build()).json();
    } while (progress.getBoolean("running") && Instant.now().isBefore(deadline));
    assertEquals(pages, progress.getJsonNumber("done").longValue(), progress.toString());
    assertTrue(!progress.containsKey("error") || progress.isNull("error"), progress.toString());
    check = Http.send(Http.asArchivist(admin + "/check").GET().build()).json();
    assertTrue(check.getBoolean("agree"), check.toString());
  }

  private static int status(String url) {
    return Http.send(HttpRequest.newBuilder(URI.create(url)).GET().build()).status();
  }

  /** Two adjacent words of at least three letters from a snippet. */
  private static String twoWords(String text) {
    String[] w = text.replace("…", " ").split("[^\\p{L}\\p{M}\\p{N}]+");
    for (int i = 0; i + 1 < w.length; i++) {
      if (w[i].length() >= 3 && w[i + 1].length() >= 3) {
        return w[i] + " " + w[i + 1];
      }
    }
    throw new AssertionError("no two words in: " + text);
  }
}
