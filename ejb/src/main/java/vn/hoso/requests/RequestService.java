package vn.hoso.requests;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoso.accounts.Account;
import vn.hoso.accounts.Actor;
import vn.hoso.audit.AuditActions;
import vn.hoso.audit.AuditEvent;
import vn.hoso.audit.AuditLog;
import vn.hoso.records.Document;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.shared.InvalidInput.Problem;
import vn.hoso.shared.Mailer;
import vn.hoso.shared.PortalUrl;
import vn.hoso.shared.Text;
import vn.hoso.storage.BlobStore;
import vn.hoso.units.AddressResolver;
import vn.hoso.units.UnitDirectory;

/**
 * Copy requests from the requester's side (price, submit, follow) and the clerk's (queue, review).
 * Transitions go through {@link RequestEngine}. Anything outside the actor's reach answers as if it
 * did not exist.
 */
@Stateless
public class RequestService {

  static final ZoneId ZONE = WorkingCalendar.ZONE;

  @PersistenceContext EntityManager em;
  @EJB RequestRules rules;
  @EJB RequestEngine engine;
  @EJB AuditLog audit;
  @EJB Mailer mailer;
  @EJB UnitDirectory units;
  @Inject BlobStore blobs;

  /** What the requester fills in. Either {@code documentId} or a description with the old unit. */
  public record NewRequest(
      Long documentId,
      String description,
      String describedKind,
      String oldCommuneCode,
      String newUnitCode,
      Relation relation,
      String subjectName,
      boolean subjectDeceased,
      int copies,
      String purpose,
      Delivery delivery,
      String postAddress,
      PaymentMethod payment) {}

  /** The price and dates shown before submitting. */
  public record Quote(FeeQuote fee, boolean feeLater, Instant confirmBy, Instant dueAt) {}

  public record Submitted(long id, String reference, long feeVnd, Instant dueAt) {}

  /**
   * A document as a request shows it. {@code subjects} only for staff and the person themselves.
   */
  public record DocumentSummary(
      long id,
      String code,
      String kind,
      String typeName,
      String number,
      LocalDate issuedDate,
      String issuingOrgan,
      String summary,
      int pageCount,
      String access,
      String holdingUnit,
      String originUnit,
      List<String> subjects) {}

  /** The requester as the clerk sees them. */
  public record RequesterView(
      long id,
      String kind,
      String name,
      String email,
      String phone,
      int level,
      String typedPersonalId,
      String verifiedPersonalId,
      String businessCode,
      String businessName) {}

  public record RequestDetail(
      CopyRequest request,
      List<RequestEvent> events,
      List<RequestProof> proofs,
      DocumentSummary document,
      RequesterView requester,
      String holdingUnitName,
      boolean overdue) {}

  /** A line of a list (mine, or the clerk's queue). */
  public record RequestRow(
      long id,
      String reference,
      RequestState state,
      String documentLabel,
      String requesterName,
      String holdingUnit,
      Instant receivedAt,
      Instant dueAt,
      boolean overdue,
      boolean paid,
      boolean feeKnown,
      long feeVnd,
      Long assignedTo,
      int version) {}

  // ------------------------------------------------------------------------------------ requester

  public Quote quote(Actor a, Long documentId, String describedKind, int copies) {
    requireRequester(a);
    Instant now = Instant.now();
    WorkingCalendar cal = rules.calendar();
    if (documentId == null) {
      FeeRule rule = rules.feeFor(describedKind);
      return new Quote(
          Fees.quote(rule, 1, clampCopies(copies)), true, cal.confirmBy(now), cal.dueFor(now));
    }
    Document d = visibleDocument(a, documentId);
    FeeRule rule = rules.feeFor(d.getKind());
    return new Quote(
        Fees.quote(rule, Math.max(1, d.getPageCount()), clampCopies(copies)),
        false,
        cal.confirmBy(now),
        cal.dueFor(now));
  }

