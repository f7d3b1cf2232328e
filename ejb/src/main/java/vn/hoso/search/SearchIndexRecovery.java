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

  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(2_000, new TimerConfig("search-index-recovery", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void verify() {
    try {
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
