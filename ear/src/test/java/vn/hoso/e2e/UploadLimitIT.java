package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator;

/**
 * A package over the upload limit (set low on this server) is refused with 413 and a message that
 * says what to do; nothing of it is kept, no handover is created, and a package within the limit is
 * still received.
 */
class UploadLimitIT {

  private static final long LIMIT = 1_000_000;

  @TempDir Path dir;

  private HandoverPackageGenerator.Result generate(long seed, int dossiers, int pages)
      throws Exception {
    return new HandoverPackageGenerator()
        .generate(
            HandoverPackageGenerator.Options.defaults()
                .withSeed(seed)
                .withDossiers(dossiers)
                .withDocuments(1, 1)
                .withPages(pages, pages)
                .withPdfShare(0)
                .withImageFormats("jpg")
                .withDefects(HandoverPackageGenerator.Defects.LIGHT)
                .withOrigin("commune:27169")
                .withReceivingUnit("27169")
                .withZip(true),
            dir.resolve("p" + seed));
  }

  @Test
  void overTheLimitIsRefusedWithNothingKept() throws Exception {
    HandoverPackageGenerator.Result big = generate(61, 8, 2);
    HandoverPackageGenerator.Result small = generate(62, 1, 1);
    assertTrue(Files.size(big.path()) > LIMIT, "big: " + Files.size(big.path()));
    assertTrue(Files.size(small.path()) < LIMIT, "small: " + Files.size(small.path()));
    try (HosoServer server =
        HosoServer.start(
            "limit-h2",
            600,
            HosoServer.Database.h2(),
            List.of("-Dhoso.upload.maxBytes=" + LIMIT))) {
      Http.Answer refused = Http.postPackage(server.baseUrl(), big.path());
      assertEquals(413, refused.status(), refused.body());
      JsonObject error = refused.json();
      assertEquals("package_too_large", error.getString("error"), error.toString());
      assertTrue(error.getString("message").contains("Split"), error.toString());

      JsonObject list =
          Http.send(Http.asArchivist(server.baseUrl() + "/api/v1/handovers").GET().build()).json();
      assertEquals(0, list.getJsonNumber("total").longValue(), "no handover created: " + list);
      Path incoming = server.dataDir().resolve("hoso/work/incoming");
      if (Files.isDirectory(incoming)) {
        try (Stream<Path> left = Files.list(incoming)) {
          assertEquals(List.of(), left.toList(), "no partial upload left behind");
        }
      }

      Http.Answer accepted = Http.postPackage(server.baseUrl(), small.path());
      assertEquals(202, accepted.status(), accepted.body());
    }
  }
}
