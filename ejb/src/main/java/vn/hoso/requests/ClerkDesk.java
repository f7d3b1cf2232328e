package vn.hoso.requests;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.hoso.accounts.Actor;
import vn.hoso.accounts.Role;
import vn.hoso.audit.AuditActions;
import vn.hoso.audit.AuditEvent;
import vn.hoso.audit.AuditLog;
import vn.hoso.records.Document;
import vn.hoso.requests.RequestService.RequestDetail;
import vn.hoso.requests.RequestService.RequestRow;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.units.UnitDirectory;

/**
 * The clerk's side of copy requests: the queue of the clerk's units, its counts, the review
 * screen's content (a staff read of personal data, audited), the document's pages, and attaching
 * the record a described request needs. Requests of other units do not exist here.
 */
@Stateless
public class ClerkDesk {

  static final java.time.ZoneId ZONE = WorkingCalendar.ZONE;

  @PersistenceContext EntityManager em;
  @EJB RequestRules rules;
  @EJB RequestEngine engine;
  @EJB AuditLog audit;
  @EJB UnitDirectory units;

  private RequestDetails details() {
    return new RequestDetails(em, units);
  }

  /** The queue's filter: null fields do not filter. */
  public record QueueFilter(
      RequestState state, String kind, LocalDate dueBy, boolean overdueOnly, boolean mineOnly) {
    public static QueueFilter open() {
      return new QueueFilter(null, null, null, false, false);
    }
  }

  public List<RequestRow> queue(Actor clerk, QueueFilter f, int first, int max) {
    requireStaff(clerk);
    TypedQuery<CopyRequest> q =
        em.createQuery(
            "select r from CopyRequest r" + queueWhere(clerk, f) + " order by r.dueAt, r.id",
            CopyRequest.class);
    bindQueue(q, clerk, f);
    return details()
        .rows(
            q.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultList());
  }

  public long queueCount(Actor clerk, QueueFilter f) {
    requireStaff(clerk);
    TypedQuery<Long> q =
        em.createQuery("select count(r) from CopyRequest r" + queueWhere(clerk, f), Long.class);
    bindQueue(q, clerk, f);
    return q.getSingleResult();
  }

  private static String queueWhere(Actor clerk, QueueFilter f) {
    List<String> c = new ArrayList<>();
    if (!clerk.units().contains(Actor.ALL_UNITS)) {
      c.add("r.holdingUnit in :units");
    }
    if (f.state() != null) {
      c.add("r.state = :state");
    } else {
      c.add("r.state in :open");
    }
    if (f.kind() != null) {
      c.add("r.feeRule = :kind");
    }
    if (f.dueBy() != null) {
      c.add("r.dueAt < :dueBy");
    }
    if (f.overdueOnly()) {
      c.add("r.dueAt < :now");
    }
    if (f.mineOnly()) {
      c.add("r.assignedTo = :me");
    }
    return " where " + String.join(" and ", c);
  }

  private static void bindQueue(TypedQuery<?> q, Actor clerk, QueueFilter f) {
    if (!clerk.units().contains(Actor.ALL_UNITS)) {
      q.setParameter("units", clerk.units().isEmpty() ? List.of("-") : clerk.units());
    }
    if (f.state() != null) {
      q.setParameter("state", f.state());
    } else {
      q.setParameter(
          "open", List.of(RequestState.SUBMITTED, RequestState.IN_REVIEW, RequestState.NEEDS_INFO));
    }
    if (f.kind() != null) {
      q.setParameter("kind", f.kind());
    }
    if (f.dueBy() != null) {
      q.setParameter("dueBy", f.dueBy().plusDays(1).atStartOfDay(ZONE).toInstant());
    }
    if (f.overdueOnly()) {
      q.setParameter("now", Instant.now());
    }
    if (f.mineOnly()) {
      q.setParameter("me", clerk.accountId());
    }
  }

  /** Requests per state and the share finished on time, for the clerk's units. */
  public record Stats(
      Map<RequestState, Long> perState, long finished, long finishedOnTime, long overdueOpen) {
    public int onTimePercent() {
      return finished == 0 ? 100 : (int) Math.round(100.0 * finishedOnTime / finished);
    }
  }