  /**
   * The VietQR payload for paying a request by bank transfer: the holding unit's account ({@code
   * HOSO_BANK_BIN}, {@code HOSO_BANK_ACCOUNT}; demo values in the embedded default), the fee, and
   * the request's reference as the transfer's content, so the clerk can match the payment.
   */
  public Optional<String> transferPayload(Actor a, long requestId) {
    requireRequester(a);
    CopyRequest r = em.find(CopyRequest.class, requestId);
    if (r == null || r.getRequesterId() != a.accountId()) {
      throw Forbidden.notFound();
    }
    if (r.getPaymentMethod() != PaymentMethod.TRANSFER || r.isPaid() || r.getFeeVnd() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        VietQr.payload(
            setting("HOSO_BANK_BIN", "970436"),
            setting("HOSO_BANK_ACCOUNT", "0011004295871"),
            r.getFeeVnd(),
            r.getReference()));
  }

  private static String setting(String env, String fallback) {
    String v = vn.hoso.shared.Settings.get(env, null, null);
    return v == null ? fallback : v.strip();
  }

  /** A document the requester may ask a copy of, as the form shows it. */
  public DocumentSummary documentFor(Actor a, long documentId) {
    requireRequester(a);
    Document d = visibleDocument(a, documentId);
    return summary(d, DocumentAccess.isOwnRecord(d, a));
  }

  private static int clampCopies(int c) {
    return Math.max(1, Math.min(Fees.MAX_COPIES, c));
  }

