package vn.hoso.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the words of a query in the text of a page and in the word boxes of its OCR, ignoring case
 * and diacritics (so {@code duc} finds {@code Đức} and {@code Dục}), and optionally one typing
 * mistake. Words are the runs of letters, digits and combining marks, as in {@link QueryText}; only
 * whole words match. Pure JDK; never throws on odd input.
 */
public final class Highlighter {

  /** Marks a cut end of a snippet. */
  public static final String ELLIPSIS = "…";

  /** Shortest folded length, on both sides, for which one edit is forgiven in fuzzy matching. */
  private static final int FUZZY_MIN_LENGTH = 4;

  private Highlighter() {}

  /**
   * A piece of a snippet.
   *
   * @param text the original characters
   * @param hit whether the piece is a word of the query
   */
  public record Segment(String text, boolean hit) {}

  /**
   * The box of one OCR word, in pixels of the page image.
   *
   * @param left distance from the left edge
   * @param top distance from the top edge
   * @param width width
   * @param height height
   * @param word the word as read, with any punctuation at its ends
   */
  public record Box(int left, int top, int width, int height, String word) {}

  /**
   * The form in which words are compared: NFC, lower case, without diacritics, {@code đ} as {@code
   * d}. {@code "Nguyễn Văn Đức"} folds to {@code "nguyen van duc"}.
   *
   * @param s any text; null gives the empty string
   * @return the folded text
   */
  /** Folded form of every character up to U+1EFF (Vietnamese letters included), made once. */
  private static final char NOT_IN_TABLE = '\uFFFF';

  private static final char[] FOLDED = foldTable();

  private static char[] foldTable() {
    char[] table = new char[0x1F00];
    for (char c = 0; c < table.length; c++) {
      String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
      String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
      char base = lower.length() == 1 ? lower.charAt(0) : c;
      if (!decomposed.isEmpty() && decomposed.codePointCount(0, decomposed.length()) >= 1) {
        char first = decomposed.charAt(0);
        boolean restMarks = true;
        for (int i = 1; i < decomposed.length(); i++) {
          int type = Character.getType(decomposed.charAt(i));
          restMarks &=
              type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        }
        if (restMarks && lower.length() == 1) {
          base = first;
        }
      }
      if (base == 'đ') {
        base = 'd';
      }
      // a character whose lower case is longer (İ) takes the general path
      table[c] = lower.length() == 1 ? base : NOT_IN_TABLE;
    }
    return table;
  }

