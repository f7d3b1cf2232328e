package vn.hoso.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step on a request's timeline, shown to the requester and the clerk alike. */
@Entity
@Table(name = "request_event")
public class RequestEvent {

  /** What happened. */
  public enum Kind {
    SUBMITTED,
    TAKEN,
    RECORD_FOUND,
    INFO_REQUESTED,
    ANSWERED,
    PAID,
    PREPARED,
    NO_RECORD,
    ISSUED,
    REVOKED,
    REJECTED,
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false)
  private long requestId;

  @Column(name = "happened_at", nullable = false)
  private Instant at;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_label", nullable = false)
  private String actorLabel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  private String message;

  protected RequestEvent() {}

  public RequestEvent(
      long requestId, Instant at, Long actorId, String actorLabel, Kind kind, String message) {
    this.requestId = requestId;
    this.at = at;
    this.actorId = actorId;
    this.actorLabel = actorLabel;
    this.kind = kind;
    this.message = message;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
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

  public Kind getKind() {
    return kind;
  }

  public String getMessage() {
    return message;
  }
}
