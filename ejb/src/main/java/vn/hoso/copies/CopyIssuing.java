package vn.hoso.copies;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import vn.hoso.accounts.Account;
import vn.hoso.accounts.Actor;
import vn.hoso.accounts.Role;
import vn.hoso.audit.AuditActions;
import vn.hoso.audit.AuditEvent;
import vn.hoso.audit.AuditLog;
import vn.hoso.ingest.Handover;
import vn.hoso.records.Document;
import vn.hoso.records.Dossier;
import vn.hoso.records.Page;
import vn.hoso.requests.CopyRequest;
import vn.hoso.requests.RequestCommand;
import vn.hoso.requests.RequestEngine;
import vn.hoso.requests.RequestState;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.shared.PortalUrl;
import vn.hoso.signing.PadesSigner;
import vn.hoso.signing.UnitSigning;
import vn.hoso.storage.BlobStore;
import vn.hoso.storage.StoredBlob;
import vn.hoso.units.UnitDirectory;

/**
 * Issues what a clerk prepared: a signer of the holding unit — never the clerk who prepared it —
 * signs, and in one transaction the request becomes ISSUED, the unit's next register number is
 * taken, the PDF/A is built with that number, signed with the unit's key, stored, and recorded with
 * its verification code. If any step fails everything rolls back, the number included, so the
 * register has no gap.
 */
@Stateless
public class CopyIssuing {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String DEFAULT_TITLE = "Lãnh đạo đơn vị";

  @PersistenceContext EntityManager em;
  @EJB RequestEngine engine;
  @EJB RegisterNumbers numbers;
  @EJB UnitSigning signing;
  @EJB AuditLog audit;
  @EJB UnitDirectory units;
  @Inject BlobStore blobs;

  /** What was issued, for the signer's screen. */
  public record Issued(long copyId, String code, String registerLabel, String requestReference) {}

