package vn.hoso.shared;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database with the application's migrations, for tests outside the server: H2 in memory
 * always, or a schema of its own on the PostgreSQL that {@code HOSO_TEST_PG_URL} names (CI does;
 * the test is skipped without it).
 */
public record TestDatabase(String url, String user, String password) {

  private static final AtomicInteger COUNT = new AtomicInteger();

  public static TestDatabase h2(String prefix) {
    return migrated(
        new TestDatabase(
            "jdbc:h2:mem:" + prefix + COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  public static TestDatabase postgres(String schemaPrefix) throws SQLException {
    String base = System.getenv("HOSO_TEST_PG_URL");
    Assumptions.assumeTrue(
        base != null && !base.isBlank(), "HOSO_TEST_PG_URL not set: PostgreSQL covered by CI");
    String user = System.getenv().getOrDefault("HOSO_TEST_PG_USER", "postgres");
    String password = System.getenv().getOrDefault("HOSO_TEST_PG_PASSWORD", "");
    String schema = schemaPrefix + COUNT.incrementAndGet();
    try (Connection c = DriverManager.getConnection(base, user, password);
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
      s.execute("create schema " + schema);
    }
    return migrated(
        new TestDatabase(
            base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password));
  }

  /** The database at {@code url} (a file database, say), with the application's migrations. */
  public static TestDatabase migrated(String url, String user, String password) {
    return migrated(new TestDatabase(url, user, password));
  }

  private static TestDatabase migrated(TestDatabase db) {
    Flyway.configure()
        .dataSource(db.url, db.user, db.password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return db;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** JPA on this database with a persistence unit of the test resources. */
  public EntityManagerFactory jpa(String persistenceUnit) {
    return jpa(persistenceUnit, Map.of());
  }

  /** JPA on this database with a persistence unit of the test resources and more properties. */
  public EntityManagerFactory jpa(String persistenceUnit, Map<String, ?> properties) {
    Map<String, Object> p = new HashMap<>(properties);
    p.put("jakarta.persistence.jdbc.url", url);
    p.put("jakarta.persistence.jdbc.user", user);
    p.put("jakarta.persistence.jdbc.password", password);
    return Persistence.createEntityManagerFactory(persistenceUnit, p);
  }
}
