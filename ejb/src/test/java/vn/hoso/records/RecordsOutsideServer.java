package vn.hoso.records;

import jakarta.persistence.EntityManager;
import vn.hoso.audit.AuditLog;
import vn.hoso.search.PendingReindex;

/**
 * The records services outside the server, wired by hand as the container wires them; the test
 * holds the transaction.
 */
public final class RecordsOutsideServer {

  private RecordsOutsideServer() {}

  public static DocumentRevisions revisions(
      EntityManager em, AuditLog audit, PendingReindex pending) {
    DocumentRevisions r = new DocumentRevisions();
    r.em = em;
    r.audit = audit;
    r.pending = pending;
    return r;
  }
}
