package vn.hoso.copies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed file issued for a copy request: a certified copy of a record, or a notice that no record
 * was found. Found by its verification code (printed and in the QR code); the issued bytes are in
 * the blob store under {@link #getFileSha256()}, so anyone's file can be compared with them.
 */
@Entity
@Table(name = "certified_copy")
public class CertifiedCopy {

  /** What was issued. */
  public enum Kind {
    REGISTER_COPY,
    ARCHIVE_COPY,
    NO_RECORD;

    static Kind of(CopyKind k) {
      return k == CopyKind.REGISTER_COPY ? REGISTER_COPY : ARCHIVE_COPY;
    }

    /** The title printed on the document and shown on the verification page. */
    public String title() {
      return switch (this) {
        case REGISTER_COPY -> CopyKind.REGISTER_COPY.title();
        case ARCHIVE_COPY -> CopyKind.ARCHIVE_COPY.title();
        case NO_RECORD -> "Thông báo không tìm thấy tài liệu";
      };
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false)
  private long requestId;

  @Column(nullable = false)
  private String code;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "issuing_unit", nullable = false)
  private String issuingUnit;

  @Column(name = "origin_unit")
  private String originUnit;

  @Column(name = "register_no", nullable = false)
  private int registerNo;

  @Column(name = "register_year", nullable = false)
  private int registerYear;

  @Column(name = "page_count", nullable = false)
  private int pageCount;

  @Column(name = "prepared_by", nullable = false)
  private long preparedBy;

  @Column(name = "signed_by", nullable = false)
  private long signedBy;

  @Column(name = "signer_name", nullable = false)
  private String signerName;

  @Column(name = "signer_title", nullable = false)
  private String signerTitle;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "file_sha256", nullable = false)
  private String fileSha256;

  @Column(name = "file_size", nullable = false)
  private long fileSize;

  @Column(name = "sidecar_sha256")
  private String sidecarSha256;

  @Column(name = "certificate_sha256", nullable = false)
  private String certificateSha256;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private Long revokedBy;

  @Column(name = "revoke_reason")
  private String revokeReason;

  protected CertifiedCopy() {}

  /** What the issuing step knows when the signed file is stored. */
  record Issue(
      long requestId,
      String code,
      Kind kind,
      String issuingUnit,
      String originUnit,
      int registerNo,
      int registerYear,
      int pageCount,
      long preparedBy,
      long signedBy,
      String signerName,
      String signerTitle,
      Instant issuedAt,
      String fileSha256,
      long fileSize,
      String sidecarSha256,
      String certificateSha256) {}

  CertifiedCopy(Issue i) {
    requestId = i.requestId();
    code = i.code();
    kind = i.kind();
    issuingUnit = i.issuingUnit();
    originUnit = i.originUnit();
    registerNo = i.registerNo();
    registerYear = i.registerYear();
    pageCount = i.pageCount();
    preparedBy = i.preparedBy();
    signedBy = i.signedBy();
    signerName = i.signerName();
    signerTitle = i.signerTitle();
    issuedAt = i.issuedAt();
    fileSha256 = i.fileSha256();
    fileSize = i.fileSize();
    sidecarSha256 = i.sidecarSha256();
    certificateSha256 = i.certificateSha256();
  }

  void revoke(long by, Instant at, String reason) {
    if (revokedAt != null) {
      throw new IllegalStateException("already revoked");
    }
    revokedBy = by;
    revokedAt = at;
    revokeReason = reason;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  /** "Số 12/2026" as the register has it. */
  public String getRegisterLabel() {
    return registerNo + "/" + registerYear;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public String getCode() {
    return code;
  }

  public Kind getKind() {
    return kind;
  }

  public String getIssuingUnit() {
    return issuingUnit;
  }

  public String getOriginUnit() {
    return originUnit;
  }

  public int getRegisterNo() {
    return registerNo;
  }

  public int getRegisterYear() {
    return registerYear;
  }

  public int getPageCount() {
    return pageCount;
  }

  public long getPreparedBy() {
    return preparedBy;
  }

  public long getSignedBy() {
    return signedBy;
  }

  public String getSignerName() {
    return signerName;
  }

  public String getSignerTitle() {
    return signerTitle;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public long getFileSize() {
    return fileSize;
  }

  public String getSidecarSha256() {
    return sidecarSha256;
  }

  public String getCertificateSha256() {
    return certificateSha256;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Long getRevokedBy() {
    return revokedBy;
  }

  public String getRevokeReason() {
    return revokeReason;
  }
}
