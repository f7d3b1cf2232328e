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
 * documents, pages, the blob rows of files not held before, near-duplicate reviews, and the
 * handover's counts. A dossier whose pages could not all be read is not stored; the handover's
 * report gets the reason.
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
    List<long[]> reviews = new ArrayList<>();
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
    for (Page page : stored) {
      long[] similar = similarPage(page);
      if (similar != null) {
        reviews.add(new long[] {page.getId(), similar[0], similar[1]});
      }
    }
    for (long[] r : reviews) {
      em.createNativeQuery(
              "insert into page_review (page_id, similar_to_id, distance, state)"
                  + " values (?1, ?2, ?3, 'OPEN')")
          .setParameter(1, r[0])
          .setParameter(2, r[1])
          .setParameter(3, (int) r[2])
          .executeUpdate();
    }
    handover.dossierStored(
        sd.plan().documents().size(), pages, duplicates, flagged + reviews.size());
  }

  /**
   * An earlier page, of this package or another, whose file differs but which is possibly the same
   * sheet digitised twice: its perceptual hash at most {@link PerceptualHash#NEAR} bits away unless
   * the two texts are clearly different records (filled copies of one form), or up to {@link
   * PerceptualHash#LOOSE} bits when the texts agree (a slightly rotated rescan). Identical files
   * are reported as duplicates instead. The bands narrow the search through an index. Returns the
   * similar page's id and the distance, or null.
   */
  private long[] similarPage(Page page) {
    long h = page.getPerceptualHash();
    List<Object[]> candidates =
        em.createQuery(
                "select p.id, p.perceptualHash, p.textContent from Page p where p.id <> :id"
                    + " and p.blobSha256 <> :sha and (p.phashBand0 = :b0 or p.phashBand1 = :b1 or p.phashBand2 = :b2"
                    + " or p.phashBand3 = :b3) order by p.id",
                Object[].class)
            .setParameter("id", page.getId())
            .setParameter("sha", page.getBlobSha256())
            .setParameter("b0", (int) (h & 0xFFFF))
            .setParameter("b1", (int) ((h >>> 16) & 0xFFFF))
            .setParameter("b2", (int) ((h >>> 32) & 0xFFFF))
            .setParameter("b3", (int) ((h >>> 48) & 0xFFFF))
            .setMaxResults(200)
            .getResultList();
    for (Object[] c : candidates) {
      int distance = PerceptualHash.distance(h, (Long) c[1]);
      if (distance > PerceptualHash.LOOSE) {
        continue;
      }
      PageSimilarity.Verdict text = PageSimilarity.compare(page.getTextContent(), (String) c[2]);
      if (PageSimilarity.likelySameSheet(
          distance, PerceptualHash.NEAR, PerceptualHash.LOOSE, text)) {
        return new long[] {(Long) c[0], distance};
      }
    }
    return null;
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