  /**
   * The fast fold of an NFC word whose letters all have a one-character folded form; null when it
   * holds a combining mark or a character outside the table (the general path then applies).
   */
  private static String foldByTable(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= FOLDED.length || (c >= 0x0300 && c <= 0x036F) || Character.isSurrogate(c)) {
        return null;
      }
      char f = FOLDED[c];
      if (f == NOT_IN_TABLE) {
        return null;
      }
      int type = Character.getType(f);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
        return null;
      }
      out[i] = f;
    }
    return new String(out);
  }

  public static String fold(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      return s.toLowerCase(Locale.ROOT);
    }
    String fast = foldByTable(s);
    if (fast != null) {
      return fast;
    }
    String lower = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      out.appendCodePoint(cp == 'đ' || cp == 'Đ' ? 'd' : cp);
    }
    return out.toString();
  }

  /**
   * A snippet of at most about {@code maxChars} characters of the text around the best cluster of
   * hits (the most distinct query words, then the most hits), with {@value #ELLIPSIS} at a cut end;
   * the text is cut between words only. If nothing matches, the start of the text. Concatenated,
   * the segments give a substring of the text, with {@value #ELLIPSIS} before and after it when
   * cut; adjacent text that is not a hit forms one segment.
   *
   * @param text the text of a page; may be null
   * @param words the words to find; each string may hold several words
   * @param fuzzy whether words of 4 characters or more may differ by one edit
   * @param maxChars the length of the snippet, without the ellipses
   * @return the segments; empty for null or empty text or a non-positive length, never null
   */
  public static List<Segment> snippet(
      String text, Collection<String> words, boolean fuzzy, int maxChars) {
    if (text == null || text.isEmpty() || maxChars <= 0) {
      return List.of();
    }
    Matcher matcher = new Matcher(words, fuzzy);
    // only the words that match are kept: a page has hundreds of words, a snippet a few hits, and
    // the word boundaries the snippet needs are found by looking at the text around its ends
    List<int[]> hits = hits(text, matcher);
    int n = text.length();
    int from = 0;
    int to = n;
    if (n > maxChars) {
      if (hits.isEmpty()) {
        to = lastEndWithin(text, maxChars);
        if (to <= 0) {
          to = maxChars;
          if (Character.isLowSurrogate(text.charAt(to))) {
            to--;
          }
        }
      } else {
        int[] window = bestWindow(hits, matcher.size(), maxChars);
        int clusterStart = window[0];
        int clusterEnd = window[1];
        int span = clusterEnd - clusterStart;
        from = clusterStart - Math.max(0, maxChars - span) / 3;
        to = from + Math.max(maxChars, span);
        if (from < 0) {
          to -= from;
          from = 0;
        }
        if (to > n) {
          from = Math.max(0, from - (to - n));
          to = n;
        }
        if (from > 0) {
          from = Math.min(firstStartFrom(text, from), clusterStart);
        }
        if (to < n) {
          to = Math.max(lastEndWithin(text, to), clusterEnd);
        }
      }
    }
    return segments(text, hits, from, to);
  }

  /**
   * The boxes of the OCR words that match the query.
   *
   * @param wordBoxes lines {@code left top width height conf word} (the words of tesseract's TSV),
   *     separated by spaces or tabs; lines that do not parse are skipped
   * @param words the words to find; each string may hold several words
   * @param fuzzy whether words of 4 characters or more may differ by one edit
   * @return the matching boxes, in the order of the lines; never null
   */
  public static List<Box> boxes(String wordBoxes, Collection<String> words, boolean fuzzy) {
    if (wordBoxes == null || wordBoxes.isEmpty()) {
      return List.of();
    }
    Matcher matcher = new Matcher(words, fuzzy);
    if (matcher.size() == 0) {
      return List.of();
    }
    List<Box> out = new ArrayList<>();
    wordBoxes
        .lines()
        .forEach(
            line -> {
              Box box = parseBox(line);
              if (box != null && matches(box.word(), matcher)) {
                out.add(box);
              }
            });
    return Collections.unmodifiableList(out);
  }

  private static Box parseBox(String line) {
    String[] fields = line.strip().split("\\s+", 6);
    if (fields.length < 6) {
      return null;
    }
    try {
      int left = Integer.parseInt(fields[0]);
      int top = Integer.parseInt(fields[1]);
      int width = Integer.parseInt(fields[2]);
      int height = Integer.parseInt(fields[3]);
      Double.parseDouble(fields[4]);
      String word = fields[5].strip();
      if (left < 0 || top < 0 || width < 0 || height < 0 || word.isEmpty()) {
        return null;
      }
      return new Box(left, top, width, height, word);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether any word of an OCR word (punctuation at its ends split off) matches. */
  private static boolean matches(String ocrWord, Matcher matcher) {
    return !hits(ocrWord, matcher).isEmpty();
  }

  /** The words of a text that match a query word, as {start, end, index of the query word}. */
  private static List<int[]> hits(String text, Matcher matcher) {
    List<int[]> hits = new ArrayList<>();
    if (matcher.size() == 0) {
      return hits;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!QueryText.isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && QueryText.isWordChar(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      int key = matcher.match(text, start, i);
      if (key >= 0) {
        hits.add(new int[] {start, i, key});
      }
    }
    return hits;
  }

  /**
   * The start of the first and the end of the last hit of the best run of hits fitting in {@code
   * maxChars}: most distinct query words, then most hits, then earliest. A single hit longer than
   * {@code maxChars} is a run of its own.
   */
  private static int[] bestWindow(List<int[]> hits, int keys, int maxChars) {
    int[] counts = new int[keys];
    int distinct = 0;
    int bestFirst = 0;
    int bestLast = 0;
    int bestDistinct = -1;
    int bestCount = -1;
    int j = 0;
    for (int i = 0; i < hits.size(); i++) {
      while (j < hits.size() && (j == i || hits.get(j)[1] - hits.get(i)[0] <= maxChars)) {
        if (counts[hits.get(j)[2]]++ == 0) {
          distinct++;
        }
        j++;
      }
      int count = j - i;
      if (distinct > bestDistinct || (distinct == bestDistinct && count > bestCount)) {
        bestDistinct = distinct;
        bestCount = count;
        bestFirst = i;
        bestLast = j - 1;
      }
      if (--counts[hits.get(i)[2]] == 0) {
        distinct--;
      }
    }
    return new int[] {hits.get(bestFirst)[0], hits.get(bestLast)[1]};
  }

  /**
   * The start of the first word starting at or after {@code from}; {@code from} if none does. A
   * position inside a word moves past that word.
   */
  static int firstStartFrom(String text, int from) {
    int n = text.length();
    int i = from;
    if (i > 0 && i < n && wordCharBefore(text, i) && wordCharAt(text, i)) {
      while (i < n && wordCharAt(text, i)) {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    while (i < n && !wordCharAt(text, i)) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i < n ? i : from;
  }

  /**
   * The end of the last word ending at or before {@code to}; 0 if none. A position inside a word
   * moves back before that word.
   */
  static int lastEndWithin(String text, int to) {
    int i = Math.min(to, text.length());
    if (i < text.length() && i > 0 && wordCharBefore(text, i) && wordCharAt(text, i)) {
      while (i > 0 && wordCharBefore(text, i)) {
        i -= Character.charCount(text.codePointBefore(i));
      }
    }
    while (i > 0 && !wordCharBefore(text, i)) {
      i -= Character.charCount(text.codePointBefore(i));
    }
    return i;
  }

  private static boolean wordCharAt(String text, int i) {
    return QueryText.isWordChar(text.codePointAt(i));
  }

  private static boolean wordCharBefore(String text, int i) {
    return QueryText.isWordChar(text.codePointBefore(i));
  }

  private static List<Segment> segments(String text, List<int[]> hits, int from, int to) {
    List<Segment> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    if (from > 0) {
      plain.append(ELLIPSIS);
    }
    int pos = from;
    for (int[] token : hits) {
      if (token[0] < from) {
        continue;
      }
      if (token[1] > to) {
        break;
      }
      plain.append(text, pos, token[0]);
      if (plain.length() > 0) {
        out.add(new Segment(plain.toString(), false));
        plain.setLength(0);
      }
      out.add(new Segment(text.substring(token[0], token[1]), true));
      pos = token[1];
    }
    plain.append(text, pos, to);
    if (to < text.length()) {
      plain.append(ELLIPSIS);
    }
    if (plain.length() > 0) {
      out.add(new Segment(plain.toString(), false));
    }
    return Collections.unmodifiableList(out);
  }

  /** Tells which query word, if any, a word of the text matches. */
  private static final class Matcher {

    private final Map<String, Integer> exact = new HashMap<>();
    private final List<int[]> fuzzyWords = new ArrayList<>();
    private final List<Integer> fuzzyKeys = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final boolean fuzzy;

    /** The length and first character of each query word ({@link #shape}), for a quick miss. */
    private int[] shapes = new int[0];

    private static int shape(int length, char first) {
      return (length << 16) | first;
    }

    Matcher(Collection<String> words, boolean fuzzy) {
      this.fuzzy = fuzzy;
      if (words == null) {
        return;
      }
      for (String phrase : words) {
        if (phrase == null) {
          continue;
        }
        int n = phrase.length();
        int i = 0;
        while (i < n) {
          int cp = phrase.codePointAt(i);
          if (!QueryText.isWordChar(cp)) {
            i += Character.charCount(cp);
            continue;
          }
          int start = i;
          while (i < n && QueryText.isWordChar(cp = phrase.codePointAt(i))) {
            i += Character.charCount(cp);
          }
          String folded = fold(phrase.substring(start, i));
          if (!folded.isEmpty() && !exact.containsKey(folded)) {
            int key = exact.size();
            exact.put(folded, key);
            shapes = java.util.Arrays.copyOf(shapes, shapes.length + 1);
            shapes[shapes.length - 1] = shape(folded.length(), folded.charAt(0));
            int[] codePoints = folded.codePoints().toArray();
            if (codePoints.length >= FUZZY_MIN_LENGTH) {
              fuzzyWords.add(codePoints);
              fuzzyKeys.add(key);
            }
          }
        }
      }
    }

    int size() {
      return exact.size();
    }

    /**
     * The query word {@code text[start, end)} matches, or -1. Most words of a page are told apart
     * without folding them: a word whose letters all fold one to one folds to its own length and
     * its first letter's fold, and no query word may have that length and first letter.
     */
    int match(String text, int start, int end) {
      if (exact.isEmpty()) {
        return -1;
      }
      if (!fuzzy && surelyNoMatch(text, start, end)) {
        return -1;
      }
      return match(text.substring(start, end));
    }

    private boolean surelyNoMatch(String text, int start, int end) {
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c >= FOLDED.length || FOLDED[c] == NOT_IN_TABLE || (c >= 0x0300 && c <= 0x036F)) {
          return false;
        }
      }
      int shape = shape(end - start, FOLDED[text.charAt(start)]);
      for (int s : shapes) {
        if (s == shape) {
          return false;
        }
      }
      return true;
    }

    int match(String word) {
      if (exact.isEmpty()) {
        return -1;
      }
      Integer known = seen.get(word);
      if (known == null) {
        known = compute(word);
        seen.put(word, known);
      }
      return known;
    }

    private int compute(String word) {
      String folded = fold(word);
      Integer key = exact.get(folded);
      if (key != null) {
        return key;
      }
      if (fuzzy && folded.codePointCount(0, folded.length()) >= FUZZY_MIN_LENGTH) {
        int[] codePoints = folded.codePoints().toArray();
        for (int k = 0; k < fuzzyWords.size(); k++) {
          if (withinOneEdit(codePoints, fuzzyWords.get(k))) {
            return fuzzyKeys.get(k);
          }
        }
      }
      return -1;
    }

    /** Whether the Levenshtein distance of two words is at most one. */
    private static boolean withinOneEdit(int[] a, int[] b) {
      if (a.length < b.length) {
        int[] t = a;
        a = b;
        b = t;
      }
      if (a.length - b.length > 1) {
        return false;
      }
      int i = 0;
      while (i < b.length && a[i] == b[i]) {
        i++;
      }
      if (i == b.length) {
        return true;
      }
      int skip = a.length == b.length ? 1 : 0;
      for (int j = i + 1; j < a.length; j++) {
        if (a[j] != b[j - 1 + skip]) {
          return false;
        }
      }
      return true;
    }
  }
}
