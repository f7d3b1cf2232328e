package vn.hoso.ingest;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A job that ends in failure leaves its handover FAILED (an archivist can restart it), never
 * half-running.
 */
@Named
@Dependent
public class HandoverJobListener extends AbstractJobListener {

  @Inject JobContext job;

  @Inject @BatchProperty String handoverId;

  @Inject HandoverStore store;

  @Override
  public void afterJob() {
    if (job.getBatchStatus() == BatchStatus.FAILED) {
      store.fail(Long.parseLong(handoverId));
    }
  }
}