  public Submitted submit(Actor a, NewRequest n, List<ProofFiles.Upload> uploads) {
    requireRequester(a);
    List<Problem> p = new ArrayList<>();
    String description = Text.clean(n.description());
    String subjectName = Text.clean(n.subjectName());
    String purpose = Text.clean(n.purpose());
    String address = Text.clean(n.postAddress());
    String holdingUnit;
    FeeRule rule;
    int pages;
    boolean feeLater;
    if (n.documentId() != null) {
      Document d = visibleDocument(a, n.documentId());
      holdingUnit = d.getDossier().getReceivingCode();
      rule = rules.feeFor(d.getKind());
      pages = Math.max(1, d.getPageCount());
      feeLater = false;
      description = null;
    } else {
      if (description == null || description.length() < 20) {
        p.add(
            new Problem(
                "description",
                "Hãy mô tả tài liệu cần tìm (ít nhất 20 ký tự): loại giấy tờ, họ tên người có tên"
                    + " trong đó, năm đăng ký."));
      } else if (description.length() > 2000) {
        p.add(new Problem("description", "Mô tả dài quá 2.000 ký tự."));
      }
      holdingUnit = holderOf(p, n.oldCommuneCode(), n.newUnitCode());
      rule = rules.feeFor(n.describedKind());
      pages = 1;
      feeLater = true;
    }
    Relation relation = n.relation();
    if (relation == null) {
      p.add(new Problem("relation", "Hãy chọn quan hệ của bạn với người có tên trong tài liệu."));
    } else if ((a.kind() == Account.Kind.BUSINESS) != (relation == Relation.BUSINESS)) {
      p.add(
          new Problem(
              "relation",
              a.kind() == Account.Kind.BUSINESS
                  ? "Tài khoản doanh nghiệp chỉ yêu cầu bản sao hồ sơ của chính doanh nghiệp."
                  : "Quan hệ \"doanh nghiệp\" chỉ dành cho tài khoản doanh nghiệp."));
    } else {
      if (relation != Relation.SELF && relation != Relation.BUSINESS && subjectName == null) {
        p.add(new Problem("subjectName", "Hãy ghi họ tên người có tên trong tài liệu."));
      }
      if (relation.onlyAfterDeath() && !n.subjectDeceased()) {
        p.add(
            new Problem(
                "relation",
                "Theo Điều 16 Nghị định 23/2015/NĐ-CP, cha, mẹ, con, vợ, chồng, anh chị em ruột hoặc"
                    + " người thừa kế chỉ yêu cầu thay khi người có tên trong tài liệu đã mất. Nếu"
                    + " người đó còn sống, họ cần tự yêu cầu hoặc ủy quyền cho bạn."));
      }
      if (relation.needsProof() && (uploads == null || uploads.isEmpty())) {
        p.add(
            new Problem(
                "proofs",
                "Hãy tải lên giấy tờ chứng minh quan hệ (ví dụ: giấy khai sinh, trích lục khai tử,"
                    + " giấy ủy quyền) dạng PDF, JPEG hoặc PNG."));
      }
    }
    if (n.copies() < 1 || n.copies() > Fees.MAX_COPIES) {
      p.add(new Problem("copies", "Số bản sao từ 1 đến " + Fees.MAX_COPIES + "."));
    }
    if (purpose == null) {
      p.add(new Problem("purpose", "Hãy ghi mục đích sử dụng bản sao."));
    } else if (purpose.length() > 500) {
      p.add(new Problem("purpose", "Mục đích dài quá 500 ký tự."));
    }
    if (n.delivery() == null) {
      p.add(new Problem("delivery", "Hãy chọn cách nhận kết quả."));
    } else if (n.delivery() == Delivery.POST && (address == null || address.length() < 10)) {
      p.add(
          new Problem(
              "postAddress",
              "Hãy ghi địa chỉ nhận qua bưu điện (số nhà, đường, xã/phường, tỉnh)."));
    } else if (address != null && address.length() > 500) {
      p.add(new Problem("postAddress", "Địa chỉ dài quá 500 ký tự."));
    }
    if (n.payment() == null) {
      p.add(new Problem("payment", "Hãy chọn cách nộp lệ phí."));
    }
    if (!p.isEmpty()) {
      throw new InvalidInput(p);
    }
    List<ProofFiles.Checked> files = ProofFiles.check(uploads == null ? List.of() : uploads);
    FeeQuote fee = Fees.quote(rule, pages, n.copies());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    WorkingCalendar cal = rules.calendar();
    CopyRequest r =
        new CopyRequest(
            new CopyRequest.Draft(
                a.accountId(),
                n.documentId(),
                description,
                holdingUnit,
                relation,
                subjectName,
                n.subjectDeceased(),
                n.copies(),
                purpose,
                n.delivery(),
                n.delivery() == Delivery.POST ? address : null,
                rule.code(),
                feeLater ? 0 : pages,
                feeLater ? 0 : fee.total(),
                n.payment()),
            nextReference(now),
            now,
            cal.confirmBy(now),
            cal.dueFor(now));
    em.persist(r);
    em.flush();
    RequestEvent ev =
        new RequestEvent(
            r.getId(), now, a.accountId(), a.name(), RequestEvent.Kind.SUBMITTED, null);
    em.persist(ev);
    em.flush();
    engine.storeProofs(r.getId(), ev.getId(), files, now);
    audit.append(
        new AuditEvent(
            a.accountId(),
            a.name(),
            AuditActions.REQUEST_TRANSITION,
            "REQUEST",
            r.getId().toString(),
            holdingUnit,
            a.accountId(),
            r.getReference(),
            "SUBMITTED: → SUBMITTED (" + relation + ", " + n.copies() + " bản)"));
    Account me = em.find(Account.class, a.accountId());
    mailer.sendAfterCommit(
        me.getEmail(),
        "hoso: đã tiếp nhận yêu cầu " + r.getReference(),
        "Chào "
            + me.getFullName()
            + ",\n\nYêu cầu "
            + r.getReference()
            + " đã được gửi tới "
            + unitName(holdingUnit)
            + ".\nHạn trả kết quả: "
            + r.getDueAt().atZone(ZONE).toLocalDateTime()
            + "\nTheo dõi: "
            + PortalUrl.base()
            + "/requests/request.xhtml?id="
            + r.getId()
            + "\n");
    return new Submitted(r.getId(), r.getReference(), r.getFeeVnd(), r.getDueAt());
  }

  private String holderOf(List<Problem> p, String oldCommuneCode, String newUnitCode) {
    Optional<AddressResolver.Match> old =
        oldCommuneCode == null ? Optional.empty() : units.oldCommune(oldCommuneCode.strip());
    if (old.isEmpty()) {
      p.add(
          new Problem(
              "oldCommune", "Hãy chọn xã/phường cũ (trước 01/07/2025) nơi giấy tờ được đăng ký."));
      return null;
    }
    List<AddressResolver.Successor> succ = old.get().successors();
    if (succ.size() == 1) {
      return succ.get(0).code();
    }
    for (AddressResolver.Successor s : succ) {
      if (s.code().equals(newUnitCode)) {
        return s.code();
      }
    }
    p.add(
        new Problem(
            "newUnit",
            old.get().name()
                + " đã được chia cho nhiều đơn vị mới; hãy chọn đơn vị mới nơi có thôn, tổ dân phố"
                + " của bạn."));
    return null;
  }

