package vn.hoso.copies;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything printed on a certified copy: who issues it under which register number, what record it
 * copies and where that record came from, who digitised it, and the page scans copied.
 *
 * @param code the copy's verification code (printed and in the QR code's link)
 * @param issuingUnit the new (post-2025) unit that issues the copy and signs it
 * @param originUnit the unit whose archive the record came from (often a former commune)
 * @param registerNo the number in the issuing unit's register of copies for {@code registerYear}
 * @param digitisedBy who converted the paper record to electronic form (Luật Giao dịch điện tử
 *     2023, Điều 12)
 * @param verifyUrl the public page where anyone can check the copy; the QR codes point there
 * @param pages the scans to copy, in order; each becomes one page of the copy
 */
public record CopyContent(
    String code,
    CopyKind kind,
    Unit issuingUnit,
    Unit originUnit,
    int registerNo,
    int registerYear,
    Instant issuedAt,
    String preparerName,
    String signerName,
    String signerTitle,
    RecordInfo record,
    String digitisedBy,
    LocalDate digitisedOn,
    String verifyUrl,
    List<PageScan> pages) {

  public CopyContent {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(issuingUnit, "issuingUnit");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(verifyUrl, "verifyUrl");
    pages = List.copyOf(pages);
  }

  /** An administrative unit: its code and its name ("Phường Diên Hồng"). */
  public record Unit(String code, String name) {}

  /**
   * The archived record copied. Only {@code documentCode} is sure to be known; older records often
   * lack a number, a date or an issuing organ.
   */
  public record RecordInfo(
      String fondsCode,
      String fondsName,
      String dossierCode,
      String dossierTitle,
      String documentCode,
      String typeName,
      String number,
      String notation,
      LocalDate issuedDate,
      String issuingOrgan) {

    public RecordInfo {
      Objects.requireNonNull(documentCode, "documentCode");
    }
  }

  /**
   * One page scan of the record.
   *
   * @param pageNo the page's number in the original record
   * @param sha256 the stored scan's SHA-256 (hex), listed in the sidecar
   * @param mediaType image/jpeg, image/png, image/tiff or application/pdf
   * @param bytes opens the stored scan
   * @param pdfPage for application/pdf, the 1-based page of that PDF to copy
   */
  public record PageScan(
      int pageNo, String sha256, String mediaType, Supplier<InputStream> bytes, Integer pdfPage) {}

  /**
   * "Số: 12/2026/BS — Quyển số: 01/2026": the copy's entry in the issuing unit's register of copies
   * (sổ cấp bản sao). The unit keeps one book per year, so the book is numbered 01 of its year and
   * the entry numbers restart at 1 each year.
   */
  public String registerLabel() {
    return registerLabel(registerNo, registerYear, "BS");
  }

  static String registerLabel(int no, int year, String suffix) {
    return "Số: " + no + "/" + year + "/" + suffix + " — Quyển số: 01/" + year;
  }
}
