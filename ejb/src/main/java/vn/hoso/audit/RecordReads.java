package vn.hoso.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import vn.hoso.accounts.Actor;
import vn.hoso.records.Document;

/**
 * Staff reads of records that carry personal data (a document naming people). One entry per read;
 * when a person named on the document has a verified account, the entry is about them, so their
 * "who viewed my records" page lists it.
 */
@Stateless
public class RecordReads {

  @PersistenceContext EntityManager em;
  @EJB AuditLog audit;

  public void staffViewed(Actor staff, long documentId, String what) {
    if (staff == null || !staff.isStaff()) {
      return;
    }
    Document d = em.find(Document.class, documentId);
    if (d == null || d.getSubjects().isEmpty()) {
      return;
    }
    List<String> ids =
        d.getSubjects().stream()
            .map(Document.Subject::personalId)
            .filter(Objects::nonNull)
            .toList();
    List<Long> accounts =
        ids.isEmpty()
            ? List.of()
            : em.createQuery(
                    "select a.id from Account a where a.verifiedPersonalId in :ids", Long.class)
                .setParameter("ids", ids)
                .getResultList();
    String unit = d.getDossier().getReceivingCode();
    if (accounts.isEmpty()) {
      audit.append(
          new AuditEvent(
              staff.accountId(),
              staff.name(),
              AuditActions.RECORD_VIEWED,
              "DOCUMENT",
              d.getId().toString(),
              unit,
              null,
              null,
              what));
    }
    for (Long subject : accounts) {
      audit.append(
          new AuditEvent(
              staff.accountId(),
              staff.name(),
              AuditActions.RECORD_VIEWED,
              "DOCUMENT",
              d.getId().toString(),
              unit,
              subject,
              null,
              what));
    }
  }
}