  public Stats stats(Actor clerk) {
    requireStaff(clerk);
    boolean all = clerk.units().contains(Actor.ALL_UNITS);
    String unitFilter = all ? "" : " and r.holdingUnit in :units";
    TypedQuery<Object[]> q =
        em.createQuery(
            "select r.state, count(r) from CopyRequest r where 1 = 1"
                + unitFilter
                + " group by r.state",
            Object[].class);
    if (!all) {
      q.setParameter("units", clerk.units().isEmpty() ? List.of("-") : clerk.units());
    }
    Map<RequestState, Long> per = new EnumMap<>(RequestState.class);
    for (RequestState s : RequestState.values()) {
      per.put(s, 0L);
    }
    for (Object[] row : q.getResultList()) {
      per.put((RequestState) row[0], (Long) row[1]);
    }
    TypedQuery<Long> onTime =
        em.createQuery(
            "select count(r) from CopyRequest r where r.state = :p and r.preparedAt <= r.dueAt"
                + unitFilter,
            Long.class);
    TypedQuery<Long> overdue =
        em.createQuery(
            "select count(r) from CopyRequest r where r.state in :open and r.dueAt < :now"
                + unitFilter,
            Long.class);
    if (!all) {
      onTime.setParameter("units", clerk.units().isEmpty() ? List.of("-") : clerk.units());
      overdue.setParameter("units", clerk.units().isEmpty() ? List.of("-") : clerk.units());
    }
    long finishedOnTime = onTime.setParameter("p", RequestState.PREPARED).getSingleResult();
    long overdueOpen =
        overdue
            .setParameter(
                "open",
                List.of(RequestState.SUBMITTED, RequestState.IN_REVIEW, RequestState.NEEDS_INFO))
            .setParameter("now", Instant.now())
            .getSingleResult();
    return new Stats(per, per.get(RequestState.PREPARED), finishedOnTime, overdueOpen);
  }

  /** The review screen's content; a staff read of personal data, so it is audited. */
  public RequestDetail forStaff(Actor clerk, long id) {
    return forStaff(clerk, id, true);
  }

  /**
   * As {@link #forStaff(Actor, long)}; {@code audited} false only for the screen refreshing itself
   * right after an action of the same clerk, which the action's own audit entry covers.
   */
  public RequestDetail forStaff(Actor clerk, long id, boolean audited) {
    requireStaff(clerk);
    CopyRequest r = em.find(CopyRequest.class, id);
    if (r == null || !clerk.actsFor(r.getHoldingUnit())) {
      throw Forbidden.notFound();
    }
    if (audited) {
      audit.append(
          new AuditEvent(
              clerk.accountId(),
              clerk.name(),
              AuditActions.REQUEST_VIEWED,
              "REQUEST",
              r.getId().toString(),
              r.getHoldingUnit(),
              r.getRequesterId(),
              r.getReference(),
              "xem hồ sơ yêu cầu"));
    }
    return details().detail(r, true);
  }

  /** A page of the requested document, for the review screen's scans. */
  public record PageRef(long pageId, int pageNo) {}

  /** The pages of the request's document, for staff of the holding unit. */
  public List<PageRef> pagesOf(Actor clerk, long requestId) {
    requireStaff(clerk);
    CopyRequest r = em.find(CopyRequest.class, requestId);
    if (r == null || !clerk.actsFor(r.getHoldingUnit())) {
      throw Forbidden.notFound();
    }
    if (r.getDocumentId() == null) {
      return List.of();
    }
    return em
        .createQuery(
            "select p.id, p.pageNo from Page p where p.document.id = :d order by p.pageNo",
            Object[].class)
        .setParameter("d", r.getDocumentId())
        .getResultList()
        .stream()
        .map(o -> new PageRef((Long) o[0], (Integer) o[1]))
        .toList();
  }

  /** The clerk found the record a described request needs: checks and prices it, then applies. */
  public RequestState attachRecord(Actor clerk, long requestId, int version, long documentId) {
    requireStaff(clerk);
    CopyRequest r = em.find(CopyRequest.class, requestId);
    if (r == null || !clerk.actsFor(r.getHoldingUnit())) {
      throw Forbidden.notFound();
    }
    Document d = em.find(Document.class, documentId);
    if (d == null || !r.getHoldingUnit().equals(d.getDossier().getReceivingCode())) {
      throw InvalidInput.of(
          "documentId",
          "Không có tài liệu số " + documentId + " trong kho của đơn vị giữ yêu cầu này.");
    }
    FeeRule rule = rules.feeFor(d.getKind());
    int pages = Math.max(1, d.getPageCount());
    FeeQuote fee = Fees.quote(rule, pages, r.getCopies());
    return engine.execute(
        requestId,
        version,
        new RequestCommand.AttachRecord(
            documentId,
            rule.code(),
            pages,
            fee.total(),
            d.getTypeName() + " " + d.getCode() + " — " + Fees.vnd(fee.total())),
        clerk);
  }

  /** Clerks work on requests; signers read them to check what they sign. */
  private static void requireStaff(Actor a) {
    if (a == null || !a.isStaff() || !(a.has(Role.CLERK) || a.has(Role.SIGNER))) {
      throw Forbidden.notFound();
    }
  }
}
