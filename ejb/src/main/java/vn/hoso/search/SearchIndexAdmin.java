package vn.hoso.search;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import vn.hoso.records.Page;

/**
 * The index's upkeep: a full rebuild from the database (progress readable while it runs), a check
 * that the database and the index agree, and the reindexing of documents whose edit may not have
 * reached the index ({@link PendingReindex}). The check compares counts per kind, a sample of pages
 * each way, the edits still marked, and the fingerprint of a sample of entries with the one the
 * database gives (an entry written from an older state of its document differs). The index
 * otherwise follows the database on every commit by itself.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // STACK pitfall 18
public class SearchIndexAdmin {

  private static final Logger LOG = Logger.getLogger(SearchIndexAdmin.class.getName());
  static final int SAMPLE = 200;

  /** Documents still marked whose pages the check compares and names, at most. */
  static final int PENDING_SAMPLE = 20;

  @PersistenceUnit EntityManagerFactory emf;
  @EJB PendingReindex pending;

  /** Progress of the last or running rebuild. */
  public record Progress(
      boolean running,
      long done,
      long total,
      String startedBy,
      Instant startedAt,
      Instant finishedAt,
      String error) {}

  /**
   * What the check found.
   *
   * @param pendingReindex edits marked but not yet shown to be in the index (rows of the outbox)
   * @param sampledPendingDocuments some of the documents those edits changed
   * @param fingerprintsCompared entries whose fingerprint was compared with the database
   * @param sampledStalePages of those, the pages whose entry was written from another state
   */
  public record Check(
      long databasePages,
      long indexedPages,
      Map<String, Long> databaseByKind,
      Map<String, Long> indexByKind,
      List<Long> sampledMissingFromIndex,
      List<Long> sampledMissingFromDatabase,
      long pendingReindex,
      List<Long> sampledPendingDocuments,
      int fingerprintsCompared,
      List<Long> sampledStalePages,
      boolean agree) {}

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong total = new AtomicLong();
  private volatile Progress last = new Progress(false, 0, 0, null, null, null, null);

  /** Starts a rebuild unless one is running; false when one already is. */
  public boolean startRebuild(String by) {
    if (!running.compareAndSet(false, true)) {
      return false;
    }
    done.set(0);
    total.set(0);
    last = new Progress(true, 0, 0, by, Instant.now(), null, null);
    return true;
  }

  /** Runs the rebuild started by {@link #startRebuild}; called through the bean, asynchronously. */
  @Asynchronous
  public void rebuild() {
    Progress started = last;
    String error = null;
    try {
      // marks committed before the rebuild reads anything are covered by it
      List<Long> covered = pending.markIds();
      Search.mapping(emf)
          .scope(Page.class)
          .massIndexer()
          .threadsToLoadObjects(1)
          .batchSizeToLoadObjects(100)
          // one segment after a rebuild: every query pays a term lookup per segment and field
          .mergeSegmentsOnFinish(true)
          .monitor(new Monitor())
          .startAndWait();
      pending.remove(covered);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Index rebuild failed", e);
      error = e.getMessage();
    } finally {
      last =
          new Progress(
              false,
              done.get(),
              Math.max(total.get(), done.get()),
              started.startedBy(),
              started.startedAt(),
              Instant.now(),
              error);
      running.set(false);
    }
  }

  public Progress progress() {
    Progress p = last;
    return p.running()
        ? new Progress(true, done.get(), total.get(), p.startedBy(), p.startedAt(), null, null)
        : p;
  }

  public Check check() {
    EntityManager em = emf.createEntityManager();
    try {
      Map<String, Long> dbByKind = new TreeMap<>();
      for (Object[] row :
          em.createQuery(
                  "select d.kind, count(p) from Page p join p.document d group by d.kind",
                  Object[].class)
              .getResultList()) {
        dbByKind.put((String) row[0], ((Number) row[1]).longValue());
      }
      long dbPages = dbByKind.values().stream().mapToLong(Long::longValue).sum();
      SearchSession search = Search.session(em);
      AggregationKey<Map<String, Long>> byKind = AggregationKey.of("kind");
      var result =
          search
              .search(Page.class)
              .select(f -> f.id(Long.class))
              .where(f -> f.matchAll())
              .aggregation(
                  byKind, f -> f.terms().field(PageBridge.KIND, String.class).maxTermCount(1000))
              .fetch(0);
      Map<String, Long> indexByKind = new TreeMap<>(result.aggregation(byKind));
      long indexed = result.total().hitCount();

      Random random = new Random();
      List<Long> dbSample = sample(em, dbPages, random);
      List<Long> inIndex =
          dbSample.isEmpty()
              ? List.of()
              : search
                  .search(Page.class)
                  .select(f -> f.id(Long.class))
                  .where(f -> f.id().matchingAny(dbSample))
                  .fetchHits(SAMPLE);
      List<Long> missingFromIndex = new ArrayList<>(dbSample);
      missingFromIndex.removeAll(inIndex);

      int offset =
          indexed <= SAMPLE ? 0 : random.nextInt((int) Math.min(indexed - SAMPLE, 1_000_000));
      List<Long> indexSample =
          search
              .search(Page.class)
              .select(f -> f.id(Long.class))
              .where(f -> f.matchAll())
              .fetchHits(offset, SAMPLE);
      List<Long> inDb =
          indexSample.isEmpty()
              ? List.of()
              : em.createQuery("select p.id from Page p where p.id in :ids", Long.class)
                  .setParameter("ids", indexSample)
                  .getResultList();
      List<Long> missingFromDb = new ArrayList<>(indexSample);
      missingFromDb.removeAll(inDb);

      PendingReindex.Pending marked = pending.pending(PENDING_SAMPLE);
      Set<Long> compared = new LinkedHashSet<>(dbSample);
      if (!marked.documents().isEmpty()) {
        compared.addAll(
            em.createQuery("select p.id from Page p where p.document.id in :d", Long.class)
                .setParameter("d", marked.documents())
                .getResultList());
      }
      List<Long> stale = staleEntries(em, search, compared);
      boolean agree =
          dbPages == indexed
              && dbByKind.equals(indexByKind)
              && missingFromIndex.isEmpty()
              && missingFromDb.isEmpty()
              && marked.marks() == 0
              && stale.isEmpty();
      return new Check(
          dbPages,
          indexed,
          dbByKind,
          indexByKind,
          missingFromIndex,
          missingFromDb,
          marked.marks(),
          marked.documents(),
          compared.size(),
          stale,
          agree);
    } finally {
      em.close();
    }
  }

  /**
   * The pages among {@code ids} whose index entry carries another fingerprint than the database
   * gives now (pages missing from the index are counted elsewhere).
   */
  private static List<Long> staleEntries(EntityManager em, SearchSession search, Set<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, String> inIndex = new HashMap<>();
    for (List<?> hit :
        search
            .search(Page.class)
            .select(
                f ->
                    f.composite()
                        .from(f.id(Long.class), f.field(PageBridge.FINGERPRINT, String.class))
                        .asList())
            .where(f -> f.id().matchingAny(ids))
            .fetchHits(ids.size())) {
      inIndex.put((Long) hit.get(0), (String) hit.get(1));
    }
    List<Long> stale = new ArrayList<>();
    for (Page p :
        em.createQuery("select p from Page p where p.id in :ids", Page.class)
            .setParameter("ids", ids)
            .getResultList()) {
      if (inIndex.containsKey(p.getId())
          && !PageBridge.fingerprint(p).equals(inIndex.get(p.getId()))) {
        stale.add(p.getId());
      }
    }
    return stale;
  }

  /**
   * Reindexes the pages of every document an edit still marks, each in its own transaction, and
   * removes the marks. A document that fails keeps its marks (logged) and the others go on.
   *
   * @return the number of documents reindexed
   */
  public int reindexPending() {
    int documents = 0;
    for (PendingReindex.Pending p = pending.pending(PENDING_SAMPLE);
        !p.documents().isEmpty();
        p = pending.pending(PENDING_SAMPLE)) {
      int before = documents;
      for (Long document : p.documents()) {
        try {
          if (pending.reindex(document) > 0) {
            documents++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not reindex the pages of document " + document, e);
        }
      }
      if (documents == before) {
        break; // nothing removed this round: leave the rest to the next check or start
      }
    }
    return documents;
  }

  private static List<Long> sample(EntityManager em, long count, Random random) {
    if (count <= SAMPLE) {
      return em.createQuery("select p.id from Page p", Long.class).getResultList();
    }
    int offset = random.nextInt((int) Math.min(count - SAMPLE, Integer.MAX_VALUE));
    return em.createQuery("select p.id from Page p order by p.id", Long.class)
        .setFirstResult(offset)
        .setMaxResults(SAMPLE)
        .getResultList();
  }

  private final class Monitor implements MassIndexingMonitor {
    @Override
    public void documentsAdded(long increment) {
      done.addAndGet(increment);
    }

    @Override
    public void documentsBuilt(long increment) {
      // counted when added to the index
    }

    @Override
    public void entitiesLoaded(long increment) {
      // counted when added to the index
    }

    @Override
    public void addToTotalCount(long increment) {
      total.addAndGet(increment);
    }

    @Override
    public void indexingCompleted() {
      LOG.info(() -> "Index rebuilt: " + done.get() + " pages");
    }
  }
}
