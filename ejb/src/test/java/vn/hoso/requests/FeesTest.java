package vn.hoso.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fee schedules in force: Circular 226/2016/TT-BTC, Art. 4 (certified copies: 2,000 VND per
 * page for pages 1–2, 1,000 VND per page from page 3, at most 200,000 VND per copy) and Circular
 * 281/2016/TT-BTC, Art. 4 (copy of a civil-status extract: 8,000 VND per copy). Each case names the
 * rule it checks.
 */
class FeesTest {

  private static final FeeRule CERTIFIED = FeeRule.forRecordKind("land", FeeRule.defaults());
  private static final FeeRule EXTRACT = FeeRule.forRecordKind("civil_status", FeeRule.defaults());

  @ParameterizedTest(name = "{0}: {1} pages × {2} copies = {4} VND")
  @CsvSource({
    "'TT 226/2016 Art. 4: one page',                         1,  1,   2000,    2000, false",
    "'TT 226/2016 Art. 4: two pages at the first price',     2,  1,   4000,    4000, false",
    "'TT 226/2016 Art. 4: page 3 at 1,000',                  3,  1,   5000,    5000, false",
    "'TT 226/2016 Art. 4: ten pages',                       10,  1,  12000,   12000, false",
    "'TT 226/2016 Art. 4: 197 pages, under the cap',       197,  1, 199000,  199000, false",
    "'TT 226/2016 Art. 4: 198 pages reach the cap exactly', 198, 1, 200000,  200000, false",
    "'TT 226/2016 Art. 4: 199 pages exceed the cap',       199,  1, 200000,  200000, true",
    "'TT 226/2016 Art. 4: 200 pages, capped',              200,  1, 200000,  200000, true",
    "'TT 226/2016 Art. 4: 500 pages, capped',              500,  1, 200000,  200000, true",
    "'TT 226/2016 Art. 4: ten pages, three copies',         10,  3,  12000,   36000, false",
    "'TT 226/2016 Art. 4: cap applies to each copy',       500,  2, 200000,  400000, true",
    "'TT 226/2016 Art. 4: most pages, most copies',       2000, 50, 200000, 10000000, true",
  })
  void certifiedCopy(
      String article, int pages, int copies, long perCopy, long total, boolean capped) {
    FeeQuote q = Fees.quote(CERTIFIED, pages, copies);
    assertEquals(perCopy, q.perCopy(), article);
    assertEquals(total, q.total(), article);
    assertEquals(capped, q.capApplied(), article);
    assertEquals(perCopy, q.lines().stream().mapToLong(FeeQuote.Line::amount).sum(), article);
    assertEquals("CERTIFIED_COPY", q.ruleCode());
    assertEquals("Thông tư 226/2016/TT-BTC, Điều 4", q.legalBasis());
  }

  @ParameterizedTest(name = "{0}: {1} pages × {2} copies = {3} VND")
  @CsvSource({
    "'TT 281/2016 Art. 4: one extract',                  1,  1,   8000",
    "'TT 281/2016 Art. 4: pages do not count',          12,  1,   8000",
    "'TT 281/2016 Art. 4: per copy',                     1,  3,  24000",
    "'TT 281/2016 Art. 4: most copies',                  2, 50, 400000",
  })
  void civilStatusExtract(String article, int pages, int copies, long total) {
    FeeQuote q = Fees.quote(EXTRACT, pages, copies);
    assertEquals(8000, q.perCopy(), article);
    assertEquals(total, q.total(), article);
    assertFalse(q.capApplied());
    assertEquals(List.of(new FeeQuote.Line("1 bản × 8.000 đ", 8000)), q.lines());
    assertEquals("Thông tư 281/2016/TT-BTC, Điều 4", q.legalBasis());
  }

  @Test
  void linesExplainOneCopyInVietnamese() {
    assertEquals(
        List.of(new FeeQuote.Line("1 trang × 2.000 đ", 2000)), Fees.quote(CERTIFIED, 1, 1).lines());
    assertEquals(
        List.of(new FeeQuote.Line("2 trang × 2.000 đ", 4000)), Fees.quote(CERTIFIED, 2, 1).lines());
    assertEquals(
        List.of(
            new FeeQuote.Line("2 trang đầu × 2.000 đ", 4000),
            new FeeQuote.Line("8 trang từ trang thứ 3 × 1.000 đ", 8000)),
        Fees.quote(CERTIFIED, 10, 3).lines());
    assertEquals("3 bản × 12.000 đ = 36.000 đ", Fees.quote(CERTIFIED, 10, 3).summary());
    assertEquals(
        List.of(
            new FeeQuote.Line("2 trang đầu × 2.000 đ", 4000),
            new FeeQuote.Line("498 trang từ trang thứ 3 × 1.000 đ", 498000),
            new FeeQuote.Line("Thu tối đa 200.000 đ mỗi bản", -302000)),
        Fees.quote(CERTIFIED, 500, 1).lines());
  }

