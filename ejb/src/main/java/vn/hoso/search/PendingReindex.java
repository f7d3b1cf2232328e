package vn.hoso.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import vn.hoso.records.Page;

/**
 * Edits of a document that the search index has not been shown to take in yet, kept durably.
 *
 * <p>The index is written after the database commits; a server killed in between would leave the
 * index describing a document's old metadata (old summary found, new one not, an old access level
 * applied to who sees it) with nothing to tell. So an edit {@link #mark marks} the document in its
 * own transaction — a row of {@code search_reindex_outbox} — and takes its pages out of that
 * transaction's automatic indexing; after the commit the editor calls {@link #reindex}, which
 * writes the pages to the index and only then removes the marks. A mark that survives (a crash, a
 * failed index write) is reported by the index check and reindexed at the next start.
 */
@Stateless
public class PendingReindex {

  @PersistenceContext EntityManager em;

  /**
   * In the caller's transaction, before it changes the document: marks the document for reindexing,
   * and leaves its pages out of this transaction's automatic indexing (they are written by {@link
   * #reindex} once the transaction has committed).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void mark(long documentId) {
    Search.session(em).indexingPlanFilter(filter -> filter.exclude(Page.class));
    em.createNativeQuery(
            "insert into search_reindex_outbox (document_id, marked_at) values (?1, ?2)")
        .setParameter(1, documentId)
        .setParameter(2, Timestamp.from(Instant.now()))
        .executeUpdate();
  }

  /**
   * Writes the document's pages to the index as the database holds them now, waits until the index
   * has committed them, then removes the document's marks. Only marks read before the document are
   * removed: an edit committed meanwhile keeps its own mark until its own reindex.
   *
   * @return the number of marks removed (0 when another call had already done the work)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reindex(long documentId) {
    @SuppressWarnings("unchecked")
    List<Number> marks =
        em.createNativeQuery("select id from search_reindex_outbox where document_id = ?1")
            .setParameter(1, documentId)
            .getResultList();
    if (marks.isEmpty()) {
      return 0;
    }
    SearchSession search = Search.session(em);
    search.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
    for (Page page :
        em.createQuery("select p from Page p where p.document.id = :d", Page.class)
            .setParameter("d", documentId)
            .getResultList()) {
      search.indexingPlan().addOrUpdate(page);
    }
    search.indexingPlan().execute();
    return em.createNativeQuery("delete from search_reindex_outbox where id in (?1)")
        .setParameter(1, marks.stream().map(Number::longValue).toList())
        .executeUpdate();
  }

  /**
   * How many marks are waiting, and (at most {@code max}) the documents they name, oldest first.
   */
  public record Pending(long marks, List<Long> documents) {}

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Pending pending(int max) {
    long count =
        ((Number)
                em.createNativeQuery("select count(*) from search_reindex_outbox")
                    .getSingleResult())
            .longValue();
    if (count == 0) {
      return new Pending(0, List.of());
    }
    @SuppressWarnings("unchecked")
    List<Number> docs =
        em.createNativeQuery(
                "select document_id from search_reindex_outbox group by document_id"
                    + " order by min(id)")
            .setMaxResults(max)
            .getResultList();
    return new Pending(count, docs.stream().map(Number::longValue).toList());
  }

  /** Every mark now, for a full rebuild to remove once it has read everything afresh. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Long> markIds() {
    @SuppressWarnings("unchecked")
    List<Number> ids = em.createNativeQuery("select id from search_reindex_outbox").getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** Removes these marks (a full rebuild covered them). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void remove(List<Long> markIds) {
    for (int from = 0; from < markIds.size(); from += 1000) {
      em.createNativeQuery("delete from search_reindex_outbox where id in (?1)")
          .setParameter(1, markIds.subList(from, Math.min(markIds.size(), from + 1000)))
          .executeUpdate();
    }
  }
}
