package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The embedded default on its own server: H2 file database in the server's data directory,
 * reference data loaded on first start, and kept (not loaded again) on a second start.
 */
class DefaultH2SmokeIT {

  @Test
  void startsAnswersAndKeepsItsDataAcrossARestart() {
    HosoServer server = HosoServer.start("default-h2", 200, HosoServer.Database.h2());
    try {
      Http.Answer home = Http.get(server.baseUrl() + "/");
      assertEquals(200, home.status());
      assertTrue(home.body().contains("hoso"), home.body());
      assertTrue(home.body().contains("Tra cứu theo địa chỉ cũ"), "home page speaks Vietnamese");

      Http.Answer resolved =
          Http.get(
              server.baseUrl()
                  + "/api/v1/units/resolve?address="
                  + Http.q("Phường An Lạc, Quận Bình Tân, TP.HCM"));
      assertEquals(200, resolved.status());
      assertEquals(
          "27460",
          resolved
              .json()
              .getJsonArray("matches")
              .getJsonObject(0)
              .getJsonArray("successors")
              .getJsonObject(0)
              .getString("code"));

      String firstLoad =
          Http.get(server.baseUrl() + "/api/v1/health").json().getString("unitsLoadedAt");
      assertTrue(
          server
              .logFile()
              .getParent()
              .getParent()
              .resolve("data/hoso/hoso.mv.db")
              .toFile()
              .isFile(),
          "H2 file database in the server's data directory");

      server = server.restart();
      String secondStart =
          Http.get(server.baseUrl() + "/api/v1/health").json().getString("unitsLoadedAt");
      assertEquals(firstLoad, secondStart, "a second start keeps the data and loads nothing again");
    } finally {
      server.close();
    }
  }
}
