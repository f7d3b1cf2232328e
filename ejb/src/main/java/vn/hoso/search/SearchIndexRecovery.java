package vn.hoso.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The index is written right after each database commit; a server killed between the two leaves
 * pages in the database that the index lacks. At start, the database and the index are compared,
 * and the index is rebuilt when they disagree.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class SearchIndexRecovery {

  private static final Logger LOG = Logger.getLogger(SearchIndexRecovery.class.getName());

  @Resource TimerService timers;
  @EJB SearchIndexAdmin admin;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  /** How long to wait for a resumed ingest before comparing again, and how many times. */
  private static final long RETRY_MILLIS = 10_000;

  private static final int MAX_WAITS = 90;

  private int waits;

  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(2_000, new TimerConfig("search-index-recovery", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void verify() {
    try {
      // A handover resumed at start writes pages meanwhile: rebuilding under it made the two fight
      // over
      // the same rows (seen on H2: the ingest's store step timed out on a lock and failed). Wait
      // for it.
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
        return;
      }
      LOG.warning(
          () ->
              "Search index disagrees with the database ("
                  + check.indexedPages()
                  + " pages indexed, "
                  + check.databasePages()
                  + " stored): rebuilding it");
      if (admin.startRebuild("server start")) {
        admin.rebuild();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not compare the search index with the database", e);
    }
  }
}
