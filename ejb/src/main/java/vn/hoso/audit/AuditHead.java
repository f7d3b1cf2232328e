package vn.hoso.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row naming the newest audit entry. Appending locks it, so entries get consecutive numbers
 * and each links to the one truly before it, whatever the number of writers.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

  @Id private int id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected AuditHead() {}

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }

  void advance(AuditEntry e) {
    this.lastSeq = e.getSeq();
    this.lastHash = e.getHash();
  }
}
