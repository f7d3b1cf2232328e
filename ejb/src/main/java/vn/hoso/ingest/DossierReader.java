package vn.hoso.ingest;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;

/**
 * Hands the accepted dossiers to the store step one at a time, in package order. Its checkpoint is
 * the index of the next dossier; a dossier the database already holds (committed just before a
 * crash, after the last checkpoint) is skipped, so a restart never stores a dossier twice.
 */
@Named
@Dependent
public class DossierReader extends AbstractItemReader {

  @Inject @BatchProperty String handoverId;

  @Inject IngestSettings settings;
  @Inject StepContext step;
  @PersistenceContext EntityManager em;

  private IngestPlan plan;
  private int next;

  @Override
  public void open(Serializable checkpoint) {
    plan = PlanFiles.read(settings.handoverDir(Long.parseLong(handoverId)));
    step.setTransientUserData(plan);
    next = checkpoint == null ? 0 : (Integer) checkpoint;
  }

  @Override
  public Object readItem() {
    while (next < plan.dossiers().size()) {
      IngestPlan.DossierPlan d = plan.dossiers().get(next++);
      Long stored =
          em.createQuery(
                  "select count(d) from Dossier d where d.handoverId = :h and d.code = :c",
                  Long.class)
              .setParameter("h", plan.handoverId())
              .setParameter("c", d.description().code())
              .getSingleResult();
      if (stored == 0) {
        return d;
      }
    }
    return null;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}
