package vn.hoso.records;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoso.accounts.Actor;

/**
 * What an archivist sees of received records: the dossiers of a handover, and a dossier's documents
 * with their pages (scan beside text). Staff screens only; residents get their own, narrower views.
 */
@Stateless
public class RecordBrowser {

  @PersistenceContext private EntityManager em;

  public record DossierRow(
      long id,
      String code,
      String title,
      String access,
      LocalDate startDate,
      LocalDate endDate,
      int pageCount) {}

  public record PageView(
      long id,
      int pageNo,
      String textSource,
      String text,
      Double confidence,
      boolean lowConfidence,
      boolean duplicateFile,
      String wordBoxes) {}

  public record DocumentView(
      long id,
      String code,
      String kind,
      String typeName,
      String numberAndNotation,
      String issuingOrgan,
      String summary,
      LocalDate issuedDate,
      String access,
      List<Document.Subject> subjects,
      List<String> businessCodes,
      List<PageView> pages) {}

  public record DossierView(
      long id,
      String code,
      String title,
      String access,
      String fondsName,
      String originCode,
      String receivingCode,
      LocalDate startDate,
      LocalDate endDate,
      List<DocumentView> documents) {}

  /** A page's scan: the stored file and, for a PDF, which page of it. */
  public record ScanRef(String sha256, String mediaType, Integer pdfPage) {}

  public List<DossierRow> dossiersOfHandover(long handoverId) {
    return em
        .createQuery("select d from Dossier d where d.handoverId = :h order by d.id", Dossier.class)
        .setParameter("h", handoverId)
        .getResultList()
        .stream()
        .map(
            d ->
                new DossierRow(
                    d.getId(),
                    d.getCode(),
                    d.getTitle(),
                    d.getAccess().code(),
                    d.getStartDate(),
                    d.getEndDate(),
                    d.getPageCount()))
        .toList();
  }

  /** A dossier for staff of its holding unit; for anyone else, as if it did not exist. */
  public Optional<DossierView> dossier(long id, Actor viewer) {
    Dossier d = em.find(Dossier.class, id);
    if (d == null || viewer == null || !viewer.isStaff() || !viewer.actsFor(d.getReceivingCode())) {
      return Optional.empty();
    }
    List<DocumentView> docs =
        d.getDocuments().stream()
            .map(
                doc ->
                    new DocumentView(
                        doc.getId(),
                        doc.getCode(),
                        doc.getKind(),
                        doc.getTypeName(),
                        doc.numberAndNotation(),
                        doc.getIssuingOrgan(),
                        doc.getSummary(),
                        doc.getIssuedDate(),
                        doc.getAccess().code(),
                        List.copyOf(doc.getSubjects()),
                        List.copyOf(doc.getBusinessCodes()),
                        doc.getPages().stream()
                            .map(
                                p ->
                                    new PageView(
                                        p.getId(),
                                        p.getPageNo(),
                                        p.getTextSource(),
                                        p.getTextContent(),
                                        p.getOcrConfidence(),
                                        p.isLowConfidence(),
                                        p.isDuplicateFile(),
                                        p.getWordBoxes()))
                            .toList()))
            .toList();
    return Optional.of(
        new DossierView(
            d.getId(),
            d.getCode(),
            d.getTitle(),
            d.getAccess().code(),
            d.getFonds().getName(),
            d.getOriginCode(),
            d.getReceivingCode(),
            d.getStartDate(),
            d.getEndDate(),
            docs));
  }

  public Optional<ScanRef> scan(long pageId) {
    Page p = em.find(Page.class, pageId);
    return p == null
        ? Optional.empty()
        : Optional.of(new ScanRef(p.getBlobSha256(), p.getMediaType(), p.getPdfPage()));
  }
}
