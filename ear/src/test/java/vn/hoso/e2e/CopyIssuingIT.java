package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issuing over the API, as staff tools and a business's software use it: twenty copies signed at
 * once get twenty consecutive register numbers; the clerk who prepared a copy cannot sign it; only
 * the requester downloads it; the public verification answers valid, then "not genuine" for a
 * changed file, and "revoked" with the reason once a signer revokes it.
 */
@ExtendWith(SuiteServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CopyIssuingIT {

  private static final String UNIT = "27460";
  private static final String PASSWORD = "mat-khau-rat-dai-2025";
  private static final String A = "cap.a." + System.nanoTime() + "@example.vn";
  private static final String B = "cap.b." + System.nanoTime() + "@example.vn";
  private static final String CLERK = "cap.clerk." + System.nanoTime() + "@dvhc.gov.vn";
  private static final String SIGNER = "cap.signer." + System.nanoTime() + "@dvhc.gov.vn";
  private static final String BOTH = "cap.both." + System.nanoTime() + "@dvhc.gov.vn";
  private static final int PARALLEL = 20;

  private static String base;
  private static long publicDocument;
  private static final List<Long> issuedRequests = new ArrayList<>();
  private static final List<String> codes = new ArrayList<>();
  @TempDir static Path dir;

  @BeforeAll
  static void prepare(HosoServer server) throws IOException {
    base = server.baseUrl();
    JsonObject all =
        Setup.handOver(base, 424243L, 10, "jpg", "commune:27460", UNIT, dir.resolve("pkg"));
    for (JsonValue v : all.getJsonArray("hits")) {
      JsonObject h = v.asJsonObject();
      if ("public".equals(h.getString("access")) && publicDocument == 0) {
        publicDocument = h.getJsonNumber("documentId").longValue();
      }
    }
    assertTrue(publicDocument > 0, "a public record: " + all);
    created(Http.createStaff(base, CLERK, "Cán bộ Một Cửa", null, UNIT, PASSWORD, "CLERK"));
    created(
        Http.createStaff(base, SIGNER, "Lãnh Đạo Ký", "Chủ tịch UBND", UNIT, PASSWORD, "SIGNER"));
    created(
        Http.createStaff(
            base,
            BOTH,
            "Cán Bộ Kiêm Nhiệm",
            "Phó Chủ tịch UBND",
            UNIT,
            PASSWORD,
            "CLERK",
            "SIGNER"));
    Setup.register(base, A, "RESIDENT", "Người Yêu Cầu", PASSWORD);
    Setup.register(base, B, "RESIDENT", "Người Yêu Cầu", PASSWORD);
  }

  private static void created(Http.Answer a) {
    assertEquals(201, a.status(), a.body());
  }

  private static Http.Answer post(String who, String path, String json) {
    return Http.send(
        Http.as(who, PASSWORD, base + path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static Http.Answer get(String who, String path) {
    return Http.send(Http.as(who, PASSWORD, base + path).GET().build());
  }

  private static int version(String who, long id) {
    Http.Answer a = get(who, "/api/v1/requests/" + id);
    assertEquals(200, a.status(), a.body());
    return a.json().getInt("version");
  }

  private static Http.Answer act(String who, long id, String action, JsonArrayBuilder pages) {
    var body = Json.createObjectBuilder().add("action", action).add("version", version(who, id));
    if (pages != null) {
      body.add("pages", pages);
    }
    return post(who, "/api/v1/requests/" + id + "/actions", body.build().toString());
  }

  /** A asks a copy of the public record; {@code clerk} takes it, records the fee, prepares it. */
  private static long preparedRequest(String clerk) {
    Http.Answer s =
        post(
            A,
            "/api/v1/requests",
            Json.createObjectBuilder()
                .add("documentId", publicDocument)
                .add("relation", "SELF")
                .add("copies", 1)
                .add("purpose", "Bổ sung hồ sơ vay vốn")
                .add("delivery", "DOWNLOAD")
                .add("payment", "COUNTER")
                .build()
                .toString());
    assertEquals(201, s.status(), s.body());
    long id = s.json().getJsonNumber("id").longValue();
    for (String step : List.of("take", "paid")) {
      Http.Answer r = act(clerk, id, step, null);
      assertEquals(200, r.status(), step + ": " + r.body());
    }
    Http.Answer p = act(clerk, id, "prepare", Json.createArrayBuilder().add(1));
    assertEquals(200, p.status(), p.body());
    assertEquals("PREPARED", p.json().getString("state"));
    return id;
  }

  @Test
  @Order(1)
  void twentyCopiesSignedAtOnceGetConsecutiveNumbers() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < PARALLEL; i++) {
      ids.add(preparedRequest(CLERK));
    }
    List<Integer> versions = ids.stream().map(id -> version(SIGNER, id)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    List<Future<Http.Answer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < PARALLEL; i++) {
        long id = ids.get(i);
        int v = versions.get(i);
        Callable<Http.Answer> sign =
            () ->
                post(
                    SIGNER,
                    "/api/v1/requests/" + id + "/actions",
                    "{\"action\":\"sign\",\"version\":" + v + "}");
        answers.add(pool.submit(sign));
      }
      TreeSet<Integer> numbers = new TreeSet<>();
      int year = -1;
      for (Future<Http.Answer> f : answers) {
        Http.Answer a = f.get();
        assertEquals(200, a.status(), a.body());
        JsonObject j = a.json();
        assertEquals("ISSUED", j.getString("state"));
        Matcher m = Pattern.compile("([0-9]+)/([0-9]{4})").matcher(j.getString("registerNumber"));
        assertTrue(m.matches(), j.toString());
        numbers.add(Integer.parseInt(m.group(1)));
        year = Integer.parseInt(m.group(2));
        codes.add(j.getString("code"));
      }
      assertEquals(PARALLEL, numbers.size(), "no duplicate numbers: " + numbers);
      assertEquals(
          PARALLEL - 1, numbers.last() - numbers.first(), "no gap between numbers: " + numbers);
      assertTrue(year >= 2026, "numbered in this year's register: " + year);
    } finally {
      pool.shutdownNow();
    }
    issuedRequests.addAll(ids);
  }

  @Test
  @Order(2)
  void thePreparerCannotSignTheirOwnCopy() {
    long id = preparedRequest(BOTH);
    Http.Answer refused = act(BOTH, id, "sign", null);
    assertEquals(403, refused.status(), refused.body());
    assertTrue(refused.body().contains("không được tự ký"), refused.body());
    assertEquals("PREPARED", get(BOTH, "/api/v1/requests/" + id).json().getString("state"));
    // another signer of the unit may
    Http.Answer signed = act(SIGNER, id, "sign", null);
    assertEquals(200, signed.status(), signed.body());
  }

  @Test
  @Order(3)
  void onlyTheRequesterDownloadsAndAnyoneVerifies() throws Exception {
    long id = issuedRequests.get(0);
    String request = get(A, "/api/v1/requests/" + id).body();
    assertTrue(request.contains("\"ISSUED\""), request);
    byte[] pdf =
        Http.sendBytes(
            Http.as(A, PASSWORD, base + "/api/v1/requests/" + id + "/copy").GET().build());
    assertTrue(Pdfs.isPdfA2b(pdf), "PDF/A-2B");
    String sig = Pdfs.pdfsig(pdf);
    assertTrue(sig.contains("Signature is Valid"), sig);
    // B, another resident, and an anonymous caller get nothing
    assertEquals(404, get(B, "/api/v1/requests/" + id + "/copy").status());
    assertEquals(404, get(B, "/api/v1/requests/" + id + "/copy.json").status());
    assertEquals(
        401,
        Http.get(base + "/api/v1/requests/" + id + "/copy").status(),
        "anonymous: sign in first");
    Http.Answer sidecar = get(A, "/api/v1/requests/" + id + "/copy.json");
    assertEquals(200, sidecar.status(), sidecar.body());
    assertTrue(sidecar.body().contains("sha256"), sidecar.body());
    assertFalse(sidecar.body().contains("Người Yêu Cầu"), "no personal data: " + sidecar.body());

    String verifyCode =
        Pdfs.qrCodes(pdf, 1).stream()
            .filter(u -> u.startsWith(base + "/verify/"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no verification QR code on page 1"))
            .substring((base + "/verify/").length());
    assertTrue(codes.contains(verifyCode), verifyCode + " in " + codes);
    Http.Answer status = Http.get(base + "/api/v1/verify/" + verifyCode);
    assertEquals(200, status.status(), status.body());
    assertEquals("VALID", status.json().getString("status"));
    assertEquals(
        2, status.json().getInt("pageCount"), "the certification and the page: " + status.body());
    assertFalse(status.body().contains("Người Yêu Cầu"), "no personal data: " + status.body());
    assertEquals(404, Http.get(base + "/api/v1/verify/AAAA-BBBB-CCCC").status());

    JsonObject same = check(verifyCode, pdf);
    assertTrue(same.getBoolean("genuine"), same.toString());
    byte[] flipped = pdf.clone();
    flipped[flipped.length / 3] ^= 0x20;
    JsonObject changed = check(verifyCode, flipped);
    assertFalse(changed.getBoolean("genuine"), changed.toString());
    assertFalse(changed.getBoolean("identical"), changed.toString());
    byte[] appended = new byte[pdf.length + 20];
    System.arraycopy(pdf, 0, appended, 0, pdf.length);
    System.arraycopy("\n% added later\n%%EOF\n".getBytes(), 0, appended, pdf.length, 20);
    assertFalse(check(verifyCode, appended).getBoolean("genuine"));
    // without a code, the file's hash finds the copy
    Http.Answer byHash =
        Http.send(
            HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/verify"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
                .build());
    assertEquals(200, byHash.status(), byHash.body());
    assertTrue(byHash.json().getBoolean("genuine"), byHash.body());
  }

  @Test
  @Order(4)
  void aRevokedCopyIsReportedWithItsReason() {
    long id = issuedRequests.get(1);
    String verifyCode = codes.get(1);
    Http.Answer status = Http.get(base + "/api/v1/verify/" + verifyCode);
    assertEquals(200, status.status(), status.body());
    // the requester cannot revoke; a signer of the unit can, with a reason
    assertEquals(404, revoke(A, id, "thử").status());
    assertEquals(422, revoke(SIGNER, id, "").status());
    Http.Answer done = revoke(SIGNER, id, "Cấp nhầm trang, đã cấp lại bản khác");
    assertEquals(200, done.status(), done.body());
    JsonObject after = Http.get(base + "/api/v1/verify/" + codes.get(1)).json();
    String s = after.toString();
    assertTrue(s.contains("REVOKED") && s.contains("Cấp nhầm trang"), s);
  }

  @Test
  @Order(5)
  void whenNothingIsFoundTheRequesterGetsASignedNotice() {
    // an old commune the unit absorbed, as the resident picks it on the form
    String oldCommune = null;
    for (JsonValue v : Http.get(base + "/api/v1/units/" + UNIT).json().getJsonArray("absorbed")) {
      if ("commune".equals(v.asJsonObject().getString("level"))) {
        oldCommune = v.asJsonObject().getString("code");
        break;
      }
    }
    assertTrue(oldCommune != null, "unit " + UNIT + " absorbed a commune");
    Http.Answer s =
        post(
            A,
            "/api/v1/requests",
            Json.createObjectBuilder()
                .add("description", "Giấy khai sinh của tôi, đăng ký khoảng năm 1962 tại phường cũ")
                .add("describedKind", "civil_status")
                .add("oldCommuneCode", oldCommune)
                .add("newUnitCode", UNIT)
                .add("relation", "SELF")
                .add("purpose", "Làm thủ tục hưu trí")
                .build()
                .toString());
    assertEquals(201, s.status(), s.body());
    long id = s.json().getJsonNumber("id").longValue();
    assertEquals(200, act(CLERK, id, "take", null).status());
    // a record-less request cannot be "prepared" as a copy, and "no record" needs the clerk's note
    assertEquals(422, act(CLERK, id, "prepare", Json.createArrayBuilder().add(1)).status());
    Http.Answer noNote =
        post(
            CLERK,
            "/api/v1/requests/" + id + "/actions",
            "{\"action\":\"no-record\",\"version\":" + version(CLERK, id) + "}");
    assertEquals(422, noNote.status(), noNote.body());
    Http.Answer noRecord =
        post(
            CLERK,
            "/api/v1/requests/" + id + "/actions",
            Json.createObjectBuilder()
                .add("action", "no-record")
                .add("version", version(CLERK, id))
                .add("message", "Đã tra sổ đăng ký khai sinh 1960-1965 của Phường An Lạc")
                .build()
                .toString());
    assertEquals(200, noRecord.status(), noRecord.body());
    Http.Answer signed = act(SIGNER, id, "sign", null);
    assertEquals(200, signed.status(), signed.body());
    byte[] pdf =
        Http.sendBytes(
            Http.as(A, PASSWORD, base + "/api/v1/requests/" + id + "/copy").GET().build());
    assertTrue(Pdfs.isPdfA2b(pdf), "the notice is PDF/A-2B");
    assertTrue(Pdfs.pdfsig(pdf).contains("Signature is Valid"));
    String text = java.text.Normalizer.normalize(Pdfs.text(pdf), java.text.Normalizer.Form.NFC);
    assertTrue(text.contains("KHÔNG TÌM THẤY"), text);
    assertEquals(
        404, get(A, "/api/v1/requests/" + id + "/copy.json").status(), "a notice has no sidecar");
    JsonObject status = Http.get(base + "/api/v1/verify/" + signed.json().getString("code")).json();
    assertEquals("VALID", status.getString("status"), status.toString());
    assertTrue(status.getString("kind").contains("không tìm thấy"), status.toString());
  }

  private static Http.Answer revoke(String who, long id, String reason) {
    return post(
        who,
        "/api/v1/requests/" + id + "/actions",
        Json.createObjectBuilder()
            .add("action", "revoke")
            .add("version", 0)
            .add("message", reason)
            .build()
            .toString());
  }

  private static JsonObject check(String code, byte[] file) {
    Http.Answer a =
        Http.send(
            HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/verify/" + code))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build());
    assertEquals(200, a.status(), a.body());
    return a.json();
  }
}
