package vn.hoso.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hoso.search.Highlighter;

/**
 * Whether two pages carry the same text, to judge a pair the perceptual hash found. A hash of a
 * text page mostly sees its layout: filled copies of one printed form look alike (a few bits apart)
 * although they are different records, and a slightly rotated rescan of one sheet can be ten bits
 * away. Their words tell them apart — the words in common, and above all the numbers (IDs, dates,
 * parcel and register numbers), which differ between two records of one form and survive a second
 * reading of one sheet.
 */
final class PageSimilarity {

  /** Too few words to say anything: the hash alone decides. */
  static final int MIN_WORDS = 20;

  /** Numbers needed on both pages before they decide. */
  static final int MIN_NUMBERS = 3;

  /**
   * Shares of the words, and of the numbers, that one sheet read twice keeps at least. Decisions
   * and permits of one template (a land-use decision, a denunciation conclusion) share their long
   * preamble, its words and its numbers (the laws' dates): at 0.6 of the words and 0.5 of the
   * numbers, 0.8 % of the pairs of different generated records of one kind passed for one sheet; at
   * 0.65 and 0.65, 0.015 %, while a sheet read twice with OCR confusions (3 % of the letters and 1
   * % of the digits on both readings) still passes 99.8 % of the time (PageSimilarityTest).
   */
  static final double SAME_WORDS = 0.65;

  static final double SAME_NUMBERS = 0.65;

  /** What the texts say of a pair. */
  enum Verdict {
    SAME,
    DIFFERENT,
    UNSURE,
    TOO_LITTLE_TEXT
  }

  private PageSimilarity() {}

  static Verdict compare(String a, String b) {
    return compare(Profile.of(a), Profile.of(b));
  }

  /**
   * What a comparison reads of one page's text, worked out once: a page is judged against up to a
   * few hundred candidates, and a candidate against every page of a dossier that found it.
   */
  static final class Profile {
    private final List<String> words;
    private final Set<String> distinct;
    private final Set<String> numbers;
    private Set<String> pairs;

    private Profile(List<String> words) {
      this.words = words;
      this.distinct = new HashSet<>(words);
      this.numbers = numbers(distinct);
    }

    static Profile of(String text) {
      return new Profile(words(text));
    }

    /** Syllable pairs, needed only when the numbers cannot decide. */
    private Set<String> pairs() {
      if (pairs == null) {
        pairs = PageSimilarity.pairs(words);
      }
      return pairs;
    }
  }

  static Verdict compare(Profile a, Profile b) {
    Set<String> x = a.distinct;
    Set<String> y = b.distinct;
    if (x.size() < MIN_WORDS || y.size() < MIN_WORDS) {
      return Verdict.TOO_LITTLE_TEXT;
    }
    double words = jaccard(x, y);
    Set<String> nx = a.numbers;
    Set<String> ny = b.numbers;
    Double numbers = nx.size() >= MIN_NUMBERS && ny.size() >= MIN_NUMBERS ? jaccard(nx, ny) : null;
    if (words < 0.3 || (numbers != null && numbers < 0.3)) {
      return Verdict.DIFFERENT;
    }
    boolean identity =
        numbers != null ? numbers >= SAME_NUMBERS : jaccard(a.pairs(), b.pairs()) >= 0.5;
    return words >= SAME_WORDS && identity ? Verdict.SAME : Verdict.UNSURE;
  }

  /**
   * Whether a pair the hashes put {@code distance} bits apart is likely one sheet digitised twice:
   * near hashes unless the texts differ, or farther hashes (up to {@code looseDistance}) when the
   * texts agree.
   */
  static boolean likelySameSheet(int distance, int nearDistance, int looseDistance, Verdict text) {
    if (distance <= nearDistance) {
      return text != Verdict.DIFFERENT;
    }
    return distance <= looseDistance && text == Verdict.SAME;
  }

  static double jaccard(Set<String> x, Set<String> y) {
    Set<String> small = x.size() <= y.size() ? x : y;
    Set<String> large = small == x ? y : x;
    int common = 0;
    for (String s : small) {
      if (large.contains(s)) {
        common++;
      }
    }
    int union = x.size() + y.size() - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /**
   * The folded words of a text, in order (case and diacritics ignored, as OCR confuses them): runs
   * of letters and numbers ({@code \p{L}}, {@code \p{N}}), anything else separating them.
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    String folded = Highlighter.fold(text);
    int start = -1;
    int i = 0;
    while (i < folded.length()) {
      int c = folded.codePointAt(i);
      if (isWordChar(c)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        out.add(folded.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      out.add(folded.substring(start));
    }
    return out;
  }

  private static boolean isWordChar(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  static Set<String> pairs(List<String> words) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      out.add(words.get(i) + ' ' + words.get(i + 1));
    }
    return out;
  }

  static Set<String> numbers(Set<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (hasDigit(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
