package vn.hoso.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The index is written right after each database commit; a server killed between the two leaves
 * pages in the database that the index lacks, or entries describing a document as it was before an
 * edit. At start, the database and the index are compared: documents whose edit is still marked
 * ({@link PendingReindex}) have exactly their pages reindexed; if the two still disagree, the index
 * is rebuilt. What was found and done is kept for the admin API ({@link #lastRecovery}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
// the timer's callbacks run one after another; the admin may read the outcome meanwhile
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndexRecovery {

  private static final Logger LOG = Logger.getLogger(SearchIndexRecovery.class.getName());

  @Resource TimerService timers;
  @EJB SearchIndexAdmin admin;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  /** How long to wait for a resumed ingest before comparing again, and how many times. */
  private static final long RETRY_MILLIS = 10_000;

  private static final int MAX_WAITS = 90;

  private int waits;

  /**
   * What the server found and did at its last start: the check, the documents reindexed because an
   * edit of theirs was still marked, whether the whole index had to be rebuilt, or why the
   * comparison failed.
   */
  public record Recovery(
      Instant at,
      SearchIndexAdmin.Check found,
      int documentsReindexed,
      boolean rebuilt,
      String error) {}

  private volatile Recovery last;

  /** What the comparison at start found and did; empty until it has run. */
  public Optional<Recovery> lastRecovery() {
    return Optional.ofNullable(last);
  }

  private void recovered(Recovery recovery) {
    last = recovery;
  }

  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(2_000, new TimerConfig("search-index-recovery", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void verify() {
    try {
      // A handover resumed at start writes pages meanwhile: rebuilding under it made the two fight
      // over the same rows (seen on H2: the ingest's store step timed out on a lock and failed).
      // Wait for it.
      long active =
          em.createQuery("select count(h) from Handover h where h.state in :active", Long.class)
              .setParameter(
                  "active",
                  java.util.List.of(
                      vn.hoso.ingest.Handover.State.RECEIVED,
                      vn.hoso.ingest.Handover.State.CHECKING,
                      vn.hoso.ingest.Handover.State.STORING))
              .getSingleResult();
      if (active > 0 && waits++ < MAX_WAITS) {
        LOG.info(
            () -> active + " handover(s) being ingested: the search index is compared afterwards");
        timers.createSingleActionTimer(
            RETRY_MILLIS, new TimerConfig("search-index-recovery", false));
        return;
      }
      SearchIndexAdmin.Check check = admin.check();
      if (check.agree()) {
        LOG.info(() -> "Search index agrees with the database: " + check.indexedPages() + " pages");
        recovered(new Recovery(Instant.now(), check, 0, false, null));
        return;
      }
      LOG.warning(
          () ->
              "Search index disagrees with the database ("
                  + check.indexedPages()
                  + " pages indexed, "
                  + check.databasePages()
                  + " stored, "
                  + check.pendingReindex()
                  + " edit(s) of documents "
                  + check.sampledPendingDocuments()
                  + " maybe not indexed, stale entries "
                  + check.sampledStalePages()
                  + ")");
      int reindexed = 0;
      SearchIndexAdmin.Check after = check;
      if (check.pendingReindex() > 0) {
        reindexed = admin.reindexPending();
        int documents = reindexed;
        LOG.info(() -> "Reindexed the pages of " + documents + " edited document(s)");
        after = admin.check();
      }
      boolean rebuild = !after.agree();
      if (rebuild) {
        LOG.warning("Search index still disagrees with the database: rebuilding it");
        if (admin.startRebuild("server start")) {
          admin.rebuild();
        }
      }
      recovered(new Recovery(Instant.now(), check, reindexed, rebuild, null));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not compare the search index with the database", e);
      recovered(new Recovery(Instant.now(), null, 0, false, String.valueOf(e)));
    }
  }
}
