package vn.hoso.ingest.check;

import java.util.Objects;

/**
 * One finding about a handover package, as shown to the clerk and returned over the API.
 *
 * @param severity what the finding does to the package
 * @param code stable machine code, e.g. {@code csv.value.date}; never changes once released
 * @param file path inside the bag (e.g. {@code data/dossiers.csv}) or, for zip findings, the entry
 *     name inside the zip; null when the finding concerns the package as a whole
 * @param row 1-based data row of a CSV file (the header row is not counted), or null
 * @param column CSV column or bag-info.txt field name, or null
 * @param dossierCode the dossier the finding concerns, or null
 * @param message Vietnamese text a clerk can act on: what is wrong, where, and what to do
 */
public record IngestProblem(
    Severity severity,
    String code,
    String file,
    Integer row,
    String column,
    String dossierCode,
    String message) {

  /** What a finding does to the package. */
  public enum Severity {
    /** The whole package is refused; nothing is stored. */
    PACKAGE_REFUSED,
    /** The dossier named by {@link IngestProblem#dossierCode()} is refused; others are stored. */
    DOSSIER_REFUSED,
    /** Reported only; nothing is refused. */
    WARNING
  }

  public IngestProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
