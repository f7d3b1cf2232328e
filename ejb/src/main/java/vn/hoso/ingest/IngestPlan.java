package vn.hoso.ingest;

import java.io.Serializable;
import java.util.List;
import vn.hoso.records.Document;
import vn.hoso.records.Dossier;

/**
 * What the check of a package decided to store: the fonds and the accepted dossiers with their
 * documents and pages, in package order. Written to the handover's work directory after the check,
 * so that a restarted job stores exactly what an uninterrupted one would, without checking again.
 */
public record IngestPlan(long handoverId, String bagDir, Fonds fonds, List<DossierPlan> dossiers)
    implements Serializable {

  public record Fonds(
      String code,
      String name,
      String originLevel,
      String originCode,
      String receivingCode,
      Integer startYear,
      Integer endYear,
      boolean closed,
      String notes)
      implements Serializable {}

  public record DossierPlan(Dossier.Description description, List<DocumentPlan> documents)
      implements Serializable {
    public int pageCount() {
      return documents.stream().mapToInt(d -> d.pages().size()).sum();
    }
  }

  public record DocumentPlan(Document.Description description, List<PagePlan> pages)
      implements Serializable {}

  /**
   * One page to store: its file inside the bag and that file's SHA-256 (from the verified
   * manifest), the page within a PDF (1-based, null for an image), the size in pixels when known,
   * whether a PDF page has a real text layer, and the contractor's text when supplied.
   */
  public record PagePlan(
      String file,
      String sha256,
      String mediaType,
      Integer pdfPage,
      Integer width,
      Integer height,
      boolean pdfTextLayer,
      String suppliedText)
      implements Serializable {}

  public int pageCount() {
    return dossiers.stream().mapToInt(DossierPlan::pageCount).sum();
  }
}
