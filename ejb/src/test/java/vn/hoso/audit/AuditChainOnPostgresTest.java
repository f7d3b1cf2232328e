package vn.hoso.audit;

import java.sql.SQLException;
import vn.hoso.shared.TestDatabase;

/**
 * The audit chain's checks on PostgreSQL, when {@code HOSO_TEST_PG_URL} names one (CI does): a
 * schema of its own per test.
 */
class AuditChainOnPostgresTest extends AuditChainContract {
  @Override
  TestDatabase newDatabase() throws SQLException {
    return TestDatabase.postgres("audit_test_");
  }

  @Override
  String plusOneSecond(String column) {
    return column + " + interval '1 second'";
  }
}
