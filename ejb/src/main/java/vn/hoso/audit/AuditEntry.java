package vn.hoso.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit log (nhật ký). Written once, never updated: the row's own hash covers its
 * content and the previous row's hash, so a changed byte or a removed row breaks the chain (see
 * {@link AuditChain}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id private long seq;

  @Column(name = "happened_at", nullable = false)
  private Instant at;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_label", nullable = false)
  private String actorLabel;

  @Column(nullable = false)
  private String action;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_id")
  private String targetId;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "subject_id")
  private Long subjectId;

  @Column(name = "request_ref")
  private String requestRef;

  private String details;

  @Column(name = "prev_hash", nullable = false)
  private String prevHash;

  @Column(nullable = false)
  private String hash;

  protected AuditEntry() {}

  AuditEntry(long seq, Instant at, AuditEvent e, String prevHash) {
    this.seq = seq;
    this.at = at;
    this.actorId = e.actorId();
    this.actorLabel = e.actorLabel();
    this.action = e.action();
    this.targetType = e.targetType();
    this.targetId = e.targetId();
    this.unitCode = e.unitCode();
    this.subjectId = e.subjectId();
    this.requestRef = e.requestRef();
    this.details = e.details();
    this.prevHash = prevHash;
    this.hash = AuditChain.hash(prevHash, AuditChain.canonical(this));
  }

  public long getSeq() {
    return seq;
  }

  public Instant getAt() {
    return at;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorLabel() {
    return actorLabel;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public String getRequestRef() {
    return requestRef;
  }

  public String getDetails() {
    return details;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
