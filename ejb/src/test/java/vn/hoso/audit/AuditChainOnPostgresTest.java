package vn.hoso.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The audit chain's checks on PostgreSQL, when {@code HOSO_TEST_PG_URL} names one (CI does): a
 * schema of its own per test.
 */
class AuditChainOnPostgresTest extends AuditChainContract {
  @Override
  void newDatabase() throws SQLException {
    String base = System.getenv("HOSO_TEST_PG_URL");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        base != null && !base.isBlank(), "HOSO_TEST_PG_URL not set: PostgreSQL covered by CI");
    user = System.getenv().getOrDefault("HOSO_TEST_PG_USER", "postgres");
    password = System.getenv().getOrDefault("HOSO_TEST_PG_PASSWORD", "");
    String schema = "audit_test_" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(base, user, password);
        java.sql.Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
      s.execute("create schema " + schema);
    }
    url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  String plusOneSecond(String column) {
    return column + " + interval '1 second'";
  }
}
