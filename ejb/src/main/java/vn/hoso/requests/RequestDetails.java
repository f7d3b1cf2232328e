package vn.hoso.requests;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.accounts.Account;
import vn.hoso.records.Document;
import vn.hoso.requests.RequestService.DocumentSummary;
import vn.hoso.requests.RequestService.RequestDetail;
import vn.hoso.requests.RequestService.RequestRow;
import vn.hoso.requests.RequestService.RequesterView;
import vn.hoso.units.UnitDirectory;

/** How requests are shown: a request with its timeline, a list line, a document's summary. */
final class RequestDetails {

  private final EntityManager em;
  private final UnitDirectory units;

  RequestDetails(EntityManager em, UnitDirectory units) {
    this.em = em;
    this.units = units;
  }

  RequestService.RequestDetail detail(CopyRequest r, boolean staff) {
    List<RequestEvent> events =
        em.createQuery(
                "select e from RequestEvent e where e.requestId = :r order by e.at, e.id",
                RequestEvent.class)
            .setParameter("r", r.getId())
            .getResultList();
    List<RequestProof> proofs =
        em.createQuery(
                "select p from RequestProof p where p.requestId = :r order by p.id",
                RequestProof.class)
            .setParameter("r", r.getId())
            .getResultList();
    DocumentSummary doc = null;
    if (r.getDocumentId() != null) {
      Document d = em.find(Document.class, r.getDocumentId());
      doc = d == null ? null : summary(d, staff);
    }
    RequesterView requester = null;
    if (staff) {
      Account a = em.find(Account.class, r.getRequesterId());
      requester =
          new RequesterView(
              a.getId(),
              a.getKind().name(),
              a.getFullName(),
              a.getEmail(),
              a.getPhone(),
              a.getIdentityLevel(),
              a.getTypedPersonalId(),
              a.getVerifiedPersonalId(),
              a.getBusinessCode(),
              a.getBusinessName());
    }
    em.detach(r);
    String unitName = unitName(r.getHoldingUnit());
    return new RequestDetail(
        r, events, proofs, doc, requester, unitName, r.isOverdueAt(Instant.now()));
  }

  RequestService.DocumentSummary summary(Document d, boolean withSubjects) {
    return new DocumentSummary(
        d.getId(),
        d.getCode(),
        d.getKind(),
        d.getTypeName(),
        d.getNumber(),
        d.getIssuedDate(),
        d.getIssuingOrgan(),
        d.getSummary(),
        d.getPageCount(),
        d.getAccess().code(),
        d.getDossier().getReceivingCode(),
        units.oldUnitLabel(d.getDossier().getOriginLevel(), d.getDossier().getOriginCode()),
        withSubjects
            ? d.getSubjects().stream().map(s -> s.fullName() == null ? "" : s.fullName()).toList()
            : List.of());
  }

  List<RequestService.RequestRow> rows(List<CopyRequest> list) {
    Instant now = Instant.now();
    List<RequestRow> out = new ArrayList<>(list.size());
    for (CopyRequest r : list) {
      String label = r.getDescription() == null ? null : shorten(r.getDescription(), 80);
      if (r.getDocumentId() != null) {
        Document d = em.find(Document.class, r.getDocumentId());
        label = d == null ? "" : d.getTypeName() + " — " + shorten(d.getSummary(), 80);
      }
      Account a = em.find(Account.class, r.getRequesterId());
      out.add(
          new RequestRow(
              r.getId(),
              r.getReference(),
              r.getState(),
              label,
              a.getFullName(),
              r.getHoldingUnit(),
              r.getReceivedAt(),
              r.getDueAt(),
              r.isOverdueAt(now),
              r.isPaid(),
              r.isFeeKnown(),
              r.getFeeVnd(),
              r.getAssignedTo(),
              r.getVersion()));
    }
    return out;
  }

  /** "Phường X, Thành phố Y" for a new unit's code. */
  public String unitName(String code) {
    return units
        .newUnit(code)
        .map(v -> v.unit().name() + ", " + v.unit().provinceName())
        .orElse(code);
  }

  private static String shorten(String s, int n) {
    return s == null || s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
