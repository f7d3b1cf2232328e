package vn.hoso.requests;

import java.util.ArrayList;
import java.util.List;

/**
 * How the fee for one kind of copy is computed, as an administrator may edit it when a circular
 * changes the amounts. Amounts are whole VND: the fee schedules are set in đồng and a fee is never
 * a fraction of one, so no floating point is involved anywhere.
 *
 * <p>The record accepts any values so that an edit form can show what is wrong with them; {@link
 * #problems()} says what is wrong, in Vietnamese, and {@link Fees#quote} refuses a rule that has
 * problems.
 *
 * @param code stable identifier, e.g. {@link #CERTIFIED_COPY}
 * @param name Vietnamese name shown to residents
 * @param basis what is counted
 * @param firstPagePrice price of each page before {@code tierFromPage} ({@link
 *     Basis#PER_PAGE_TIERED})
 * @param tierFromPage first page (1-based) charged at {@code laterPagePrice}
 * @param laterPagePrice price of each page from {@code tierFromPage} on
 * @param capPerCopy most one copy can cost; 0 for no cap
 * @param perCopyPrice price of one copy ({@link Basis#PER_COPY})
 * @param legalBasis the legal text the amounts come from, shown with the quote
 */
public record FeeRule(
    String code,
    String name,
    Basis basis,
    long firstPagePrice,
    int tierFromPage,
    long laterPagePrice,
    long capPerCopy,
    long perCopyPrice,
    String legalBasis) {

  /** Certifying a copy from the original, or issuing a copy from the master register. */
  public static final String CERTIFIED_COPY = "CERTIFIED_COPY";

  /** A copy of a civil-status extract (bản sao trích lục hộ tịch). */
  public static final String CIVIL_STATUS_EXTRACT = "CIVIL_STATUS_EXTRACT";

  /** Record kind whose copies are civil-status extracts. */
  public static final String CIVIL_STATUS_KIND = "civil_status";

  /**
   * Highest unit price an administrator may enter. No fee for a copy comes near it; it catches an
   * extra zero typed twice and keeps every total far inside a {@code long}.
   */
  public static final long MAX_PRICE = 10_000_000;

  /** What the fee is counted on. */
  public enum Basis {
    /** A price per page of the original, lower from some page on, optionally capped per copy. */
    PER_PAGE_TIERED,
    /** A flat price per copy, whatever the number of pages. */
    PER_COPY
  }

  public FeeRule {
    code = code == null ? null : code.strip();
    name = name == null ? null : name.strip();
    legalBasis = legalBasis == null ? null : legalBasis.strip();
  }

  /**
   * The amounts in force:
   *
   * <ul>
   *   <li>Circular 226/2016/TT-BTC, Art. 4: certifying a copy from the original (and a copy from
   *       the master register): 2,000 VND per page, from the third page 1,000 VND per page, at most
   *       200,000 VND per copy; the pages counted are those of the original.
   *   <li>Circular 281/2016/TT-BTC, Art. 4: a copy of a civil-status extract: 8,000 VND per copy.
   * </ul>
   */
  public static List<FeeRule> defaults() {
    return List.of(
        new FeeRule(
            CERTIFIED_COPY,
            "Chứng thực bản sao từ bản chính, cấp bản sao từ sổ gốc",
            Basis.PER_PAGE_TIERED,
            2_000,
            3,
            1_000,
            200_000,
            0,
            "Thông tư 226/2016/TT-BTC, Điều 4"),
        new FeeRule(
            CIVIL_STATUS_EXTRACT,
            "Cấp bản sao trích lục hộ tịch",
            Basis.PER_COPY,
            0,
            1,
            0,
            0,
            8_000,
            "Thông tư 281/2016/TT-BTC, Điều 4"));
  }

  /**
   * The rule for copies of a record of the given kind: a civil-status record ({@value
   * #CIVIL_STATUS_KIND}) is copied as a civil-status extract, anything else as a certified copy.
   *
   * @throws IllegalStateException when {@code rules} has no rule with the code needed
   */
  public static FeeRule forRecordKind(String kind, List<FeeRule> rules) {
    String code =
        CIVIL_STATUS_KIND.equals(kind == null ? null : kind.strip())
            ? CIVIL_STATUS_EXTRACT
            : CERTIFIED_COPY;
    return rules.stream()
        .filter(r -> code.equals(r.code()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Chưa cấu hình mức phí " + code + "."));
  }

  /** What is wrong with this rule, in Vietnamese; empty when it can be used. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,39}")) {
      out.add(
          "Mã loại phí phải bắt đầu bằng chữ in hoa và chỉ gồm chữ in hoa không dấu, chữ số, dấu"
              + " gạch dưới (tối đa 40 ký tự).");
    }
    if (name == null || name.isEmpty()) {
      out.add("Chưa nhập tên loại phí.");
    } else if (name.length() > 200) {
      out.add("Tên loại phí dài quá 200 ký tự.");
    }
    if (basis == null) {
      out.add("Chưa chọn cách tính phí (theo trang hoặc theo bản).");
    }
    price(out, firstPagePrice, "Giá mỗi trang đầu");
    price(out, laterPagePrice, "Giá mỗi trang sau");
    price(out, capPerCopy, "Mức tối đa mỗi bản");
    price(out, perCopyPrice, "Giá mỗi bản");
    if (tierFromPage < 1 || tierFromPage > Fees.MAX_PAGES) {
      out.add(
          "Trang bắt đầu tính giá trang sau phải từ 1 đến "
              + Fees.group(Fees.MAX_PAGES)
              + " (đang là "
              + tierFromPage
              + ").");
    }
    if (legalBasis == null || legalBasis.isEmpty()) {
      out.add("Chưa ghi căn cứ pháp lý của mức phí (số văn bản, điều khoản).");
    }
    return out;
  }

  private static void price(List<String> out, long value, String label) {
    if (value < 0) {
      out.add(label + " không được âm (đang là " + Fees.vnd(value) + ").");
    } else if (value > MAX_PRICE) {
      out.add(label + " không được vượt quá " + Fees.vnd(MAX_PRICE) + ".");
    }
  }
}
