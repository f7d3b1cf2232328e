package vn.hoso.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueryTextTest {

  private static final String TOO_LONG = "Câu tìm kiếm dài quá 1.000 ký tự: chỉ dùng phần đầu.";
  private static final String LONG_WORD = "Bỏ qua từ dài quá 64 ký tự.";
  private static final String TOO_MANY = "Chỉ dùng 24 từ hoặc cụm từ đầu tiên.";

  /** Nothing to look for, nothing excluded, nothing to tell. */
  private static void assertBlank(QueryText q) {
    assertTrue(q.isEmpty());
    assertEquals(List.of(), q.terms());
    assertEquals(List.of(), q.phrases());
    assertEquals(List.of(), q.excludedTerms());
    assertEquals(List.of(), q.excludedPhrases());
    assertEquals(List.of(), q.notices());
  }

  @Test
  void nullAndBlankAreEmpty() {
    assertBlank(QueryText.parse(null));
    assertBlank(QueryText.parse(""));
    assertBlank(QueryText.parse(" \t\n "));
    assertFalse(QueryText.parse("").typedNothingSearchable(), "blank lists everything");
    assertFalse(QueryText.parse("-đất").typedNothingSearchable(), "exclusions alone are a search");
  }

  @Test
  void plainWords() {
    QueryText q = QueryText.parse("  hồ sơ   đất\tđai ");
    assertEquals(List.of("hồ", "sơ", "đất", "đai"), q.terms());
    assertEquals(List.of(), q.phrases());
    assertEquals(List.of(), q.notices());
    assertFalse(q.isEmpty());
  }

  @Test
  void vietnameseStaysNfc() {
    QueryText q = QueryText.parse("Nguyễn Văn Đức");
    assertEquals(List.of("Nguyễn", "Văn", "Đức"), q.terms());
    for (String term : q.terms()) {
      assertTrue(Normalizer.isNormalized(term, Normalizer.Form.NFC), term);
    }
  }

  @Test
  void nfdBecomesNfc() {
    QueryText q = QueryText.parse("Nguye\u0302\u0303n  Du\u031B\u0323c");
    assertEquals(List.of("Nguy\u1EC5n", "D\u1EF1c"), q.terms());
  }

  @Test
  void controlCharactersAreStripped() {
    QueryText q = QueryText.parse("hồ\u0000sơ\tđất\u200Bđai\u00AD");
    assertEquals(List.of("hồsơ", "đất", "đai"), q.terms());
  }

  @Test
  void quotedPhrase() {
    QueryText q = QueryText.parse("hồ sơ \"Nguyễn Văn Đức\" đất");
    assertEquals(List.of("hồ", "sơ", "đất"), q.terms());
    assertEquals(List.of(List.of("Nguyễn", "Văn", "Đức")), q.phrases());

    QueryText typographic = QueryText.parse("“Lê Lợi” và „Trần Phú”");
    assertEquals(List.of(List.of("Lê", "Lợi"), List.of("Trần", "Phú")), typographic.phrases());
    assertEquals(List.of("và"), typographic.terms());
  }

  @Test
  void phraseOfOneWordIsATermAndEmptyPhraseIsIgnored() {
    QueryText q = QueryText.parse("\"Đức\" \"\" \"  ,. \" -\"Lan\"");
    assertEquals(List.of("Đức"), q.terms());
    assertEquals(List.of("Lan"), q.excludedTerms());
    assertEquals(List.of(), q.phrases());
    assertEquals(List.of(), q.excludedPhrases());
  }

  @Test
  void unbalancedQuoteRunsToTheEnd() {
    QueryText q = QueryText.parse("đất \"Lê Văn Lương");
    assertEquals(List.of("đất"), q.terms());
    assertEquals(List.of(List.of("Lê", "Văn", "Lương")), q.phrases());

    QueryText third = QueryText.parse("\"a b\" c \"d e");
    assertEquals(List.of(List.of("a", "b"), List.of("d", "e")), third.phrases());
    assertEquals(List.of("c"), third.terms());
  }

  @Test
  void longPhraseKeepsEightWords() {
    QueryText q = QueryText.parse("\"một hai ba bốn năm sáu bảy tám chín mười\"");
    assertEquals(
        List.of(List.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám")), q.phrases());
    assertEquals(1, q.notices().size());
  }

  @Test
  void exclusionOfWordAndPhrase() {
    QueryText q = QueryText.parse("-tạm đất -thuê -\"cho mượn\" nhà");
    assertEquals(List.of("đất", "nhà"), q.terms());
    assertEquals(List.of("tạm", "thuê"), q.excludedTerms());
    assertEquals(List.of(List.of("cho", "mượn")), q.excludedPhrases());
    assertEquals(List.of(), q.phrases());
    assertFalse(q.isEmpty());
  }

  @Test
  void minusInsideAWordOrAloneOnlySeparates() {
    QueryText q = QueryText.parse("QĐ-UBND 123/2024/NĐ-CP a - b c-");
    assertEquals(List.of("QĐ", "UBND", "123", "2024", "NĐ", "CP", "a", "b", "c"), q.terms());
    assertEquals(List.of(), q.excludedTerms());
    assertEquals(List.of(), q.excludedPhrases());
  }

  @Test
  void onlyExclusionsIsEmpty() {
    QueryText q = QueryText.parse("-thuê -\"cho mượn\"");
    assertTrue(q.isEmpty());
    assertEquals(List.of("thuê"), q.excludedTerms());
    assertEquals(List.of(List.of("cho", "mượn")), q.excludedPhrases());
    assertEquals(List.of(), q.positiveWords());
  }

  @Test
  void searchSyntaxIsJustSeparators() {
    for (String raw :
        List.of("*", "?", "~", "\"", "(((((", "\\", "&&", "||", ":", "^", "-", "--")) {
      QueryText q = assertDoesNotThrow(() -> QueryText.parse(raw), raw);
      // nothing to look for, and the person is told why instead of getting everything
      assertTrue(q.isEmpty() && q.terms().isEmpty() && q.excludedTerms().isEmpty(), raw);
      assertTrue(q.typedNothingSearchable(), raw);
      assertEquals(List.of(QueryText.NOTICE_NO_WORDS), q.notices());
    }
    assertEquals(
        List.of("a", "AND", "b", "OR", "c", "2", "3"),
        QueryText.parse("a AND (b OR c)~2^3").terms());
    assertEquals(List.of("a", "z"), QueryText.parse("/[a-z]+/").terms());
    assertEquals(List.of("đấ", "t"), QueryText.parse("đấ*t?").terms());
    assertEquals(List.of("title", "hồ", "sơ"), QueryText.parse("title:(hồ && sơ)").terms());
  }

  @Test
  void hundredKilobytesAreCutQuickly() {
    String raw = "hồ sơ (đất) ".repeat(9_000);
    assertTrue(raw.length() > 100_000);
    QueryText q = assertTimeoutPreemptively(Duration.ofMillis(500), () -> QueryText.parse(raw));
    assertEquals(List.of("hồ", "sơ", "đất"), q.terms());
    assertEquals(List.of(TOO_LONG), q.notices());

    QueryText oneWord = QueryText.parse("ab " + "x".repeat(100_000));
    assertEquals(List.of("ab"), oneWord.terms());
    assertEquals(List.of(TOO_LONG, LONG_WORD), oneWord.notices());

    QueryText cutWord = QueryText.parse("ab ".repeat(333) + "Nguyễn");
    assertEquals(List.of("ab"), cutWord.terms(), "the word cut at 1,000 characters is left out");
    assertEquals(List.of(TOO_LONG), cutWord.notices());
  }

  @Test
  void tenThousandTermsKeepTheFirst24() {
    String raw = IntStream.range(0, 10_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    QueryText q = assertTimeoutPreemptively(Duration.ofMillis(500), () -> QueryText.parse(raw));
    assertEquals(QueryText.MAX_CLAUSES, q.terms().size());
    assertEquals("w0", q.terms().get(0));
    assertEquals("w23", q.terms().get(23));
    assertEquals(List.of(TOO_LONG, TOO_MANY), q.notices());
  }

  @Test
  void clauseLimitCountsEveryKind() {
    StringBuilder raw = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      raw.append("t").append(i).append(" \"p").append(i).append(" q\" -x").append(i).append(' ');
    }
    QueryText q = QueryText.parse(raw.toString());
    assertEquals(List.of("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7"), q.terms());
    assertEquals(8, q.phrases().size());
    assertEquals(8, q.excludedTerms().size());
    assertEquals(List.of(TOO_MANY), q.notices());
  }

  @Test
  void duplicatesAreDropped() {
    QueryText q = QueryText.parse("Đức đức ĐỨC Duc duc \"Văn Lan\" \"văn lan\" -x -X");
    assertEquals(List.of("Đức", "Duc"), q.terms());
    assertEquals(List.of(List.of("Văn", "Lan")), q.phrases());
    assertEquals(List.of("x"), q.excludedTerms());
    assertEquals(List.of(), q.notices());
  }

  @Test
  void longWordIsDropped() {
    String word64 = "a".repeat(QueryText.MAX_WORD_LENGTH);
    String word65 = "đ".repeat(QueryText.MAX_WORD_LENGTH + 1);
    QueryText q = QueryText.parse(word65 + " ok " + word64 + " " + word65 + "x");
    assertEquals(List.of("ok", word64), q.terms());
    assertEquals(List.of(LONG_WORD), q.notices());

    QueryText inPhrase = QueryText.parse("\"hồ " + word65 + " sơ\"");
    assertEquals(List.of(List.of("hồ", "sơ")), inPhrase.phrases());
    assertEquals(List.of(LONG_WORD), inPhrase.notices());
  }

  @Test
  void positiveWordsAreTermsThenPhraseWordsDistinct() {
    QueryText q = QueryText.parse("ba \"một hai\" -bảy ba Hai \"hai bốn\"");
    assertEquals(List.of("ba", "Hai"), q.terms());
    assertEquals(List.of(List.of("một", "hai"), List.of("hai", "bốn")), q.phrases());
    assertEquals(List.of("ba", "Hai", "một", "bốn"), q.positiveWords());
  }

  @Test
  void listsAreUnmodifiable() {
    QueryText q = QueryText.parse("a \"b c\" -d -\"e f\"");
    assertThrows(UnsupportedOperationException.class, () -> q.terms().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> q.phrases().get(0).add("x"));
    assertThrows(UnsupportedOperationException.class, () -> q.phrases().add(List.of()));
    assertThrows(UnsupportedOperationException.class, () -> q.excludedTerms().clear());
    assertThrows(UnsupportedOperationException.class, () -> q.excludedPhrases().clear());
    assertThrows(UnsupportedOperationException.class, () -> q.notices().add("x"));
  }

  @Test
  void randomInputNeverThrowsAndKeepsTheLimits() {
    String pool = "aZđĐếỗ09 \t\n\"“”„-−*?~()[]{}/\\^:+&|!@#\u0301\u0000\u200B\uD835\uDC00\uD800";
    Random random = new Random(20250101);
    for (int round = 0; round < 2_000; round++) {
      int length = random.nextInt(round < 1_900 ? 60 : 3_000);
      StringBuilder raw = new StringBuilder();
      for (int i = 0; i < length; i++) {
        raw.append(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(20) == 0) {
          raw.append("x".repeat(random.nextInt(90)));
        }
      }
      QueryText q = assertDoesNotThrow(() -> QueryText.parse(raw.toString()), raw::toString);
      List<String> all = new ArrayList<>(q.terms());
      all.addAll(q.excludedTerms());
      q.phrases().forEach(all::addAll);
      q.excludedPhrases().forEach(all::addAll);
      for (String word : all) {
        assertFalse(word.isEmpty());
        assertTrue(word.codePointCount(0, word.length()) <= QueryText.MAX_WORD_LENGTH);
        assertTrue(word.codePoints().allMatch(QueryText::isWordChar), word);
        assertTrue(Normalizer.isNormalized(word, Normalizer.Form.NFC), word);
      }
      for (List<String> phrase : q.phrases()) {
        assertTrue(phrase.size() >= 2 && phrase.size() <= 8, phrase::toString);
      }
      int clauses =
          q.terms().size()
              + q.phrases().size()
              + q.excludedTerms().size()
              + q.excludedPhrases().size();
      assertTrue(clauses <= QueryText.MAX_CLAUSES);
      assertEquals(q.notices().stream().distinct().count(), q.notices().size());
    }
  }
}
