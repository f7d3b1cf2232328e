package vn.hoso.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoso.shared.TestDatabase;

/**
 * The audit log's hash chain on a real database (H2, and PostgreSQL in CI; the application's own
 * migrations): entries are written by {@link AuditLog#append} and then altered or removed behind
 * its back with SQL, as someone with database access would; {@link AuditLog#verify} must name the
 * entry.
 */
abstract class AuditChainContract {

  TestDatabase db;
  private EntityManagerFactory emf;

  /** A new empty database with the migrations applied. */
  abstract TestDatabase newDatabase() throws SQLException;

  /** SQL that moves a timestamp column by one second. */
  abstract String plusOneSecond(String column);

  @BeforeEach
  void database() throws SQLException {
    db = newDatabase();
    emf = db.jpa("hoso-audit-test");
  }

  @AfterEach
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  private void append(int n, String tag) {
    for (int i = 1; i <= n; i++) {
      EntityManager em = emf.createEntityManager();
      AuditLog log = new AuditLog();
      log.em = em;
      em.getTransaction().begin();
      log.append(
          new AuditEvent(
              7L,
              "Trần Thị Bình",
              AuditActions.REQUEST_VIEWED,
              "REQUEST",
              Integer.toString(i),
              "26734",
              42L,
              "HS-2026-00000" + i,
              tag + " xem hồ sơ yêu cầu số " + i));
      em.getTransaction().commit();
      em.close();
    }
  }

  private AuditChain.Verdict verify() {
    EntityManager em = emf.createEntityManager();
    try {
      AuditLog log = new AuditLog();
      log.em = em;
      em.getTransaction().begin();
      AuditChain.Verdict v = log.verify();
      em.getTransaction().commit();
      return v;
    } finally {
      em.close();
    }
  }

  private int sql(String statement, Object... params) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    }
  }

  private String details(long seq) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement("select details from audit_entry where seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  @Test
  void anUntouchedChainIsIntact() {
    append(40, "đúng");
    AuditChain.Verdict v = verify();
    assertTrue(v.intact(), v.problem());
    assertEquals(40, v.checked());
    assertNull(v.brokenAt());
  }

  @Test
  void anEmptyLogIsIntact() {
    assertTrue(verify().intact());
  }

  @Test
  void oneChangedCharacterIsReportedAtThatEntry() throws SQLException {
    append(40, "đúng");
    String d = details(17);
    // one character of the text: "số 17" becomes "số 18"
    String changed = d.substring(0, d.length() - 1) + "8";
    assertNotEquals(d, changed);
    assertEquals(1, sql("update audit_entry set details = ? where seq = 17", changed));
    AuditChain.Verdict v = verify();
    assertFalse(v.intact());
    assertEquals(17L, v.brokenAt());
    assertEquals(16, v.checked());
    assertTrue(v.problem().contains("đã bị sửa"), v.problem());
  }

  @Test
  void aChangedActorIsReported() throws SQLException {
    append(10, "đúng");
    sql("update audit_entry set actor_label = 'Người khác' where seq = 3");
    assertEquals(3L, verify().brokenAt());
  }

  @Test
  void aChangedTimestampIsReported() throws SQLException {
    append(10, "đúng");
    sql("update audit_entry set happened_at = " + plusOneSecond("happened_at") + " where seq = 6");
    assertEquals(6L, verify().brokenAt());
  }

  @Test
  void aRemovedEntryIsReported() throws SQLException {
    append(40, "đúng");
    assertEquals(1, sql("delete from audit_entry where seq = 23"));
    AuditChain.Verdict v = verify();
    assertFalse(v.intact());
    assertEquals(23L, v.brokenAt());
    assertTrue(v.problem().contains("đã bị xóa"), v.problem());
  }

  @Test
  void removingTheNewestEntriesIsReported() throws SQLException {
    append(20, "đúng");
    sql("delete from audit_entry where seq >= 19");
    AuditChain.Verdict v = verify();
    assertFalse(v.intact());
    assertEquals(19L, v.brokenAt());
  }

  @Test
  void anEntryRewrittenWithItsHashRecomputedBreaksTheLinkToTheNext() throws SQLException {
    append(20, "đúng");
    // someone who knows the scheme rewrites entry 9 and recomputes its own hash
    sql("update audit_entry set details = 'không có gì' where seq = 9");
    EntityManager em = emf.createEntityManager();
    AuditEntry e9 = em.find(AuditEntry.class, 9L);
    String forged = AuditChain.hash(e9.getPrevHash(), AuditChain.canonical(e9));
    em.close();
    sql("update audit_entry set hash = ? where seq = 9", forged);
    AuditChain.Verdict v = verify();
    assertFalse(v.intact());
    assertEquals(10L, v.brokenAt(), v.problem());
  }

  @Test
  void concurrentWritersGetConsecutiveLinkedEntries() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> all = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      all.add(pool.submit(() -> append(25, "luồng " + thread)));
    }
    for (Future<?> f : all) {
      f.get();
    }
    pool.shutdown();
    AuditChain.Verdict v = verify();
    assertTrue(v.intact(), v.problem());
    assertEquals(100, v.checked());
  }

  @Test
  void fieldsCannotBeShiftedIntoEachOther() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    AuditEntry a =
        new AuditEntry(
            1,
            at,
            new AuditEvent(1L, "a|b", "X", null, null, null, null, null, "c"),
            AuditChain.GENESIS);
    AuditEntry b =
        new AuditEntry(
            1,
            at,
            new AuditEvent(1L, "a", "X", null, null, null, null, null, "b|c"),
            AuditChain.GENESIS);
    assertNotEquals(a.getHash(), b.getHash());
  }
}
