package vn.hoso.copies;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoso.accounts.Account;
import vn.hoso.accounts.Actor;
import vn.hoso.accounts.Role;
import vn.hoso.audit.AuditActions;
import vn.hoso.audit.AuditEvent;
import vn.hoso.audit.AuditLog;
import vn.hoso.requests.CopyRequest;
import vn.hoso.requests.RequestEvent;
import vn.hoso.requests.RequestState;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.shared.Mailer;
import vn.hoso.shared.PortalUrl;
import vn.hoso.shared.Text;
import vn.hoso.storage.BlobStore;
import vn.hoso.units.UnitDirectory;

/**
 * Issued copies after signing: the public verification (by code, and of a file someone holds), the
 * requester's and the unit's downloads (each audited), revocation, and the signer's lists. Public
 * answers carry no personal data: what was issued, by whom, when, and its hash.
 */
@Stateless
public class CopyRegistry {

  /** Largest file the verification page examines. */
  public static final int MAX_UPLOAD = 30 * 1024 * 1024;

  static final int MAX_REASON = 1000;

  @PersistenceContext EntityManager em;
  @EJB AuditLog audit;
  @EJB UnitDirectory units;
  @EJB Mailer mailer;
  @Inject BlobStore blobs;

  /** What anyone may know about an issued copy. */
  public record PublicStatus(
      String code,
      boolean revoked,
      String kindTitle,
      String issuingUnit,
      String issuingUnitName,
      String registerLabel,
      Instant issuedAt,
      int pageCount,
      String sha256,
      long size,
      Instant revokedAt,
      String revokeReason) {

    public String groupedCode() {
      return VerificationCodes.grouped(code);
    }
  }

  /** A file compared with the copy its code names. */
  public record FileCheck(PublicStatus status, CopyVerifier.Verdict verdict) {
    /** Genuine and still valid. */
    public boolean valid() {
      return verdict.genuine() && !status.revoked();
    }
  }

  public Optional<PublicStatus> status(String typedCode) {
    return VerificationCodes.parse(typedCode).flatMap(this::byCode).map(this::publicStatus);
  }

  /**
   * Compares a file with the issued copy of {@code typedCode}; without a code, the file's hash
   * finds the copy if it is one we issued.
   */
  public Optional<FileCheck> check(String typedCode, byte[] file) {
    Optional<CertifiedCopy> copy =
        typedCode == null || typedCode.isBlank()
            ? bySha(BlobStore.sha256Hex(file))
            : VerificationCodes.parse(typedCode).flatMap(this::byCode);
    if (copy.isEmpty()) {
      return Optional.empty();
    }
    CertifiedCopy c = copy.get();
    CopyVerifier.Verdict v =
        CopyVerifier.examine(file, c.getFileSha256(), c.getCertificateSha256());
    return Optional.of(new FileCheck(publicStatus(c), v));
  }

