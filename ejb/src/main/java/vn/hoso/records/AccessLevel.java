package vn.hoso.records;

/**
 * Chế độ sử dụng: who may see a record (Circular 02/2019/TT-BNV); stored in lower case as the
 * package writes it.
 */
public enum AccessLevel {
  /** công khai */
  PUBLIC,
  /** hạn chế: personal data, for the people it concerns and staff */
  RESTRICTED,
  /** mật: staff of the holding unit only, never copied to the public */
  CONFIDENTIAL;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static AccessLevel ofCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
