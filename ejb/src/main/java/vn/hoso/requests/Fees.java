package vn.hoso.requests;

import java.util.ArrayList;
import java.util.List;

/**
 * Fees for copies, computed from a {@link FeeRule}. Whole VND throughout ({@code long}), so a sum
 * of lines is exactly the total a resident pays and the receipt shows.
 *
 * <p>For a tiered rule (Circular 226/2016/TT-BTC, Art. 4) the pages counted are the pages of the
 * original, and the cap applies to each copy: a 500-page original certified twice costs twice
 * 200,000 VND, not 200,000 VND.
 */
public final class Fees {

  /** Most pages one request may have: beyond it a quote is a mistake, not a request. */
  public static final int MAX_PAGES = 2000;

  /** Most copies one request may ask for. */
  public static final int MAX_COPIES = 50;

  private Fees() {}

  /**
   * The fee for {@code copies} copies of an original of {@code pages} pages.
   *
   * @throws IllegalArgumentException with a Vietnamese message when pages or copies are out of
   *     range, or the rule has {@link FeeRule#problems()}
   */
  public static FeeQuote quote(FeeRule rule, int pages, int copies) {
    if (rule == null) {
      throw new IllegalArgumentException("Chưa chọn mức phí.");
    }
    if (pages < 1 || pages > MAX_PAGES) {
      throw new IllegalArgumentException(
          "Số trang phải từ 1 đến " + group(MAX_PAGES) + " (đang là " + pages + ").");
    }
    if (copies < 1 || copies > MAX_COPIES) {
      throw new IllegalArgumentException(
          "Số bản sao phải từ 1 đến " + MAX_COPIES + " (đang là " + copies + ").");
    }
    List<String> problems = rule.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Mức phí " + rule.code() + " chưa hợp lệ: " + String.join(" ", problems));
    }
    List<FeeQuote.Line> lines = new ArrayList<>();
    boolean capped = false;
    if (rule.basis() == FeeRule.Basis.PER_COPY) {
      lines.add(new FeeQuote.Line("1 bản × " + vnd(rule.perCopyPrice()), rule.perCopyPrice()));
    } else {
      int first = Math.min(pages, rule.tierFromPage() - 1);
      int later = pages - first;
      if (first > 0) {
        lines.add(
            new FeeQuote.Line(
                first + (later > 0 ? " trang đầu × " : " trang × ") + vnd(rule.firstPagePrice()),
                first * rule.firstPagePrice()));
      }
      if (later > 0) {
        lines.add(
            new FeeQuote.Line(
                later
                    + " trang từ trang thứ "
                    + rule.tierFromPage()
                    + " × "
                    + vnd(rule.laterPagePrice()),
                later * rule.laterPagePrice()));
      }
      long raw = first * rule.firstPagePrice() + later * rule.laterPagePrice();
      if (rule.capPerCopy() > 0 && raw > rule.capPerCopy()) {
        capped = true;
        lines.add(
            new FeeQuote.Line(
                "Thu tối đa " + vnd(rule.capPerCopy()) + " mỗi bản", rule.capPerCopy() - raw));
      }
    }
    long perCopy = lines.stream().mapToLong(FeeQuote.Line::amount).sum();
    return new FeeQuote(
        rule.code(), pages, copies, perCopy, perCopy * copies, lines, capped, rule.legalBasis());
  }

  /** An amount as Vietnamese write it: "200.000 đ", "-1.500 đ". */
  public static String vnd(long amount) {
    return group(amount) + " đ";
  }

  /** Thousands grouped with dots, the Vietnamese way: 1234567 → "1.234.567". */
  static String group(long n) {
    String digits = Long.toString(n == Long.MIN_VALUE ? n : Math.abs(n));
    if (n == Long.MIN_VALUE) {
      digits = digits.substring(1);
    }
    StringBuilder out = new StringBuilder();
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append('.').append(digits, i, i + 3);
    }
    return (n < 0 ? "-" : "") + out;
  }
}
