package vn.hoso.requests;

import java.util.List;

/**
 * A fee computed for one request: what one copy costs, line by line, and the total for all copies.
 * The lines explain one copy and add up to {@code perCopy}; {@code total} is {@code perCopy ×
 * copies}. Amounts are whole VND.
 *
 * @param ruleCode the {@link FeeRule#code()} applied
 * @param pages pages of the original
 * @param copies copies asked for
 * @param perCopy fee for one copy, after the cap
 * @param total fee for all copies
 * @param lines explanation of one copy, in Vietnamese; their amounts add up to {@code perCopy}
 * @param capApplied whether the per-copy cap lowered the fee
 * @param legalBasis the legal text of the amounts
 */
public record FeeQuote(
    String ruleCode,
    int pages,
    int copies,
    long perCopy,
    long total,
    List<Line> lines,
    boolean capApplied,
    String legalBasis) {

  /** One line of the explanation, e.g. "2 trang × 2.000 đ" for 4,000 VND. */
  public record Line(String text, long amount) {}

  public FeeQuote {
    lines = List.copyOf(lines);
  }

  /** The total in words a receipt shows, e.g. "3 bản × 12.000 đ = 36.000 đ". */
  public String summary() {
    return copies + " bản × " + Fees.vnd(perCopy) + " = " + Fees.vnd(total);
  }
}
