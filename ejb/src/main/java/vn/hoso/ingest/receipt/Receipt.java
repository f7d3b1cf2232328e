package vn.hoso.ingest.receipt;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the handover receipt (biên bản giao nhận tài liệu lưu trữ) states about one ingested
 * handover package. Plain values only, so the receipt can be rebuilt from the stored handover at
 * any time and tested without a database.
 *
 * <p>Every text is normalised to Unicode NFC on construction: packages prepared on macOS (or typed
 * with some Vietnamese input methods) carry decomposed letters (e.g. "ê" + combining acute instead
 * of "ế"). Drawn as separate glyphs the tone marks would be misplaced, and text copied out of the
 * PDF would not match what a clerk searches for.
 *
 * @param handoverId the receiving system's id of the handover; also the receipt's number
 * @param externalIdentifier the package's {@code External-Identifier} from bag-info.txt
 * @param manifestSha256 hex SHA-256 of the bag's manifest-sha256.txt: ties the receipt to exactly
 *     the files that were handed over
 * @param sourceOrganization {@code Source-Organization} from bag-info.txt (the handing-over side)
 * @param origin the old (pre-2025-07-01) unit whose records these are
 * @param receivingUnit the new commune-level unit that received them
 * @param baggingDate {@code Bagging-Date} from bag-info.txt
 * @param receivedAt when the package was received
 * @param completedAt when ingest finished; the receipt is dated on this day. May be null for a
 *     receipt drawn before completion, then {@code receivedAt} is used
 * @param receivedBy full name of the archivist who received the package
 * @param counts totals for the whole package
 * @param dossiers the stored dossiers, in the order to list them (refused ones are in {@code
 *     refusals})
 * @param refusals findings that refused a dossier or the package, with their reasons
 * @param duplicates pages that duplicate, or may duplicate, pages already held
 */