  private Optional<CertifiedCopy> byCode(String code) {
    return em.createQuery("select c from CertifiedCopy c where c.code = :c", CertifiedCopy.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  private Optional<CertifiedCopy> bySha(String sha) {
    return em.createQuery(
            "select c from CertifiedCopy c where c.fileSha256 = :s", CertifiedCopy.class)
        .setParameter("s", sha)
        .getResultStream()
        .findFirst();
  }

  private PublicStatus publicStatus(CertifiedCopy c) {
    return new PublicStatus(
        c.getCode(),
        c.isRevoked(),
        c.getKind().title(),
        c.getIssuingUnit(),
        units
            .newUnit(c.getIssuingUnit())
            .map(v -> v.unit().name() + ", " + v.province().name())
            .orElse(c.getIssuingUnit()),
        c.getRegisterLabel(),
        c.getIssuedAt(),
        c.getPageCount(),
        c.getFileSha256(),
        c.getFileSize(),
        c.getRevokedAt(),
        c.getRevokeReason());
  }

  // ---- the requester's and the unit's access ---------------------------------------------------

  /** The copy issued for a request, for its requester or the unit's staff; empty if none yet. */
  public Optional<PublicStatus> forRequest(long requestId, Actor actor) {
    CopyRequest r = requestFor(requestId, actor);
    return copyOf(r.getId()).map(this::publicStatus);
  }

  /** A file to send: the signed PDF or its JSON sidecar. */
  public record Download(String fileName, String mediaType, String sha256, long size) {}

  /**
   * Lets the requester (or staff of the issuing unit) download the issued file; audited. Anyone
   * else gets "not found", as if the request did not exist.
   */
  public Download download(long requestId, boolean sidecar, Actor actor) {
    CopyRequest r = requestFor(requestId, actor);
    CertifiedCopy c = copyOf(r.getId()).orElseThrow(Forbidden::notFound);
    if (sidecar && c.getSidecarSha256() == null) {
      throw Forbidden.notFound();
    }
    audit.append(
        new AuditEvent(
            actor.accountId(),
            actor.name(),
            AuditActions.COPY_DOWNLOADED,
            "COPY",
            c.getId().toString(),
            c.getIssuingUnit(),
            r.getRequesterId(),
            r.getReference(),
            (sidecar ? "tệp JSON kèm theo" : "bản sao PDF") + " mã " + c.getCode()));
    String base = "ban-sao-" + r.getReference() + "-" + c.getCode();
    return sidecar
        ? new Download(base + ".json", "application/json", c.getSidecarSha256(), -1)
        : new Download(base + ".pdf", "application/pdf", c.getFileSha256(), c.getFileSize());
  }

  private CopyRequest requestFor(long requestId, Actor actor) {
    CopyRequest r = em.find(CopyRequest.class, requestId);
    if (r == null || actor == null) {
      throw Forbidden.notFound();
    }
    boolean requester = !actor.isStaff() && r.getRequesterId() == actor.accountId();
    boolean staff = actor.isStaff() && actor.actsFor(r.getHoldingUnit());
    if (!requester && !staff) {
      throw Forbidden.notFound();
    }
    return r;
  }

  private Optional<CertifiedCopy> copyOf(long requestId) {
    return em.createQuery(
            "select c from CertifiedCopy c where c.requestId = :r", CertifiedCopy.class)
        .setParameter("r", requestId)
        .getResultStream()
        .findFirst();
  }

  // ---- revocation ------------------------------------------------------------------------------

  /**
   * Revokes an issued copy: a signer or an admin of the issuing unit, with the reason the
   * verification page will show. The requester is told by mail.
   */
  public void revoke(String typedCode, String reason, Actor actor) {
    CertifiedCopy c =
        VerificationCodes.parse(typedCode).flatMap(this::byCode).orElseThrow(Forbidden::notFound);
    if (actor == null || !actor.isStaff() || !actor.actsFor(c.getIssuingUnit())) {
      throw Forbidden.notFound();
    }
    if (!actor.has(Role.SIGNER) && !actor.has(Role.ADMIN)) {
      throw Forbidden.because("Chỉ lãnh đạo ký duyệt hoặc quản trị của đơn vị mới thu hồi được.");
    }
    String why = Text.clean(reason);
    if (why == null) {
      throw InvalidInput.of(
          "reason", "Hãy ghi lý do thu hồi: người kiểm tra bản sao sẽ đọc lý do này.");
    }
    if (Text.tooLong(why, MAX_REASON)) {
      throw InvalidInput.of("reason", "Lý do dài quá " + MAX_REASON + " ký tự.");
    }
    if (c.isRevoked()) {
      throw InvalidInput.of("reason", "Bản sao này đã bị thu hồi trước đó.");
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    c.revoke(actor.accountId(), now, why);
    CopyRequest r = em.find(CopyRequest.class, c.getRequestId());
    em.persist(
        new RequestEvent(
            r.getId(), now, actor.accountId(), actor.name(), RequestEvent.Kind.REVOKED, why));
    audit.append(
        new AuditEvent(
            actor.accountId(),
            actor.name(),
            AuditActions.COPY_REVOKED,
            "COPY",
            c.getId().toString(),
            c.getIssuingUnit(),
            r.getRequesterId(),
            r.getReference(),
            "mã " + c.getCode() + " — " + why));
    Account requester = em.find(Account.class, r.getRequesterId());
    mailer.sendAfterCommit(
        requester.getEmail(),
        "hoso: bản sao của yêu cầu " + r.getReference() + " đã bị thu hồi",
        "Chào "
            + requester.getFullName()
            + ",\n\nBản sao mã "
            + VerificationCodes.grouped(c.getCode())
            + " đã bị thu hồi. Lý do: "
            + why
            + "\nBản sao này không còn giá trị sử dụng. Nếu cần, hãy liên hệ đơn vị hoặc gửi yêu cầu"
            + " mới.\n\nXem chi tiết: "
            + PortalUrl.base()
            + "/requests/request.xhtml?id="
            + r.getId()
            + "\n");
  }

  // ---- the signer's lists ----------------------------------------------------------------------

  /** A prepared request waiting for a signature. */
  public record Waiting(
      long requestId,
      int version,
      String reference,
      String holdingUnit,
      CopyRequest.Outcome outcome,
      String preparedPages,
      Instant preparedAt,
      long preparedBy,
      String preparerName,
      Instant dueAt,
      boolean ownPreparation) {}

  /** Prepared requests of the signer's units, oldest first. */
  public List<Waiting> awaitingSignature(Actor signer, int first, int max) {
    requireSigner(signer);
    TypedQuery<Object[]> q =
        em.createQuery(
            "select r, a.fullName from CopyRequest r, Account a where a.id = r.preparedBy"
                + " and r.state = :s"
                + unitFilter(signer)
                + " order by r.dueAt, r.id",
            Object[].class);
    q.setParameter("s", RequestState.PREPARED);
    if (!signer.units().contains(Actor.ALL_UNITS)) {
      q.setParameter("units", signer.units());
    }
    List<Waiting> out = new ArrayList<>();
    for (Object[] row : q.setFirstResult(first).setMaxResults(max).getResultList()) {
      CopyRequest r = (CopyRequest) row[0];
      out.add(
          new Waiting(
              r.getId(),
              r.getVersion(),
              r.getReference(),
              r.getHoldingUnit(),
              r.getOutcome(),
              r.getPreparedPages(),
              r.getPreparedAt(),
              r.getPreparedBy(),
              (String) row[1],
              r.getDueAt(),
              r.getPreparedBy() == signer.accountId()));
    }
    return out;
  }

  public long awaitingCount(Actor signer) {
    requireSigner(signer);
    TypedQuery<Long> q =
        em.createQuery(
            "select count(r) from CopyRequest r where r.state = :s" + unitFilter(signer),
            Long.class);
    q.setParameter("s", RequestState.PREPARED);
    if (!signer.units().contains(Actor.ALL_UNITS)) {
      q.setParameter("units", signer.units());
    }
    return q.getSingleResult();
  }

  /** An issued copy in the unit's list. */
  public record IssuedRow(
      long requestId,
      String reference,
      String code,
      String kindTitle,
      String registerLabel,
      Instant issuedAt,
      String signerName,
      boolean revoked,
      String revokeReason) {
    public String groupedCode() {
      return VerificationCodes.grouped(code);
    }
  }

  /** The latest copies issued by the actor's units, newest first. */
  public List<IssuedRow> issued(Actor staff, int first, int max) {
    if (staff == null || !staff.isStaff() || !(staff.has(Role.SIGNER) || staff.has(Role.ADMIN))) {
      throw Forbidden.because("Danh sách bản sao đã cấp dành cho lãnh đạo ký duyệt và quản trị.");
    }
    String where = staff.units().contains(Actor.ALL_UNITS) ? "" : " and c.issuingUnit in :units";
    TypedQuery<Object[]> q =
        em.createQuery(
            "select c, r.reference from CertifiedCopy c, CopyRequest r where r.id = c.requestId"
                + where
                + " order by c.issuedAt desc, c.id desc",
            Object[].class);
    if (!where.isEmpty()) {
      q.setParameter("units", staff.units());
    }
    List<IssuedRow> out = new ArrayList<>();
    for (Object[] row : q.setFirstResult(first).setMaxResults(max).getResultList()) {
      CertifiedCopy c = (CertifiedCopy) row[0];
      out.add(
          new IssuedRow(
              c.getRequestId(),
              (String) row[1],
              c.getCode(),
              c.getKind().title(),
              c.getRegisterLabel(),
              c.getIssuedAt(),
              c.getSignerName(),
              c.isRevoked(),
              c.getRevokeReason()));
    }
    return out;
  }

  private static String unitFilter(Actor a) {
    return a.units().contains(Actor.ALL_UNITS) ? "" : " and r.holdingUnit in :units";
  }

  private static void requireSigner(Actor a) {
    if (a == null || !a.isStaff() || !a.has(Role.SIGNER)) {
      throw Forbidden.because("Việc này dành cho lãnh đạo ký duyệt.");
    }
  }

  /** The stored bytes of a blob named by a download. */
  public InputStream open(Download d) throws IOException {
    return blobs.open(d.sha256());
  }
}
