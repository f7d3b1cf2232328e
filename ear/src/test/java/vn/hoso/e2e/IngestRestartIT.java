package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator;

/**
 * The server is killed in the middle of an ingest; after a restart the job resumes by itself and
 * the end state is exactly what an uninterrupted run gives: every page stored once, none missing.
 */
class IngestRestartIT {

  @TempDir Path dir;

  @Test
  void killedMidIngestResumesAndStoresEveryPageOnce() throws Exception {
    HandoverPackageGenerator.Result pkg =
        new HandoverPackageGenerator()
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(31)
                    .withDossiers(8)
                    .withDocuments(2, 2)
                    .withPages(2, 2)
                    .withDefects(HandoverPackageGenerator.Defects.LIGHT)
                    .withPdfShare(0)
                    .withOrigin("commune:00004")
                    .withReceivingUnit("00004")
                    .withZip(true),
                dir);
    HosoServer server = HosoServer.start("restart-h2", 300, HosoServer.Database.h2());
    try {
      Http.Answer accepted = Http.postPackage(server.baseUrl(), pkg.path());
      assertEquals(202, accepted.status(), accepted.body());
      String location = accepted.location();

      // wait until some dossiers are stored but not all, then pull the plug
      JsonObject midway =
          Http.poll(location, r -> r.getJsonObject("counts").getInt("dossiersStored") >= 2);
      assertEquals(
          "STORING", midway.getString("state"), "the ingest must still be running when killed");
      int storedBeforeCrash = midway.getJsonObject("counts").getInt("dossiersStored");
      assertTrue(storedBeforeCrash < pkg.dossiers(), "killed too late to test anything");
      server.crash();

      server = server.restart();
      JsonObject done =
          Http.poll(
              location,
              r ->
                  r.getString("state").equals("COMPLETED")
                      || r.getString("state").equals("FAILED"));
      assertEquals("COMPLETED", done.getString("state"), done.toString());
      JsonObject counts = done.getJsonObject("counts");
      assertEquals(pkg.dossiers(), counts.getInt("dossiersStored"), done.toString());
      assertEquals(pkg.documents(), counts.getInt("documentsStored"), done.toString());
      assertEquals(pkg.pages(), counts.getInt("pagesStored"), done.toString());
      assertEquals(
          pkg.pages(), done.getJsonObject("progress").getInt("pagesDone"), done.toString());
      assertEquals(0, counts.getInt("dossiersRefused"), done.toString());
      // the search index, written after each commit, holds every stored page exactly once
      String check = server.baseUrl() + "/api/v1/admin/search-index/check";
      JsonObject agreement = Http.poll(check, c -> c.getBoolean("agree"));
      assertEquals(pkg.pages(), agreement.getJsonNumber("indexedPages").longValue());
      JsonObject staffView =
          Http.send(Http.asArchivist(server.baseUrl() + "/api/v1/search?size=1").GET().build())
              .json();
      assertEquals(pkg.pages(), staffView.getInt("total"), "staff find every page once");
    } finally {
      server.close();
    }
  }
}