  /**
   * Signs the request's prepared copy (or notice).
   *
   * @param expectedVersion the request's version the signer's screen showed
   * @throws Forbidden when the actor may not sign for the unit, or prepared the copy (audited)
   */
  public Issued issue(long requestId, int expectedVersion, Actor signer) {
    CopyRequest r = em.find(CopyRequest.class, requestId);
    if (r == null || signer == null || !signer.isStaff() || !signer.actsFor(r.getHoldingUnit())) {
      throw Forbidden.notFound();
    }
    if (!signer.has(Role.SIGNER)) {
      throw Forbidden.because("Chỉ lãnh đạo ký duyệt của đơn vị mới ký được bản sao.");
    }
    if (r.getState() != RequestState.PREPARED) {
      throw InvalidInput.of(
          "state",
          "Yêu cầu " + r.getReference() + " không ở trạng thái chờ ký (" + r.getState() + ").");
    }
    if (r.getPreparedBy() != null && r.getPreparedBy() == signer.accountId()) {
      audit.appendAlone(
          new AuditEvent(
              signer.accountId(),
              signer.name(),
              AuditActions.COPY_SIGN_REFUSED,
              "REQUEST",
              r.getId().toString(),
              r.getHoldingUnit(),
              r.getRequesterId(),
              r.getReference(),
              "người chuẩn bị bản sao định tự ký: bị từ chối"));
      throw Forbidden.because(
          "Bạn đã chuẩn bị bản sao này nên không được tự ký. Một lãnh đạo khác của đơn vị cần ký.");
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    int year = LocalDate.ofInstant(now, VIETNAM).getYear();
    String unit = r.getHoldingUnit();
    numbers.open(unit, year);
    int no = numbers.next(unit, year);
    String code = VerificationCodes.next();
    String label = "Số " + no + "/" + year + ", mã xác thực " + VerificationCodes.grouped(code);
    engine.execute(requestId, expectedVersion, new RequestCommand.Sign(label), signer);

    Account signerAccount = em.find(Account.class, signer.accountId());
    String title =
        signerAccount.getJobTitle() == null || signerAccount.getJobTitle().isBlank()
            ? DEFAULT_TITLE
            : signerAccount.getJobTitle();
    Account preparer = em.find(Account.class, r.getPreparedBy());
    CopyContent.Unit issuing = new CopyContent.Unit(unit, unitName(unit));
    String verifyUrl = PortalUrl.base() + "/verify/" + code;

    byte[] unsigned;
    byte[] sidecar = null;
    CertifiedCopy.Kind kind;
    String originCode = null;
    int pageCount;
    com.itextpdf.kernel.geom.Rectangle box;
    if (r.getOutcome() == CopyRequest.Outcome.NO_RECORD) {
      Account requester = em.find(Account.class, r.getRequesterId());
      unsigned =
          NoRecordNoticePdf.build(
              new NoticeContent(
                  VerificationCodes.grouped(code),
                  issuing,
                  no,
                  year,
                  now,
                  requester.getFullName(),
                  r.getReference(),
                  r.getReceivedAt(),
                  soughtKind(r),
                  r.getDescription(),
                  preparer.getFullName(),
                  signer.name(),
                  title,
                  verifyUrl));
      kind = CertifiedCopy.Kind.NO_RECORD;
      box = NoRecordNoticePdf.signatureBox();
    } else {
      CopyContent content =
          copyContent(
              r,
              VerificationCodes.grouped(code),
              issuing,
              no,
              year,
              now,
              preparer,
              signer.name(),
              title,
              verifyUrl);
      unsigned = CertifiedCopyPdf.build(content);
      sidecar = CertifiedCopyPdf.sidecar(content);
      kind = CertifiedCopy.Kind.of(content.kind());
      originCode = content.originUnit().code();
      box = CertifiedCopyPdf.signatureBox();
    }

    byte[] signed;
    String certificateSha;
    try {
      signed =
          signing.sign(
              unsigned,
              unit,
              issuing.name(),
              new PadesSigner.Purpose(
                  "hoso-copy", kind.title() + " số " + no + "/" + year, issuing.name()),
              new PadesSigner.Visible(1, box, signer.name(), title));
      certificateSha = BlobStore.sha256Hex(signing.certificate(unit, issuing.name()).getEncoded());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("signing the copy for " + unit + " failed", e);
    }
    pageCount = pagesOf(signed);
    String fileSha = store(signed, "application/pdf", now);
    String sidecarSha = sidecar == null ? null : store(sidecar, "application/json", now);
    CertifiedCopy copy =
        new CertifiedCopy(
            new CertifiedCopy.Issue(
                r.getId(),
                code,
                kind,
                unit,
                originCode,
                no,
                year,
                pageCount,
                r.getPreparedBy(),
                signer.accountId(),
                signer.name(),
                title,
                now,
                fileSha,
                signed.length,
                sidecarSha,
                certificateSha));
    em.persist(copy);
    em.flush();
    audit.append(
        new AuditEvent(
            signer.accountId(),
            signer.name(),
            AuditActions.COPY_ISSUED,
            "COPY",
            copy.getId().toString(),
            unit,
            r.getRequesterId(),
            r.getReference(),
            kind.title() + " số " + no + "/" + year + ", mã " + code + ", SHA-256 " + fileSha));
    return new Issued(copy.getId(), code, no + "/" + year, r.getReference());
  }

  private CopyContent copyContent(
      CopyRequest r,
      String code,
      CopyContent.Unit issuing,
      int no,
      int year,
      Instant now,
      Account preparer,
      String signerName,
      String title,
      String verifyUrl) {
    Document d = em.find(Document.class, r.getDocumentId());
    Dossier dossier = d.getDossier();
    List<Integer> wanted = r.getPreparedPageNumbers();
    List<Page> pages =
        em.createQuery(
                "select p from Page p where p.document.id = :d and p.pageNo in :n order by p.pageNo",
                Page.class)
            .setParameter("d", d.getId())
            .setParameter("n", wanted)
            .getResultList();
    if (pages.size() != wanted.size()) {
      throw InvalidInput.of(
          "pages",
          "Một số trang đã chọn ("
              + wanted
              + ") không còn trong tài liệu; cán bộ cần chuẩn bị lại bản sao.");
    }
    List<CopyContent.PageScan> scans =
        pages.stream()
            .map(
                p ->
                    new CopyContent.PageScan(
                        p.getPageNo(),
                        p.getBlobSha256(),
                        p.getMediaType(),
                        opener(p.getBlobSha256()),
                        p.getPdfPage()))
            .toList();
    String originLabel = units.oldUnitLabel(dossier.getOriginLevel(), dossier.getOriginCode());
    Handover h =
        dossier.getHandoverId() == null ? null : em.find(Handover.class, dossier.getHandoverId());
    LocalDate digitised =
        h == null
            ? null
            : h.getBaggingDate() != null
                ? h.getBaggingDate()
                : LocalDate.ofInstant(h.getReceivedAt(), VIETNAM);
    return new CopyContent(
        code,
        CopyKind.forRecordKind(d.getKind()),
        issuing,
        new CopyContent.Unit(dossier.getOriginCode(), originLabel),
        no,
        year,
        now,
        preparer.getFullName(),
        signerName,
        title,
        new CopyContent.RecordInfo(
            dossier.getFonds() == null ? null : dossier.getFonds().getCode(),
            dossier.getFonds() == null ? null : dossier.getFonds().getName(),
            dossier.getCode(),
            dossier.getTitle(),
            d.getCode(),
            d.getTypeName(),
            d.getNumber(),
            d.getNotation(),
            d.getIssuedDate(),
            d.getIssuingOrgan()),
        originLabel,
        digitised,
        verifyUrl,
        scans);
  }

  private Supplier<InputStream> opener(String sha256) {
    return () -> {
      try {
        return blobs.open(sha256);
      } catch (IOException e) {
        throw new UncheckedIOException("scan " + sha256 + " cannot be read", e);
      }
    };
  }

  private String store(byte[] bytes, String mediaType, Instant now) {
    try {
      BlobStore.Stored s = blobs.put(new ByteArrayInputStream(bytes));
      StoredBlob.recordIfNew(em, s.sha256(), s.size(), mediaType, now);
      return s.sha256();
    } catch (IOException e) {
      throw new UncheckedIOException("the issued file could not be stored", e);
    }
  }

  /** Pages of the issued file, as a reader counts them (the certification page included). */
  private static int pagesOf(byte[] pdf) {
    try (com.itextpdf.kernel.pdf.PdfDocument d =
        new com.itextpdf.kernel.pdf.PdfDocument(
            new com.itextpdf.kernel.pdf.PdfReader(new ByteArrayInputStream(pdf)))) {
      return d.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the requester asked for, as the notice names it. */
  private static String soughtKind(CopyRequest r) {
    return vn.hoso.requests.FeeRule.CIVIL_STATUS_EXTRACT.equals(r.getFeeRule())
        ? "Giấy tờ hộ tịch (trích lục, bản sao từ sổ hộ tịch)"
        : "Tài liệu lưu trữ";
  }

  String unitName(String code) {
    return units.newUnit(code).map(v -> v.unit().name()).orElse(code);
  }
}
