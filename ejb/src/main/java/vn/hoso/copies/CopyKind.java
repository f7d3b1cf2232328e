package vn.hoso.copies;

/**
 * What a certified copy is made from. Civil status registers (sổ hộ tịch) are "sổ gốc" in the sense
 * of Nghị định 23/2015/NĐ-CP: a copy from them is a "bản sao từ sổ gốc". Every other archived
 * record gives a copy of an archival document (bản sao tài liệu lưu trữ).
 */
public enum CopyKind {
  REGISTER_COPY("Bản sao từ sổ gốc"),
  ARCHIVE_COPY("Bản sao tài liệu lưu trữ");

  private final String title;

  CopyKind(String title) {
    this.title = title;
  }

  /** The document's name as printed (sentence case; the title line is upper case). */
  public String title() {
    return title;
  }

  /** The kind of copy a record of {@code kind} (a record kind code, e.g. "civil_status") gives. */
  public static CopyKind forRecordKind(String kind) {
    return "civil_status".equals(kind) ? REGISTER_COPY : ARCHIVE_COPY;
  }
}