public record Receipt(
    long handoverId,
    String externalIdentifier,
    String manifestSha256,
    String sourceOrganization,
    OriginUnit origin,
    ReceivingUnit receivingUnit,
    LocalDate baggingDate,
    Instant receivedAt,
    Instant completedAt,
    String receivedBy,
    Counts counts,
    List<DossierLine> dossiers,
    List<Refusal> refusals,
    List<DuplicatePage> duplicates) {

  public Receipt {
    externalIdentifier = nfc(Objects.requireNonNull(externalIdentifier, "externalIdentifier"));
    manifestSha256 = Objects.requireNonNull(manifestSha256, "manifestSha256").trim();
    sourceOrganization = nfc(Objects.requireNonNull(sourceOrganization, "sourceOrganization"));
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(receivingUnit, "receivingUnit");
    Objects.requireNonNull(receivedAt, "receivedAt");
    receivedBy = nfc(Objects.requireNonNull(receivedBy, "receivedBy"));
    Objects.requireNonNull(counts, "counts");
    dossiers = dossiers == null ? List.of() : List.copyOf(dossiers);
    refusals = refusals == null ? List.of() : List.copyOf(refusals);
    duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
  }

  /**
   * The old unit, as named in {@code Hoso-Origin-Unit}.
   *
   * @param level {@code commune}, {@code district} or {@code province}
   * @param code the unit's code in the pre-2025-07-01 list, e.g. {@code 27169}
   * @param name display name with its parents, e.g. "Phường 14, Quận 10, Thành phố Hồ Chí Minh"
   */
  public record OriginUnit(String level, String code, String name) {
    public OriginUnit {
      level = Objects.requireNonNull(level, "level").trim();
      code = Objects.requireNonNull(code, "code").trim();
      name = nfc(Objects.requireNonNull(name, "name"));
    }

    /** Parses the bag-info form {@code <level>:<code>}, e.g. {@code commune:27169}. */
    public static OriginUnit of(String levelAndCode, String name) {
      int colon = levelAndCode.indexOf(':');
      if (colon <= 0 || colon == levelAndCode.length() - 1) {
        throw new IllegalArgumentException("expected <level>:<code>, got " + levelAndCode);
      }
      return new OriginUnit(
          levelAndCode.substring(0, colon), levelAndCode.substring(colon + 1), name);
    }

    /** The bag-info form, {@code <level>:<code>}. */
    public String ref() {
      return level + ":" + code;
    }
  }

  /**
   * The new commune-level unit (post-2025-07-01 list) that received the package.
   *
   * @param code e.g. {@code 26734}
   * @param name e.g. "Phường Diên Hồng"
   * @param province e.g. "Thành phố Hồ Chí Minh"
   */
  public record ReceivingUnit(String code, String name, String province) {
    public ReceivingUnit {
      code = Objects.requireNonNull(code, "code").trim();
      name = nfc(Objects.requireNonNull(name, "name"));
      province = nfc(Objects.requireNonNull(province, "province"));
    }
  }

  /**
   * Totals for the package. A page counted as duplicate was stored once (identical file already
   * held); a flagged page was stored and waits for an archivist's review.
   */
  public record Counts(
      int dossiersStored,
      int dossiersRefused,
      int documentsStored,
      int pagesStored,
      int pagesRefused,
      int pagesDuplicate,
      int pagesFlagged) {}

  /** Access level of a dossier, as in the {@code access} column of dossiers.csv. */
  public enum Access {
    PUBLIC("Công khai"),
    /** Personal data: the people concerned and staff only. */
    RESTRICTED("Hạn chế"),
    /** Staff of the holding unit only; never copied to the public. */
    CONFIDENTIAL("Mật");

    private final String label;

    Access(String label) {
      this.label = label;
    }

    /** The Vietnamese label printed on the receipt. */
    public String label() {
      return label;
    }

    /** Maps the CSV value ({@code public}, {@code restricted}, {@code confidential}). */
    public static Access ofCode(String code) {
      return switch (code.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "public" -> PUBLIC;
        case "restricted" -> RESTRICTED;
        case "confidential" -> CONFIDENTIAL;
        default -> throw new IllegalArgumentException("unknown access level " + code);
      };
    }
  }

  /** One stored dossier (hồ sơ). */
  public record DossierLine(String code, String title, int documents, int pages, Access access) {
    public DossierLine {
      code = nfc(Objects.requireNonNull(code, "code"));
      title = nfc(Objects.requireNonNull(title, "title"));
      Objects.requireNonNull(access, "access");
    }
  }

  /**
   * One finding that refused something, with where it was found.
   *
   * @param severity {@code PACKAGE_REFUSED}, {@code DOSSIER_REFUSED} or {@code WARNING}, as in the
   *     handover report; printed in Vietnamese
   * @param file path inside the bag, or null
   * @param row 1-based CSV data row, or null
   * @param column CSV column or bag-info field, or null
   * @param message Vietnamese text a clerk can act on
   */
  public record Refusal(String severity, String file, Integer row, String column, String message) {
    public Refusal {
      Objects.requireNonNull(severity, "severity");
      file = nfc(file);
      column = nfc(column);
      message = nfc(Objects.requireNonNull(message, "message"));
    }
  }

  /** Why a page is listed as a duplicate. */
  public enum DuplicateKind {
    /** Same SHA-256 as a file already received: stored once. */
    IDENTICAL_FILE("trùng tệp đã có"),
    /** Same perceptual hash as a page already received: stored and flagged for review. */
    SIMILAR_PAGE("nghi trùng, chờ xem xét");

    private final String label;

    DuplicateKind(String label) {
      this.label = label;
    }

    /** The Vietnamese label printed on the receipt. */
    public String label() {
      return label;
    }
  }

  /** A page of this package that duplicates, or may duplicate, one already held. */
  public record DuplicatePage(
      String dossierCode, String documentCode, int page, DuplicateKind kind) {
    public DuplicatePage {
      dossierCode = nfc(Objects.requireNonNull(dossierCode, "dossierCode"));
      documentCode = nfc(Objects.requireNonNull(documentCode, "documentCode"));
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** NFC form of {@code s}, or null. */
  static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
