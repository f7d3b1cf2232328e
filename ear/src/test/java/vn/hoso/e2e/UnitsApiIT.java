package vn.hoso.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The units API of the running server, with the real table loaded into the suite's database. */
@ExtendWith(SuiteServer.class)
class UnitsApiIT {

  private static String base;

  @BeforeAll
  static void server(HosoServer server) {
    base = server.baseUrl() + "/api/v1";
  }

  private static Http.Answer resolve(String address) {
    return Http.get(base + "/units/resolve?address=" + Http.q(address));
  }

  private static List<String> successorCodes(JsonObject answer, int match) {
    return answer.getJsonArray("matches").getJsonObject(match).getJsonArray("successors").stream()
        .map(v -> v.asJsonObject().getString("code"))
        .collect(Collectors.toList());
  }

  @Test
  void healthSaysUpWithTheWholeTable() {
    Http.Answer a = Http.get(base + "/health");
    assertEquals(200, a.status());
    JsonObject units = a.json().getJsonObject("units");
    assertEquals(10_035, units.getInt("oldCommunes"));
    assertEquals(3_321, units.getInt("newCommunes"));
  }

  @Test
  void splitWardListsEveryCandidateWithLegalBasis() {
    Http.Answer a = resolve("P.14, Q.10, TP.HCM");
    assertEquals(200, a.status());
    assertTrue(a.contentType().startsWith("application/json"), a.contentType());
    JsonObject json = a.json();
    assertEquals("SPLIT", json.getString("status"));
    JsonObject first = json.getJsonArray("matches").getJsonObject(0);
    assertEquals("27169", first.getJsonObject("old").getString("code"));
    assertEquals(List.of("27163", "27169"), successorCodes(json, 0).stream().sorted().toList());
    JsonObject successor = first.getJsonArray("successors").getJsonObject(0);
    assertEquals("1685/NQ-UBTVQH15", successor.getString("legalBasis"));
    assertEquals("Thành phố Hồ Chí Minh", successor.getString("province"));
    assertTrue(successor.getBoolean("partial"));
  }

  @Test
  void wholeWardResolvesToOneUnitAlsoWithoutDiacriticsAndInNfd() {
    for (String typed :
        List.of(
            "Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội",
            "phuong hang bac quan hoan kiem ha noi",
            Normalizer.normalize(
                "Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội", Normalizer.Form.NFD),
            "12 Hàng Bạc, P. Hàng Bạc, Q. Hoàn Kiếm, HN")) {
      JsonObject json = resolve(typed).json();
      assertEquals("RESOLVED", json.getString("status"), typed);
      assertEquals(List.of("00070"), successorCodes(json, 0), typed);
      assertEquals(
          "Phường Hoàn Kiếm",
          json.getJsonArray("matches")
              .getJsonObject(0)
              .getJsonArray("successors")
              .getJsonObject(0)
              .getString("name"));
    }
  }

  @Test
  void newUnitListsTheOldUnitsItAbsorbed() {
    Http.Answer a = Http.get(base + "/units/00070");
    assertEquals(200, a.status());
    JsonObject json = a.json();
    assertEquals("Phường Hoàn Kiếm", json.getString("name"));
    assertEquals("1656/NQ-UBTVQH15", json.getString("legalBasis"));
    List<String> absorbed =
        json.getJsonArray("absorbed").stream()
            .map(v -> v.asJsonObject().getString("code"))
            .toList();
    assertTrue(absorbed.contains("00061"), absorbed.toString());
  }

  @Test
  void oldAndNewCodesAreSeparateNamespaces() {
    assertEquals("Phường Ba Đình", Http.get(base + "/units/00004").json().getString("name"));
    JsonObject old = Http.get(base + "/units/00004?era=old").json();
    assertEquals("Phường Trúc Bạch", old.getJsonObject("old").getString("name"));
    assertEquals(
        List.of("00004"),
        old.getJsonArray("successors").stream()
            .map(v -> v.asJsonObject().getString("code"))
            .toList());
  }

  @Test
  void unknownCodeIs404InJson() {
    for (String code : List.of("99999", "abc", "%3Cscript%3E", "0".repeat(200))) {
      Http.Answer a = Http.get(base + "/units/" + code);
      assertEquals(404, a.status(), code);
      assertEquals("not_found", a.json().getString("error"), code);
    }
    assertEquals(400, Http.get(base + "/units/00004?era=medieval").status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n"})
  void emptyAddressIs400WithAClearMessage(String typed) {
    Http.Answer a = resolve(typed);
    assertEquals(400, a.status());
    JsonObject json = a.json();
    assertEquals("invalid_address", json.getString("error"));
    assertEquals("address", json.getString("field"));
    assertFalse(json.getString("message").isBlank());
  }

  @Test
  void missingParameterIs400() {
    assertEquals(400, Http.get(base + "/units/resolve").status());
  }

  @Test
  void tenThousandCharactersIs400() {
    Http.Answer a = resolve("phường 14 ".repeat(1_000));
    assertEquals(400, a.status());
    assertTrue(a.json().getString("message").contains("300"), a.body());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>", "'; DROP TABLE admin_unit; --", "' OR 1=1 --",
            "\u0000\u0007\u001b[31m",
        "Xã Không Có Thật, huyện Ma, tỉnh Ảo", "%%%%", "\uD83D\uDE00\uD83D\uDE00", "ﷺ ﷻ"
      })
  void hostileOrUnknownInputNeverFails(String typed) {
    Http.Answer a = resolve(typed);
    assertTrue(a.status() == 200 || a.status() == 400, a.status() + " " + a.body());
    JsonObject json = a.json();
    if (a.status() == 200) {
      assertTrue(List.of("NOT_FOUND", "INVALID").contains(json.getString("status")), a.body());
      assertEquals(JsonValue.ValueType.ARRAY, json.get("matches").getValueType());
    }
    assertFalse(a.body().contains("Exception"), a.body());
    // the table is still there
    assertEquals(
        "RESOLVED", resolve("Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội").json().getString("status"));
  }
}