  @ParameterizedTest(name = "bounds: {0} pages, {1} copies refused")
  @CsvSource({
    "0,    1, 'Số trang phải từ 1 đến 2.000 (đang là 0).'",
    "-5,   1, 'Số trang phải từ 1 đến 2.000 (đang là -5).'",
    "2001, 1, 'Số trang phải từ 1 đến 2.000 (đang là 2001).'",
    "1,    0, 'Số bản sao phải từ 1 đến 50 (đang là 0).'",
    "1,   51, 'Số bản sao phải từ 1 đến 50 (đang là 51).'",
  })
  void outOfBounds(int pages, int copies, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Fees.quote(CERTIFIED, pages, copies));
    assertEquals(message, e.getMessage());
  }

  @Test
  void recordKindChoosesTheRule() {
    assertEquals(FeeRule.CIVIL_STATUS_EXTRACT, EXTRACT.code());
    assertEquals(FeeRule.CERTIFIED_COPY, CERTIFIED.code());
    for (String kind : List.of("land", "construction", "decision", "other", "")) {
      assertEquals(FeeRule.CERTIFIED_COPY, FeeRule.forRecordKind(kind, FeeRule.defaults()).code());
    }
    assertEquals(FeeRule.CERTIFIED_COPY, FeeRule.forRecordKind(null, FeeRule.defaults()).code());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> FeeRule.forRecordKind("civil_status", List.of(CERTIFIED)));
    assertTrue(e.getMessage().contains("CIVIL_STATUS_EXTRACT"));
  }

  @Test
  void theDefaultsHaveNoProblems() {
    for (FeeRule r : FeeRule.defaults()) {
      assertEquals(List.of(), r.problems(), r.code());
    }
  }

  @Test
  void anEditedRuleSaysWhatIsWrong() {
    FeeRule bad =
        new FeeRule("certified copy", " ", null, -1, 0, -2, -3, FeeRule.MAX_PRICE + 1, "");
    List<String> p = bad.problems();
    assertEquals(
        List.of(
            "Mã loại phí phải bắt đầu bằng chữ in hoa và chỉ gồm chữ in hoa không dấu, chữ số, dấu"
                + " gạch dưới (tối đa 40 ký tự).",
            "Chưa nhập tên loại phí.",
            "Chưa chọn cách tính phí (theo trang hoặc theo bản).",
            "Giá mỗi trang đầu không được âm (đang là -1 đ).",
            "Giá mỗi trang sau không được âm (đang là -2 đ).",
            "Mức tối đa mỗi bản không được âm (đang là -3 đ).",
            "Giá mỗi bản không được vượt quá 10.000.000 đ.",
            "Trang bắt đầu tính giá trang sau phải từ 1 đến 2.000 (đang là 0).",
            "Chưa ghi căn cứ pháp lý của mức phí (số văn bản, điều khoản)."),
        p);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Fees.quote(bad, 1, 1));
    assertTrue(e.getMessage().startsWith("Mức phí certified copy chưa hợp lệ: "), e.getMessage());
  }

  @Test
  void anEditedRuleIsUsedAsEdited() {
    // a hypothetical new schedule: 3,000 VND for pages 1–3, 1,500 VND after, at most 300,000
    FeeRule edited =
        new FeeRule(
            "CERTIFIED_COPY",
            "Chứng thực bản sao",
            FeeRule.Basis.PER_PAGE_TIERED,
            3000,
            4,
            1500,
            300_000,
            0,
            "Thông tư mới");
    assertEquals(List.of(), edited.problems());
    assertEquals(3 * 3000 + 2 * 1500, Fees.quote(edited, 5, 1).total());
    // without a cap
    FeeRule uncapped =
        new FeeRule(
            "X", "Không giới hạn", FeeRule.Basis.PER_PAGE_TIERED, 2000, 1, 1000, 0, 0, "thử");
    assertEquals(
        List.of(new FeeQuote.Line("2000 trang từ trang thứ 1 × 1.000 đ", 2_000_000)),
        Fees.quote(uncapped, 2000, 1).lines());
    assertEquals(100_000_000, Fees.quote(uncapped, 2000, 50).total());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "0,          '0 đ'",
    "999,        '999 đ'",
    "1000,       '1.000 đ'",
    "200000,     '200.000 đ'",
    "1234567,    '1.234.567 đ'",
    "-302000,    '-302.000 đ'",
    "9223372036854775807, '9.223.372.036.854.775.807 đ'",
    "-9223372036854775808, '-9.223.372.036.854.775.808 đ'",
  })
  void vietnameseAmounts(long amount, String text) {
    assertEquals(text, Fees.vnd(amount));
  }
}
