package vn.hoso.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.hoso.search.Highlighter.Box;
import vn.hoso.search.Highlighter.Segment;

class HighlighterTest {

  private static List<String> hits(List<Segment> segments) {
    return segments.stream().filter(Segment::hit).map(Segment::text).collect(Collectors.toList());
  }

  private static String joined(List<Segment> segments) {
    return segments.stream().map(Segment::text).collect(Collectors.joining());
  }

  /** Hits are whole segments of their own, and no two non-hit segments are adjacent. */
  private static void assertWellFormed(List<Segment> segments) {
    for (int i = 1; i < segments.size(); i++) {
      assertFalse(
          !segments.get(i - 1).hit() && !segments.get(i).hit(), "adjacent plain segments merged");
    }
    for (Segment segment : segments) {
      assertFalse(segment.text().isEmpty());
    }
  }

  @Test
  void foldRemovesCaseAndDiacritics() {
    assertEquals("nguyen van duc", Highlighter.fold("Nguyễn Văn Đức"));
    assertEquals("dang thi huong", Highlighter.fold("ĐẶNG THỊ HƯƠNG"));
    assertEquals("nguyen", Highlighter.fold("Nguye\u0302\u0303n"));
    assertEquals("abc-1", Highlighter.fold("ABC-1"));
    assertEquals("", Highlighter.fold(null));
  }

  @Test
  void foldedWordMatchesAllSpellings() {
    String text = "Ông Đức dạy Giáo Dục ở Trường Đức Trí, không phải DUC.";
    List<Segment> segments = Highlighter.snippet(text, List.of("duc"), false, 200);
    assertEquals(List.of("Đức", "Dục", "Đức", "DUC"), hits(segments));
    assertEquals(text, joined(segments));
    assertWellFormed(segments);
  }

  @Test
  void diacriticQueryMatchesLowerCase() {
    List<Segment> segments = Highlighter.snippet("ông đức và bà Lan", List.of("Đức"), false, 200);
    assertEquals(List.of("đức"), hits(segments));
    assertEquals(
        List.of(
            new Segment("ông ", false), new Segment("đức", true), new Segment(" và bà Lan", false)),
        segments);
  }

  @Test
  void fuzzyForgivesOneEditOnlyWhenAsked() {
    String text = "Hộ ông Nguyễn Văn An";
    assertEquals(List.of(), hits(Highlighter.snippet(text, List.of("nguyin"), false, 200)));
    assertEquals(List.of("Nguyễn"), hits(Highlighter.snippet(text, List.of("nguyin"), true, 200)));
    assertEquals(List.of("Nguyễn"), hits(Highlighter.snippet(text, List.of("nguyn"), true, 200)));
    assertEquals(List.of(), hits(Highlighter.snippet(text, List.of("ngyin"), true, 200)));
    // Words under 4 characters need an exact match even when fuzzy.
    assertEquals(List.of("An"), hits(Highlighter.snippet(text, List.of("an"), true, 200)));
    assertEquals(List.of(), hits(Highlighter.snippet(text, List.of("vam"), true, 200)));
  }

  @Test
  void onlyWholeWordsMatch() {
    assertEquals(List.of(), hits(Highlighter.snippet("Lan Anh, Hoàn", List.of("an"), false, 200)));
    List<Segment> segments = Highlighter.snippet("Lan và an (an)", List.of("an"), false, 200);
    assertEquals(
        List.of(
            new Segment("Lan và ", false),
            new Segment("an", true),
            new Segment(" (", false),
            new Segment("an", true),
            new Segment(")", false)),
        segments);
  }

  @Test
  void queryStringsMayHoldSeveralWords() {
    List<Segment> segments =
        Highlighter.snippet("Số 12/QĐ-UBND ngày 3", List.of("qđ-ubnd", "  "), false, 200);
    assertEquals(List.of("QĐ", "UBND"), hits(segments));
  }

