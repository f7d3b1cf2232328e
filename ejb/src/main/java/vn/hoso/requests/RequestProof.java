package vn.hoso.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A proof document the requester uploaded (birth certificate, death certificate, authorisation).
 */
@Entity
@Table(name = "request_proof")
public class RequestProof {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false)
  private long requestId;

  @Column(name = "event_id")
  private Long eventId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "byte_size", nullable = false)
  private long byteSize;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected RequestProof() {}

  RequestProof(long requestId, Long eventId, ProofFiles.Checked f, Instant at) {
    this.requestId = requestId;
    this.eventId = eventId;
    this.fileName = f.fileName();
    this.mediaType = f.mediaType();
    this.sha256 = f.sha256();
    this.byteSize = f.size();
    this.uploadedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public String getSha256() {
    return sha256;
  }

  public long getByteSize() {
    return byteSize;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
