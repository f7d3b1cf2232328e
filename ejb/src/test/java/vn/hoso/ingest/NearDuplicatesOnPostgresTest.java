package vn.hoso.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.hoso.shared.TestDatabase;

/**
 * The near-duplicate search on PostgreSQL, when {@code HOSO_TEST_PG_URL} names one (CI does): a
 * schema of its own.
 */
class NearDuplicatesOnPostgresTest extends NearDuplicatesContract {

  @Override
  TestDatabase newDatabase() throws SQLException {
    return TestDatabase.postgres("neardup_test_");
  }

  /**
   * The plan with sequential scans priced out: on a test's few rows PostgreSQL rightly prefers to
   * read the table, so what is checked is that the query can be answered from the indexes.
   */
  @Override
  String plan(Connection c, String sql, Object... values) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("set enable_seqscan = off");
      StringBuilder plan = new StringBuilder();
      try (ResultSet r = s.executeQuery("explain " + withValues(sql, values))) {
        while (r.next()) {
          plan.append(r.getString(1)).append('\n');
        }
      } finally {
        s.execute("reset enable_seqscan");
      }
      return plan.toString();
    }
  }

  @Override
  boolean scansATable(String plan) {
    return plan.contains("Seq Scan");
  }

  /** An index scan, index-only scan or bitmap index scan of the index; no sequential scan. */
  @Override
  boolean reads(String plan, String index) {
    String name = index.equals("page_text_band") ? "pk_page_text_band" : index;
    return !plan.contains("Seq Scan")
        && (plan.contains("Index Scan on " + name + " ") || plan.contains(" using " + name + " "));
  }
}
