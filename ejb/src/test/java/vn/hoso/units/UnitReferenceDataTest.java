package vn.hoso.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The shipped tables survive the trip into the database and back unchanged, on the same migrations
 * that the server runs: on H2 always, and on PostgreSQL when {@code HOSO_TEST_PG_URL} names one (CI
 * does).
 */
class UnitReferenceDataTest {

  private static final UnitTables SHIPPED = UnitTables.fromClasspath();

  @Test
  void roundTripOnH2() throws SQLException {
    roundTrip("jdbc:h2:mem:units-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  @Test
  void roundTripOnPostgresWhenConfigured() throws SQLException {
    String url = System.getenv("HOSO_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      System.out.println("HOSO_TEST_PG_URL not set: PostgreSQL round trip covered by CI");
      return;
    }
    String user = System.getenv().getOrDefault("HOSO_TEST_PG_USER", "postgres");
    String password = System.getenv().getOrDefault("HOSO_TEST_PG_PASSWORD", "");
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists units_test cascade");
      s.execute("create schema units_test");
    }
    roundTrip(url + (url.contains("?") ? "&" : "?") + "currentSchema=units_test", user, password);
  }

  private static void roundTrip(String url, String user, String password) throws SQLException {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      int rows = UnitReferenceData.load(c, SHIPPED, "checksum");
      c.commit();
      assertTrue(rows > 24_000, "rows written: " + rows);
      assertEquals("checksum", UnitReferenceData.loadedChecksum(c).orElseThrow());

      UnitTables back = UnitReferenceData.read(c);
      assertEquals(SHIPPED.oldProvinces(), back.oldProvinces());
      assertEquals(SHIPPED.oldDistricts(), back.oldDistricts());
      assertEquals(SHIPPED.oldCommunes(), back.oldCommunes());
      assertEquals(SHIPPED.newProvinces(), back.newProvinces());
      assertEquals(SHIPPED.newCommunes(), back.newCommunes());
      assertEquals(SHIPPED.successions(), back.successions());
      assertEquals(SHIPPED.communeResolutions(), back.communeResolutions());

      // Ten xã of Đồng Nai became phường on 2026-04-30: a second revision with its own validity.
      List<String> revisions = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select revision, name, valid_from, valid_to from admin_unit"
                      + " where namespace = 'NEW' and unit_level = 'COMMUNE' and code = '26248' order by revision")) {
        while (rs.next()) {
          revisions.add(
              rs.getInt(1) + " " + rs.getString(2) + " " + rs.getDate(3) + " " + rs.getDate(4));
        }
      }
      assertEquals(
          List.of("1 Xã Trảng Bom 2025-07-01 2026-04-29", "2 Phường Trảng Bom 2026-04-30 null"),
          revisions);

      // Loading twice is refused by the database itself, so nothing is ever loaded twice.
      assertThrows(SQLException.class, () -> UnitReferenceData.load(c, SHIPPED, "checksum"));
      c.rollback();
    }
  }
}
