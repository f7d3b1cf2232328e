package vn.hoso.ingest;

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
 * After a crash, resumes the ingests that were running: each restarts from its last checkpoint (the
 * job marks the stale execution failed and goes on), and the reader skips dossiers already stored,
 * so the end state is what an uninterrupted run gives. Safe on a single server; a cluster would
 * need one node to own this.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class HandoverRecovery {

  private static final Logger LOG = Logger.getLogger(HandoverRecovery.class.getName());

  @Resource TimerService timers;
  @EJB HandoverStore store;
  @EJB HandoverService service;

  @PostConstruct
  void schedule() {
    // Not during deployment: the batch runtime and the rest of the application must be up first.
    timers.createSingleActionTimer(3_000, new TimerConfig("handover-recovery", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void resume() {
    for (Handover h : store.interrupted()) {
      if (h.getJobExecutionId() == null) {
        continue;
      }
      try {
        service.restart(h.getId());
        LOG.info("Resumed the ingest of handover " + h.getId() + " after a restart of the server");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not resume handover " + h.getId(), e);
        store.fail(h.getId());
      }
    }
  }
}
