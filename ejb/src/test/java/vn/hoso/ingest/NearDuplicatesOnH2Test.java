package vn.hoso.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.hoso.shared.TestDatabase;

/** The near-duplicate search on H2 in memory: always run. */
class NearDuplicatesOnH2Test extends NearDuplicatesContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2("neardup");
  }

  @Override
  String plan(Connection c, String sql, Object... values) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("explain " + withValues(sql, values))) {
      r.next();
      return r.getString(1);
    }
  }

  /**
   * H2 names the index it reads in a comment with the condition it looks up, {@code /*
   * PUBLIC.IX_PAGE_PHASH_B0: PHASH_B0 = 1 *&#47;}; a primary key shows as {@code PRIMARY_KEY_…}.
   */
  @Override
  boolean reads(String plan, String index) {
    String p = plan.toLowerCase(java.util.Locale.ROOT);
    if (index.equals("page_text_band")) {
      return p.contains("from \"public\".\"page_text_band\"\n    /* public.primary_key_")
          && p.contains(": band_key = ");
    }
    return p.contains("/* public." + index + ": ");
  }

  /**
   * A table read whole shows {@code tableScan}, or an index without a condition. (H2 does not show
   * the plans of a derived table's queries: {@link #reads} looks at one of them alone.)
   */
  @Override
  boolean scansATable(String plan) {
    String p = plan.toLowerCase(java.util.Locale.ROOT);
    return p.contains("tablescan") || p.matches("(?s).*/\\* public\\.[a-z0-9_]+ \\*/.*");
  }
}
