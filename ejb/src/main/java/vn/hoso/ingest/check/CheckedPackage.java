package vn.hoso.ingest.check;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The outcome of checking one handover package: what may be stored and every finding. When {@link
 * #refused()} is true nothing may be stored, {@link #dossiers()} is empty and {@link #fonds()} may
 * be null; {@link #bagInfo()} then holds whatever could be read, for the report.
 *
 * <p>Duplicate detection against what was already received (same External-Identifier from the same
 * origin unit, same file SHA-256, similar page) is the caller's job: this record gives it {@link
 * BagInfo#externalIdentifier()}, {@link BagInfo#originLevel()}/{@link BagInfo#originCode()} and
 * {@link #payloadSha256()}.
 *
 * @param bagInfo values of bag-info.txt (fields null where missing or invalid), or null if the bag
 *     could not be read at all
 * @param fonds the single row of fonds.csv, or null if the package was refused before or because of
 *     it
 * @param dossiers the accepted dossiers, in dossiers.csv order
 * @param refusedDossierCodes codes of the refused dossiers (every dossier code named by a {@code
 *     DOSSIER_REFUSED} problem), sorted
 * @param problems every finding, in the order found
 * @param manifestSha256 lowercase hex SHA-256 of the bytes of manifest-sha256.txt (printed on the
 *     receipt), or null if there is no such file
 * @param payloadSha256 bag-relative payload path (e.g. {@code data/files/HS01/VB01.pdf}) to the
 *     lowercase hex SHA-256 listed for it in manifest-sha256.txt, sorted by path; empty if the
 *     manifest could not be read
 */
public record CheckedPackage(
    BagInfo bagInfo,
    Fonds fonds,
    List<Dossier> dossiers,
    Set<String> refusedDossierCodes,
    List<IngestProblem> problems,
    String manifestSha256,
    Map<String, String> payloadSha256) {

  public CheckedPackage {
    dossiers = List.copyOf(dossiers);
    refusedDossierCodes = Collections.unmodifiableSortedSet(new TreeSet<>(refusedDossierCodes));
    problems = List.copyOf(problems);
    payloadSha256 = Collections.unmodifiableSortedMap(new TreeMap<>(payloadSha256));
  }

  /** True if the whole package is refused: some problem has severity PACKAGE_REFUSED. */
  public boolean refused() {
    return problems.stream().anyMatch(p -> p.severity() == IngestProblem.Severity.PACKAGE_REFUSED);
  }

  /**
   * bag-info.txt. Each field is null when missing or invalid.
   *
   * @param originLevel {@code commune}, {@code district} or {@code province}
   * @param originCode the old unit's code
   * @param receivingUnit the new commune-level unit's code
   * @param fields every field as read (label to values in order), for the record
   */
  public record BagInfo(
      String sourceOrganization,
      LocalDate baggingDate,
      String externalIdentifier,
      String originLevel,
      String originCode,
      String receivingUnit,
      String payloadOxum,
      String packageVersion,
      Map<String, List<String>> fields) {}

  /** The row of fonds.csv. Optional values are null when empty. */
  public record Fonds(
      String code,
      String name,
      String originUnit,
      Integer startYear,
      Integer endYear,
      boolean closed,
      String notes) {}

  /**
   * An accepted dossier (hồ sơ). Optional text values are null when empty.
   *
   * @param row the dossier's data row in dossiers.csv
   * @param retentionYears years to keep, or null for {@code permanent}
   * @param access {@code public}, {@code restricted} or {@code confidential}
   * @param language {@code vi} when not given
   * @param documents the documents in ordinal order
   */
  public record Dossier(
      int row,
      String code,
      String fondsCode,
      String catalogNo,
      String boxNo,
      String fileNo,
      String title,
      Integer retentionYears,
      String access,
      String language,
      LocalDate startDate,
      LocalDate endDate,
      int documentCount,
      Integer sheetCount,
      int pageCount,
      String physicalCondition,
      List<String> keywords,
      String notes,
      List<Document> documents) {

    public boolean permanent() {
      return retentionYears == null;
    }
  }

  /**
   * A document (văn bản) of an accepted dossier. Optional text values are null when empty.
   *
   * @param row the document's data row in documents.csv
   * @param kind {@code civil_status}, {@code land}, {@code construction}, {@code
   *     business_registration}, {@code decision} or {@code other}
   * @param access the override of the dossier's access, or null
   * @param pdfFile bag-relative path of the PDF when the document is one PDF, else null
   * @param textFile bag-relative path of the supplied OCR text, or null
   * @param pages the pages in order, {@code pages.size() == pageCount}
   */
  public record Document(
      int row,
      String code,
      String dossierCode,
      int ordinal,
      String kind,
      String typeName,
      String number,
      String notation,
      LocalDate issuedDate,
      String issuingOrgan,
      String summary,
      int pageCount,
      List<Subject> subjects,
      List<String> businessCodes,
      String access,
      boolean autograph,
      String notes,
      String pdfFile,
      String textFile,
      List<Page> pages) {}

  /** A person a document is about; any part may be null when not given. */
  public record Subject(String id, String name, LocalDate birthDate) {}

  /**
   * One page of a document.
   *
   * @param number 1-based page number within the document
   * @param file bag-relative path of the page image, or of the PDF holding the page
   * @param mediaType the type found from the file's bytes: {@code application/pdf}, {@code
   *     image/png}, {@code image/jpeg} or {@code image/tiff}
   * @param width image width in pixels, null for a PDF page
   * @param height image height in pixels, null for a PDF page
   * @param textLayer for a PDF page, whether PDFBox extracts non-blank text from it (a real text
   *     layer, so no OCR is needed); always false for an image
   * @param suppliedText the page's text from the contractor's .txt file (NFC), or null
   */
  public record Page(
      int number,
      String file,
      String mediaType,
      Integer width,
      Integer height,
      boolean textLayer,
      String suppliedText) {}
}
