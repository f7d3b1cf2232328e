package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator;
import vn.hoso.signing.Pdfsig;

/**
 * A generated handover package goes through the API: received, checked, OCR'd, stored, reported.
 */
@ExtendWith(SuiteServer.class)
class HandoversApiIT {

  private static String api;
  private static String baseUrl;

  @TempDir static Path dir;

  @BeforeAll
  static void server(HosoServer server) {
    baseUrl = server.baseUrl();
    api = baseUrl + "/api/v1";
  }

  static HandoverPackageGenerator.Result generate(long seed, String externalIdSuffix)
      throws IOException {
    HandoverPackageGenerator.Options o =
        HandoverPackageGenerator.Options.defaults()
            .withSeed(seed)
            .withDossiers(2)
            .withDocuments(1, 2)
            .withPages(1, 2)
            .withDefects(HandoverPackageGenerator.Defects.LIGHT)
            .withOrigin("commune:27169")
            .withReceivingUnit("27169")
            .withZip(true);
    return new HandoverPackageGenerator()
        .generate(o, dir.resolve("gen-" + seed + externalIdSuffix));
  }

  static Http.Answer post(Path zip) throws IOException {
    return Http.postPackage(baseUrl, zip);
  }

  static JsonObject awaitFinished(String location) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
    while (Instant.now().isBefore(deadline)) {
      JsonObject report = Http.send(Http.asArchivist(location).GET().build()).json();
      if (List.of("COMPLETED", "REFUSED", "FAILED").contains(report.getString("state"))) {
        return report;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("handover not finished in time: " + location);
  }

  @Test
  void packageIsStoredWithCountsAndASecondCopyIsRefused() throws IOException, InterruptedException {
    HandoverPackageGenerator.Result pkg = generate(11, "");
    Http.Answer accepted = post(pkg.path());
    assertEquals(202, accepted.status(), accepted.body());
    assertNotNull(accepted.location());
    JsonObject report = awaitFinished(accepted.location());
    assertEquals("COMPLETED", report.getString("state"), report.toString());
    JsonObject counts = report.getJsonObject("counts");
    assertEquals(pkg.dossiers(), counts.getInt("dossiersStored"), report.toString());
    assertEquals(pkg.documents(), counts.getInt("documentsStored"), report.toString());
    assertEquals(pkg.pages(), counts.getInt("pagesStored"), report.toString());
    assertEquals(0, counts.getInt("dossiersRefused"), report.toString());
    assertEquals(pkg.pages(), report.getJsonObject("progress").getInt("pagesDone"));
    assertEquals(64, report.getString("manifestSha256").length());
    assertEquals(pkg.externalIdentifier(), report.getString("externalId"));

    // the receipt: PDF/A-2B by veraPDF, Vietnamese text with the manifest's digest
    assertTrue(report.getBoolean("receipt"), report.toString());
    byte[] pdf = Http.sendBytes(Http.asArchivist(accepted.location() + "/receipt").GET().build());
    assertTrue(Pdfs.isPdfA2b(pdf), "the receipt is PDF/A-2B");
    String signature = Pdfsig.check(pdf);
    assertTrue(Pdfsig.allValid(signature, 1), "the receipt is signed: " + signature);
    String text = Pdfs.text(pdf);
    assertTrue(text.contains("BIÊN BẢN GIAO NHẬN"), text);
    assertTrue(text.contains(report.getString("manifestSha256")), text);
    assertTrue(text.contains("Phường 14, Quận 10"), text);
    Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(Path.of("target", "screenshots", "handover-receipt.pdf"), pdf);

    // the same package again: refused as a duplicate, nothing more stored
    JsonObject again = awaitFinished(post(pkg.path()).location());
    assertEquals("REFUSED", again.getString("state"), again.toString());
    assertEquals(
        "package.duplicate", again.getJsonArray("problems").getJsonObject(0).getString("code"));
    assertEquals(0, again.getJsonObject("counts").getInt("pagesStored"));
  }

  @Test
  void brokenPackagesAreRefusedWithTheReason() throws IOException {
    Path garbage = Files.writeString(dir.resolve("garbage.zip"), "this is not a zip");
    JsonObject report = awaitFinished(post(garbage).location());
    assertEquals("REFUSED", report.getString("state"));
    String problem = report.getJsonArray("problems").getJsonObject(0).getString("message");
    assertTrue(problem.contains("zip"), problem);

    // a payload file changed after bagging: the checksum no longer matches, the whole package is
    // refused
    HandoverPackageGenerator.Result pkg = generate(12, "-tampered");
    Path bagZip = pkg.path();
    Path tampered = dir.resolve("tampered.zip");
    ZipEdit.replaceFirstPayloadByte(bagZip, tampered);
    JsonObject refused = awaitFinished(post(tampered).location());
    assertEquals("REFUSED", refused.getString("state"), refused.toString());
    assertEquals(0, refused.getJsonObject("counts").getInt("pagesStored"));
    assertTrue(
        refused.getJsonArray("problems").getJsonObject(0).getString("code").startsWith("bag."),
        refused.toString());
  }

  @Test
  void staffCredentialsAreRequired() {
    Http.Answer anonymous = Http.get(api + "/handovers");
    assertEquals(401, anonymous.status());
    Http.Answer wrong =
        Http.send(
            HttpRequest.newBuilder(URI.create(api + "/handovers"))
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                "archivist:wrong"
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET()
                .build());
    assertEquals(401, wrong.status());
    assertEquals(
        404, Http.send(Http.asArchivist(api + "/handovers/999999").GET().build()).status());
  }
}
