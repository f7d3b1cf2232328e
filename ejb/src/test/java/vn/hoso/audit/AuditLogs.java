package vn.hoso.audit;

import jakarta.persistence.EntityManager;

/** The audit log outside the server, on an entity manager the test holds (its transaction). */
public final class AuditLogs {

  private AuditLogs() {}

  public static AuditLog on(EntityManager em) {
    AuditLog log = new AuditLog();
    log.em = em;
    return log;
  }
}
