package vn.hoso.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Appends to the audit log in the caller's transaction — an entry exists exactly when what it
 * records happened — and walks the chain to verify it.
 */
@Stateless
public class AuditLog {

  private static final int WALK_CHUNK = 2000;

  @PersistenceContext EntityManager em;

  /** Joins the caller's transaction (or starts one for a caller without, such as a login). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditEntry append(AuditEvent event) {
    AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
    AuditEntry entry =
        new AuditEntry(
            head.getLastSeq() + 1,
            Instant.now().truncatedTo(ChronoUnit.MILLIS),
            event,
            head.getLastHash());
    em.persist(entry);
    head.advance(entry);
    return entry;
  }

  /** A filter for the admin's page; null fields do not filter. */
  /**
   * Appends in a transaction of its own: for what must stay on record although the caller's
   * transaction is about to roll back (an action refused).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditEntry appendAlone(AuditEvent event) {
    return append(event);
  }

  public record Filter(String action, String actor, String unit, Instant from, Instant to) {
    public static Filter none() {
      return new Filter(null, null, null, null, null);
    }
  }

  public List<AuditEntry> browse(Filter f, int first, int max) {
    TypedQuery<AuditEntry> q =
        em.createQuery(
            "select e from AuditEntry e" + where(f) + " order by e.seq desc", AuditEntry.class);
    bind(q, f);
    return q.setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), 500))
        .getResultList();
  }

  public long count(Filter f) {
    TypedQuery<Long> q = em.createQuery("select count(e) from AuditEntry e" + where(f), Long.class);
    bind(q, f);
    return q.getSingleResult();
  }

  private static String where(Filter f) {
    List<String> c = new ArrayList<>();
    if (f.action() != null) {
      c.add("e.action = :action");
    }
    if (f.actor() != null) {
      c.add("lower(e.actorLabel) like :actor");
    }
    if (f.unit() != null) {
      c.add("e.unitCode = :unit");
    }
    if (f.from() != null) {
      c.add("e.at >= :from");
    }
    if (f.to() != null) {
      c.add("e.at < :to");
    }
    return c.isEmpty() ? "" : " where " + String.join(" and ", c);
  }

  private static void bind(TypedQuery<?> q, Filter f) {
    if (f.action() != null) {
      q.setParameter("action", f.action());
    }
    if (f.actor() != null) {
      q.setParameter("actor", "%" + f.actor().toLowerCase() + "%");
    }
    if (f.unit() != null) {
      q.setParameter("unit", f.unit());
    }
    if (f.from() != null) {
      q.setParameter("from", f.from());
    }
    if (f.to() != null) {
      q.setParameter("to", f.to());
    }
  }

  /** Staff reads and changes concerning one account's personal data, newest first. */
  public List<AuditEntry> aboutSubject(long accountId, int max) {
    return em.createQuery(
            "select e from AuditEntry e where e.subjectId = :s and (e.actorId is null or e.actorId <> :s)"
                + " order by e.seq desc",
            AuditEntry.class)
        .setParameter("s", accountId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The admin's verify command: walks the chain, then records that it did and what it found (the
   * record itself joins the chain).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditChain.Verdict verifyAs(vn.hoso.accounts.Actor admin) {
    if (admin == null || !admin.isStaff() || !admin.has(vn.hoso.accounts.Role.ADMIN)) {
      throw vn.hoso.shared.Forbidden.because("Chỉ quản trị viên kiểm tra nhật ký.");
    }
    AuditChain.Verdict v = verify();
    append(
        new AuditEvent(
            admin.accountId(),
            admin.name(),
            AuditActions.AUDIT_VERIFIED,
            "AUDIT",
            null,
            null,
            null,
            null,
            v.intact()
                ? "nguyên vẹn, " + v.checked() + " mục"
                : "hỏng tại mục " + v.brokenAt() + ": " + v.problem()));
    return v;
  }

  /** Walks the whole chain in chunks, reading only. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditChain.Verdict verify() {
    AuditHead head = em.find(AuditHead.class, 1);
    Iterator<AuditEntry> all =
        new Iterator<>() {
          private List<AuditEntry> chunk = List.of();
          private int i;
          private long after;
          private boolean done;

          @Override
          public boolean hasNext() {
            if (i < chunk.size()) {
              return true;
            }
            if (done) {
              return false;
            }
            em.clear();
            chunk =
                em.createQuery(
                        "select e from AuditEntry e where e.seq > :after order by e.seq",
                        AuditEntry.class)
                    .setParameter("after", after)
                    .setMaxResults(WALK_CHUNK)
                    .getResultList();
            i = 0;
            done = chunk.size() < WALK_CHUNK;
            return !chunk.isEmpty();
          }

          @Override
          public AuditEntry next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            AuditEntry e = chunk.get(i++);
            after = e.getSeq();
            return e;
          }
        };
    return AuditChain.verify(all, head.getLastSeq(), head.getLastHash());
  }
}
