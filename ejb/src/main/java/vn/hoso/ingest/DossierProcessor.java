package vn.hoso.ingest;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import vn.hoso.storage.BlobStore;

/**
 * Reads every page of a dossier — file into the blob store, text, perceptual hash — several pages
 * at once (one OCR process per core). A page that cannot be read makes the whole dossier fail: it
 * is then not stored at all.
 */
@Named
@Dependent
public class DossierProcessor implements ItemProcessor {

  private static final Logger LOG = Logger.getLogger(DossierProcessor.class.getName());

  @Inject @BatchProperty String handoverId;

  @Inject IngestSettings settings;
  @Inject StepContext step;
  @Inject BlobStore blobs;
  @Inject TesseractOcr ocr;

  @Resource ManagedExecutorService executor;

  /**
   * Dossiers whose pages are started ahead, so the cores keep reading while a dossier is written.
   */
  private static final int LOOKAHEAD = 2;

  private final Map<String, List<List<Future<PageWork.Result>>>> started = new HashMap<>();
  private Map<String, Integer> order;
  private IngestPlan plan;
  private Path bagDir;
  private PageWork work;
  private Semaphore slots;

  @Override
  public Object processItem(Object item) throws Exception {
    IngestPlan.DossierPlan dossier = (IngestPlan.DossierPlan) item;
    if (plan == null) {
      plan = (IngestPlan) step.getTransientUserData();
      bagDir = Path.of(plan.bagDir());
      work = new PageWork(blobs, ocr, settings.minConfidence());
      slots = new Semaphore(Math.max(1, settings.ocrThreads()), true);
      order = new HashMap<>();
      for (int i = 0; i < plan.dossiers().size(); i++) {
        order.put(plan.dossiers().get(i).description().code(), i);
      }
    }
    start(dossier);
    int index = order.get(dossier.description().code());
    for (int k = 1; k <= LOOKAHEAD && index + k < plan.dossiers().size(); k++) {
      start(plan.dossiers().get(index + k));
    }
    List<List<Future<PageWork.Result>>> futures = started.remove(dossier.description().code());
    List<List<PageWork.Result>> results = new ArrayList<>();
    String failure = null;
    for (List<Future<PageWork.Result>> pages : futures) {
      List<PageWork.Result> done = new ArrayList<>();
      for (Future<PageWork.Result> f : pages) {
        try {
          done.add(f.get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (!(cause instanceof IOException) && !(cause instanceof RuntimeException)) {
            throw e;
          }
          LOG.warning("Dossier " + dossier.description().code() + ": " + cause.getMessage());
          if (failure == null) {
            failure = cause.getMessage();
          }
        }
      }
      results.add(done);
    }
    return new StoredDossier(dossier, results, failure);
  }

  /**
   * Queues the dossier's pages once; each waits for one of the OCR slots (first queued, first
   * served).
   */
  private void start(IngestPlan.DossierPlan dossier) {
    started.computeIfAbsent(
        dossier.description().code(),
        code -> {
          List<List<Future<PageWork.Result>>> docs = new ArrayList<>();
          for (IngestPlan.DocumentPlan doc : dossier.documents()) {
            List<Future<PageWork.Result>> pages = new ArrayList<>();
            for (IngestPlan.PagePlan page : doc.pages()) {
              pages.add(
                  executor.submit(
                      () -> {
                        slots.acquire();
                        try {
                          return work.process(bagDir, page);
                        } finally {
                          slots.release();
                        }
                      }));
            }
            docs.add(pages);
          }
          return docs;
        });
  }
}