  @Test
  void snippetWindowsAroundAHitNearTheEnd() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 4_900) {
      text.append("văn bản hành chính ");
    }
    text.append("ký bởi ông Nguyễn Văn Đức ngày 1 tháng 2 năm 2024.");
    while (text.length() < 5_000) {
      text.append(" thêm");
    }
    String page = text.toString();
    int maxChars = 120;
    List<Segment> segments = Highlighter.snippet(page, List.of("duc"), false, maxChars);

    assertEquals(List.of("Đức"), hits(segments));
    String shown = joined(segments);
    assertTrue(shown.startsWith("…"), shown);
    assertTrue(shown.length() <= maxChars + 2, shown);
    assertTrue(shown.length() >= maxChars / 2, shown);
    String inner = shown.substring(1, shown.endsWith("…") ? shown.length() - 1 : shown.length());
    int at = page.indexOf(inner);
    assertTrue(at > 0, "a substring of the page");
    assertTrue(Character.isLetter(page.charAt(at)) && page.charAt(at - 1) == ' ', "whole words");
    assertWellFormed(segments);
  }

  @Test
  void snippetPrefersTheClusterOfDistinctWords() {
    String filler = "lorem ipsum dolor sit amet ".repeat(20);
    String page = "Đức " + filler + "Nguyễn Văn Đức " + filler + "Văn Văn Văn";
    List<Segment> segments = Highlighter.snippet(page, List.of("nguyen", "van", "duc"), false, 60);
    assertEquals(List.of("Nguyễn", "Văn", "Đức"), hits(segments));
    String shown = joined(segments);
    assertTrue(shown.startsWith("…") && shown.endsWith("…"), shown);
    assertTrue(shown.length() <= 62, shown);
  }

  @Test
  void withoutHitsTheStartOfTheText() {
    String page = "Hồ sơ đất đai của hộ gia đình ông Trần Văn Ba tại xã Yên Sở ".repeat(10);
    List<Segment> segments = Highlighter.snippet(page, List.of("zzz"), false, 40);
    assertEquals(1, segments.size());
    String shown = segments.get(0).text();
    assertFalse(segments.get(0).hit());
    assertTrue(shown.endsWith("…"), shown);
    String inner = shown.substring(0, shown.length() - 1);
    assertTrue(page.startsWith(inner));
    assertTrue(inner.length() <= 40);
    assertTrue(Character.isLetter(inner.charAt(inner.length() - 1)), "ends on a whole word");
    assertEquals(' ', page.charAt(inner.length()), "ends on a whole word");
  }

  @Test
  void shortTextIsWhole() {
    List<Segment> segments = Highlighter.snippet(" Đức ", List.of("duc"), false, 10);
    assertEquals(
        List.of(new Segment(" ", false), new Segment("Đức", true), new Segment(" ", false)),
        segments);
  }

  @Test
  void emptyOrNullInput() {
    assertEquals(List.of(), Highlighter.snippet(null, List.of("a"), false, 100));
    assertEquals(List.of(), Highlighter.snippet("", List.of("a"), true, 100));
    assertEquals(List.of(new Segment("abc", false)), Highlighter.snippet("abc", null, false, 100));
    assertEquals(List.of(), Highlighter.boxes(null, List.of("a"), false));
    assertEquals(List.of(), Highlighter.boxes("1 2 3 4 90 a", null, false));
  }

  @Test
  void nfdTextIsMatchedAndKeptAsIs() {
    String nfd = Normalizer.normalize("Ông Nguyễn Văn Đức", Normalizer.Form.NFD);
    List<Segment> segments = Highlighter.snippet(nfd, List.of("Đức", "nguyen"), false, 200);
    assertEquals(
        List.of(
            Normalizer.normalize("Nguyễn", Normalizer.Form.NFD),
            Normalizer.normalize("Đức", Normalizer.Form.NFD)),
        hits(segments));
    assertEquals(nfd, joined(segments));
  }

  @Test
  void boxesParseAndMatch() {
    String tsv =
        "10 20 50 12 96.5 Ông\n"
            + "64\t20\t80\t12\t91\tNguyễn\n"
            + "150 20 40 12 88 (Đức),\n"
            + "200 20 40 12 -1 Lan\r\n"
            + "250 20 40 12 95 Nguyin.\n";
    assertEquals(
        List.of(new Box(64, 20, 80, 12, "Nguyễn"), new Box(150, 20, 40, 12, "(Đức),")),
        Highlighter.boxes(tsv, List.of("nguyen", "duc"), false));
    assertEquals(
        List.of(
            new Box(64, 20, 80, 12, "Nguyễn"),
            new Box(150, 20, 40, 12, "(Đức),"),
            new Box(250, 20, 40, 12, "Nguyin.")),
        Highlighter.boxes(tsv, List.of("nguyen", "duc"), true));
  }

  @Test
  void malformedBoxLinesAreSkipped() {
    String tsv =
        "left top width height conf text\n"
            + "\n"
            + "1 2 3 Đức\n"
            + "x 2 3 4 90 Đức\n"
            + "1 2 3 4 ninety Đức\n"
            + "1 2 3 99999999999 90 Đức\n"
            + "1 2 -3 4 90 Đức\n"
            + "1 2 3 4 90    \n"
            + "1 2 3 4 90 ...\n"
            + "5 6 7 8 90 Đức\n";
    assertEquals(List.of(new Box(5, 6, 7, 8, "Đức")), Highlighter.boxes(tsv, List.of("duc"), true));
  }

  @Test
  void theFastFoldAgreesWithTheGeneralOneForEveryLetter() {
    int checked = 0;
    for (char c = 0x00C0; c < 0x1F00; c++) {
      String s = String.valueOf(c);
      if (!Character.isLetter(c)
          || !java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC)) {
        continue;
      }
      // the NFD spelling carries combining marks, so it always takes the general path
      String nfd = java.text.Normalizer.normalize("a" + s, java.text.Normalizer.Form.NFD);
      assertEquals(Highlighter.fold(nfd).substring(1), Highlighter.fold(s), Integer.toHexString(c));
      checked++;
    }
    assertTrue(checked > 1000, "letters checked: " + checked);
  }

  /**
   * The word boundaries a snippet is cut at, found by looking around a position, agree with cutting
   * the whole text into words first, on random texts of Vietnamese letters, combining marks,
   * digits, punctuation, spaces and characters outside the BMP.
   */
  @Test
  void wordBoundariesAroundAPositionAgreeWithTheWholeTextsWords() {
    String[] pieces = {
      "a",
      "ế",
      "Đ",
      "1",
      " ",
      "  ",
      ",",
      ".",
      "-",
      "\u0301",
      "\n",
      "\uD835\uDC00",
      "\uD83D\uDE00",
      "x"
    };
    java.util.Random random = new java.util.Random(11);
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + random.nextInt(30);
      for (int k = 0; k < length; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      List<int[]> words = new java.util.ArrayList<>();
      int i = 0;
      while (i < text.length()) {
        int cp = text.codePointAt(i);
        if (!QueryText.isWordChar(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        int start = i;
        while (i < text.length() && QueryText.isWordChar(cp = text.codePointAt(i))) {
          i += Character.charCount(cp);
        }
        words.add(new int[] {start, i});
      }
      for (int pos = 0; pos <= text.length(); pos++) {
        if (pos > 0 && pos < text.length() && Character.isLowSurrogate(text.charAt(pos))) {
          continue; // snippets are never cut inside a character
        }
        int end = 0;
        for (int[] w : words) {
          if (w[1] <= pos) {
            end = w[1];
          }
        }
        assertEquals(end, Highlighter.lastEndWithin(text, pos), text + " @" + pos);
        if (pos < text.length()) {
          int start = pos;
          for (int[] w : words) {
            if (w[0] >= pos) {
              start = w[0];
              break;
            }
          }
          assertEquals(start, Highlighter.firstStartFrom(text, pos), text + " @" + pos);
        }
      }
    }
  }
}