  private String nextReference(Instant now) {
    int year = now.atZone(ZONE).getYear();
    RequestCounter c = em.find(RequestCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      c = new RequestCounter(year);
      em.persist(c);
    }
    return String.format("HS-%d-%06d", year, c.next());
  }

  public List<RequestRow> mine(Actor a) {
    requireRequester(a);
    return rows(
        em.createQuery(
                "select r from CopyRequest r where r.requesterId = :me order by r.id desc",
                CopyRequest.class)
            .setParameter("me", a.accountId())
            .setMaxResults(200)
            .getResultList());
  }

  public RequestDetail forRequester(Actor a, long id) {
    requireRequester(a);
    CopyRequest r = em.find(CopyRequest.class, id);
    if (r == null || r.getRequesterId() != a.accountId()) {
      throw Forbidden.notFound();
    }
    return detail(r, false);
  }

  /** Documents where the actor is a subject (verified ID) or that carry their business code. */
  public List<DocumentSummary> myRecords(Actor a) {
    requireRequester(a);
    TypedQuery<Document> q;
    if (a.kind() == Account.Kind.BUSINESS) {
      q =
          em.createQuery(
                  "select d from Document d where :code member of d.businessCodes and d.access <> :conf"
                      + " order by d.issuedDate desc",
                  Document.class)
              .setParameter("code", a.businessCode());
    } else if (a.verifiedPersonalId() != null) {
      q =
          em.createQuery(
                  "select d from Document d join d.subjects s where s.personalId = :pid and d.access <> :conf"
                      + " order by d.issuedDate desc",
                  Document.class)
              .setParameter("pid", a.verifiedPersonalId());
    } else {
      return List.of();
    }
    return q
        .setParameter("conf", vn.hoso.records.AccessLevel.CONFIDENTIAL.code())
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(d -> summary(d, true))
        .toList();
  }

  /** A proof file, for its requester or the staff of the holding unit (audited). */
  public record ProofFile(String fileName, String mediaType, Path path) {}

  public ProofFile proof(Actor a, long requestId, long proofId) {
    CopyRequest r = em.find(CopyRequest.class, requestId);
    RequestProof p = em.find(RequestProof.class, proofId);
    if (a == null || r == null || p == null || p.getRequestId() != requestId) {
      throw Forbidden.notFound();
    }
    if (a.isStaff()) {
      if (!a.actsFor(r.getHoldingUnit())) {
        throw Forbidden.notFound();
      }
      audit.append(
          new AuditEvent(
              a.accountId(),
              a.name(),
              AuditActions.PROOF_VIEWED,
              "PROOF",
              p.getId().toString(),
              r.getHoldingUnit(),
              r.getRequesterId(),
              r.getReference(),
              p.getFileName()));
    } else if (r.getRequesterId() != a.accountId()) {
      throw Forbidden.notFound();
    }
    Path path = blobs.find(p.getSha256()).orElseThrow(Forbidden::notFound);
    return new ProofFile(p.getFileName(), p.getMediaType(), path);
  }

  // ---------------------------------------------------------------------------------------------
  private RequestDetail detail(CopyRequest r, boolean staff) {
    return details().detail(r, staff);
  }

  private DocumentSummary summary(Document d, boolean withSubjects) {
    return details().summary(d, withSubjects);
  }

  private List<RequestRow> rows(List<CopyRequest> list) {
    return details().rows(list);
  }

  RequestDetails details() {
    return new RequestDetails(em, units);
  }

  /** "Phường X, Thành phố Y" for a new unit's code. */
  public String unitName(String code) {
    return details().unitName(code);
  }

  private Document visibleDocument(Actor a, long id) {
    Document d = em.find(Document.class, id);
    if (d == null || !DocumentAccess.canSee(d, a)) {
      throw Forbidden.notFound();
    }
    return d;
  }

  private static void requireRequester(Actor a) {
    if (a == null || a.isStaff()) {
      throw Forbidden.because("Chỉ người dân và doanh nghiệp gửi yêu cầu cấp bản sao.");
    }
  }
}
