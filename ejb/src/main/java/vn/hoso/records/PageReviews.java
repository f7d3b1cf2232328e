package vn.hoso.records;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The archivist's queue of pages that look like a page already received: each is decided "same"
 * (the sheet was digitised twice) or "different", once, with who decided and when.
 */
@Stateless
public class PageReviews {

  @PersistenceContext private EntityManager em;

  /** A page under review and the earlier page it resembles, with where each belongs. */
  public record Review(
      long id, long pageId, String pageWhere, long similarId, String similarWhere, int distance) {}

  public long countOpen() {
    return ((Number)
            em.createNativeQuery("select count(*) from page_review where state = 'OPEN'")
                .getSingleResult())
        .longValue();
  }

  public List<Review> open(int first, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.id, r.page_id, r.similar_to_id, r.distance,"
                    + " s1.code, d1.code, p1.page_no, s2.code, d2.code, p2.page_no from page_review r"
                    + " join page p1 on p1.id = r.page_id join document d1 on d1.id = p1.document_id"
                    + " join dossier s1 on s1.id = d1.dossier_id"
                    + " join page p2 on p2.id = r.similar_to_id join document d2 on d2.id = p2.document_id"
                    + " join dossier s2 on s2.id = d2.dossier_id where r.state = 'OPEN' order by r.id")
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Review(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    r[4] + " / " + r[5] + " / " + r[6],
                    ((Number) r[2]).longValue(),
                    r[7] + " / " + r[8] + " / " + r[9],
                    ((Number) r[3]).intValue()))
        .toList();
  }

  /** Records the decision; a review already decided is left as it is (returns false). */
  public boolean decide(long reviewId, boolean same, String archivist) {
    return em.createNativeQuery(
                "update page_review set state = ?1, decided_by = ?2, decided_at = ?3"
                    + " where id = ?4 and state = 'OPEN'")
            .setParameter(1, same ? "SAME" : "DIFFERENT")
            .setParameter(2, archivist)
            .setParameter(3, Timestamp.from(Instant.now()))
            .setParameter(4, reviewId)
            .executeUpdate()
        == 1;
  }
}
