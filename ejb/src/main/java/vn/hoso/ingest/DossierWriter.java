package vn.hoso.ingest;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.records.Document;
import vn.hoso.records.Dossier;
import vn.hoso.records.Fonds;
import vn.hoso.records.Page;
import vn.hoso.storage.StoredBlob;

/**
 * Stores one dossier whole, in the chunk's transaction: fonds (once per origin unit), dossier,
 * documents, pages, the blob rows of files not held before, near-duplicate reviews ({@link
 * NearDuplicates}), and the handover's counts. A dossier whose pages could not all be read is not
 * stored; the handover's report gets the reason.
 */
@Named
@Dependent
public class DossierWriter extends AbstractItemWriter {

  @Inject @BatchProperty String handoverId;

  @Inject StepContext step;
  @PersistenceContext EntityManager em;

  @Override
  public void writeItems(List<Object> items) {
    long id = Long.parseLong(handoverId);
    Handover handover = em.find(Handover.class, id);
    for (Object item : items) {
      StoredDossier sd = (StoredDossier) item;
      if (sd.failure() != null) {
        handover.dossierFailed(problem(sd.plan().description().code(), sd.failure()));
        continue;
      }
      store(handover, sd);
    }
  }

  private void store(Handover handover, StoredDossier sd) {
    IngestPlan plan = (IngestPlan) step.getTransientUserData();
    Fonds fonds = fonds(plan.fonds());
    Dossier dossier = new Dossier(fonds, handover.getId(), sd.plan().description());
    int duplicates = 0;
    int flagged = 0;
    int pages = 0;
    List<Page> stored = new ArrayList<>();
    for (int i = 0; i < sd.plan().documents().size(); i++) {
      IngestPlan.DocumentPlan dp = sd.plan().documents().get(i);
      Document doc = dossier.addDocument(dp.description());
      for (PageWork.Result r : sd.pages().get(i)) {
        boolean knownFile =
            !StoredBlob.recordIfNew(
                em, r.blob().sha256(), r.blob().size(), r.plan().mediaType(), Instant.now());
        boolean duplicateFile = knownFile && heldByAnotherDocument(r.blob().sha256());
        Page page =
            doc.addPage(
                new Page.Scan(
                    r.blob().sha256(),
                    r.plan().mediaType(),
                    r.plan().pdfPage(),
                    r.width(),
                    r.height(),
                    r.perceptualHash(),
                    duplicateFile),
                r.text());
        stored.add(page);
        pages++;
        if (duplicateFile) {
          duplicates++;
        }
        if (r.text() != null && r.text().lowConfidence()) {
          flagged++;
        }
      }
    }
    em.persist(dossier);
    em.flush();
    int reviews = new NearDuplicates(em).review(stored);
    handover.dossierStored(sd.plan().documents().size(), pages, duplicates, flagged + reviews);
  }

  /**
   * The same file already held for another document — in an earlier package or earlier in this one
   * — is the same paper digitised twice. A PDF's pages share one file: its second page is no
   * duplicate of its first (this dossier's pages are not in the database yet, so only other
   * documents' pages are counted).
   */
  private boolean heldByAnotherDocument(String sha) {
    return em.createQuery("select count(p) from Page p where p.blobSha256 = :sha", Long.class)
            .setParameter("sha", sha)
            .getSingleResult()
        > 0;
  }

  private Fonds fonds(IngestPlan.Fonds f) {
    List<Fonds> found =
        em.createQuery(
                "select f from Fonds f where f.originLevel = :l and f.originCode = :c"
                    + " and f.code = :code",
                Fonds.class)
            .setParameter("l", f.originLevel())
            .setParameter("c", f.originCode())
            .setParameter("code", f.code())
            .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    Fonds created =
        new Fonds(
            f.code(),
            f.name(),
            f.originLevel(),
            f.originCode(),
            f.receivingCode(),
            f.startYear(),
            f.endYear(),
            f.closed(),
            f.notes());
    em.persist(created);
    return created;
  }

  private static String problem(String dossierCode, String reason) {
    return HandoverReport.JSONB.toJson(
        new HandoverReport.Problem(
            "DOSSIER_REFUSED",
            "page.unreadable",
            null,
            null,
            null,
            dossierCode,
            "Hồ sơ "
                + dossierCode
                + " không lưu được vì một trang không đọc được: "
                + reason
                + ". Hãy kiểm tra tệp và gửi lại hồ sơ này."));
  }
}
