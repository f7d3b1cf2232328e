package vn.hoso.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a person typed into a search box, parsed tolerantly: nothing typed raises an exception.
 *
 * <p>A word is a maximal run of Unicode letters, digits or combining marks; every other character
 * separates words and means nothing else, so operators, wildcards and regular expressions of a
 * search engine cannot be typed in. Only three things have a meaning: a double quote ({@code "},
 * {@code “}, {@code ”} or {@code „}) opens a phrase running to the next quote (or to the end), and
 * a minus at the start of the input or after a space, directly before a word or an opening quote,
 * excludes that word or phrase. Words are kept as typed, in Unicode NFC; the limits below bound the
 * work that any input can cause, and what they drop is told in {@link #notices()} (in Vietnamese,
 * for the user).
 *
 * @param terms the single words to find, as typed, distinct ignoring case
 * @param phrases the phrases to find, each of 2 to {@value #MAX_PHRASE_WORDS} words
 * @param excludedTerms the single words that must not occur
 * @param excludedPhrases the phrases that must not occur
 * @param notices what was dropped from the input, for the user, distinct, in the order they arose
 */
public record QueryText(
    List<String> terms,
    List<List<String>> phrases,
    List<String> excludedTerms,
    List<List<String>> excludedPhrases,
    List<String> notices) {

  /** Characters of input considered (after NFC normalisation); the rest is ignored. */
  public static final int MAX_LENGTH = 1000;

  /** Terms, phrases and exclusions kept, together; the further ones are ignored. */
  public static final int MAX_CLAUSES = 24;

  /** Longest word kept, in characters; longer words are ignored. */
  public static final int MAX_WORD_LENGTH = 64;

  /** Words kept of a phrase; the further ones are ignored. */
  public static final int MAX_PHRASE_WORDS = 8;

  static final String NOTICE_TOO_LONG = "Câu tìm kiếm dài quá 1.000 ký tự: chỉ dùng phần đầu.";
  static final String NOTICE_LONG_WORD = "Bỏ qua từ dài quá 64 ký tự.";
  static final String NOTICE_TOO_MANY = "Chỉ dùng 24 từ hoặc cụm từ đầu tiên.";
  static final String NOTICE_NO_WORDS =
      "Không có chữ hay số nào để tìm: hãy nhập từ cần tìm (các dấu như * ? ~ ( ) không có tác"
          + " dụng).";
  static final String NOTICE_LONG_PHRASE = "Cụm từ dài quá 8 từ: chỉ dùng 8 từ đầu.";

  /** Input read before normalisation, so that a huge input costs no more than a long one. */
  private static final int PRE_CUT = 4 * MAX_LENGTH;

  private static final QueryText EMPTY =
      new QueryText(List.of(), List.of(), List.of(), List.of(), List.of());

  /** Copies every list into an unmodifiable one; a null list becomes an empty one. */
  public QueryText {
    terms = words(terms);
    phrases = phraseList(phrases);
    excludedTerms = words(excludedTerms);
    excludedPhrases = phraseList(excludedPhrases);
    notices = words(notices);
  }

  /**
   * Parses what a person typed. Never throws.
   *
   * @param raw the text of the search box; null or blank gives an empty query
   * @return the parsed query, with notices about what was ignored
   */
  public static QueryText parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return EMPTY;
    }
    boolean cut = false;
    boolean cutLongWord = false;
    String s = raw;
    if (s.length() > PRE_CUT) {
      s = s.substring(0, safeEnd(s, PRE_CUT));
      cut = true;
    }
    s = Normalizer.normalize(stripControls(s), Normalizer.Form.NFC);
    if (s.length() > MAX_LENGTH) {
      int end = safeEnd(s, MAX_LENGTH);
      int kept = wordEnd(s, end);
      cutLongWord = end - kept > MAX_WORD_LENGTH;
      s = s.substring(0, kept);
      cut = true;
    }
    Parser parser = new Parser(s);
    if (cut) {
      parser.notices.add(NOTICE_TOO_LONG);
    }
    parser.run();
    if (cutLongWord && !parser.full) {
      parser.notices.add(NOTICE_LONG_WORD);
    }
    if (parser.terms.isEmpty()
        && parser.phrases.isEmpty()
        && parser.excludedTerms.isEmpty()
        && parser.excludedPhrases.isEmpty()) {
      parser.notices.add(NOTICE_NO_WORDS);
    }
    return new QueryText(
        parser.terms,
        parser.phrases,
        parser.excludedTerms,
        parser.excludedPhrases,
        new ArrayList<>(parser.notices));
  }

  /**
   * Whether something was typed but none of it can be searched for (only symbols, say): the answer
   * is then no result and the notice, rather than the whole collection.
   */
  public boolean typedNothingSearchable() {
    return notices.contains(NOTICE_NO_WORDS);
  }

  /**
   * Tells whether there is nothing to look for: no term and no phrase (exclusions alone do not make
   * a search).
   */
  public boolean isEmpty() {
    return terms.isEmpty() && phrases.isEmpty();
  }

  /**
   * Every word to look for: the terms, then the words of the phrases, in order, each once (ignoring
   * case, the first spelling kept). Meant for highlighting.
   */
  public List<String> positiveWords() {
    Map<String, String> words = new LinkedHashMap<>();
    for (String term : terms) {
      words.putIfAbsent(term.toLowerCase(Locale.ROOT), term);
    }
    for (List<String> phrase : phrases) {
      for (String word : phrase) {
        words.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
      }
    }
    return List.copyOf(words.values());
  }

  /** Whether a code point belongs to a word: a letter, a digit or a combining mark. */
  /** {@link #isWordChar} for every character up to U+1EFF (Vietnamese letters included). */
  private static final boolean[] WORD_CHAR = new boolean[0x1F00];

  static {
    for (int c = 0; c < WORD_CHAR.length; c++) {
      WORD_CHAR[c] = wordCharByType(c);
    }
  }

  static boolean isWordChar(int codePoint) {
    return codePoint < WORD_CHAR.length ? WORD_CHAR[codePoint] : wordCharByType(codePoint);
  }

  private static boolean wordCharByType(int codePoint) {
    if (Character.isLetterOrDigit(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isQuote(int codePoint) {
    return codePoint == '"' || codePoint == '“' || codePoint == '”' || codePoint == '„';
  }

  private static boolean isMinus(int codePoint) {
    return codePoint == '-' || codePoint == '−';
  }

  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /** Removes control and format characters; those that separate (tab, line end) become spaces. */
  private static String stripControls(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int type = Character.getType(cp);
      boolean control = type == Character.CONTROL || type == Character.FORMAT;
      if (control && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (control) {
        if (Character.isWhitespace(cp) || cp == '\u200B') {
          out.append(' ');
        }
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out == null ? s : out.toString();
  }

  /** An end index at most {@code end} that does not split a surrogate pair. */
  private static int safeEnd(String s, int end) {
    return end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))
        ? end - 1
        : end;
  }

  /** An end index at most {@code end} that does not split a word: a cut word is left out. */
  private static int wordEnd(String s, int end) {
    if (end <= 0 || end >= s.length() || !isWordChar(s.codePointAt(end))) {
      return end;
    }
    int e = end;
    while (e > 0 && isWordChar(s.codePointBefore(e))) {
      e -= Character.charCount(s.codePointBefore(e));
    }
    return e;
  }

  private static List<String> words(List<String> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  private static List<List<String>> phraseList(List<List<String>> list) {
    if (list == null) {
      return List.of();
    }
    List<List<String>> copy = new ArrayList<>(list.size());
    for (List<String> phrase : list) {
      copy.add(words(phrase));
    }
    return Collections.unmodifiableList(copy);
  }

  /** One pass over normalised, length-bounded input. */
  private static final class Parser {

    private final String s;
    private final List<String> terms = new ArrayList<>();
    private final List<List<String>> phrases = new ArrayList<>();
    private final List<String> excludedTerms = new ArrayList<>();
    private final List<List<String>> excludedPhrases = new ArrayList<>();
    private final Set<String> notices = new LinkedHashSet<>();
    private final Set<String> seenTerms = new HashSet<>();
    private final Set<String> seenPhrases = new HashSet<>();
    private final Set<String> seenExcludedTerms = new HashSet<>();
    private final Set<String> seenExcludedPhrases = new HashSet<>();
    private int clauses;
    private boolean full;

    Parser(String s) {
      this.s = s;
    }

    void run() {
      int n = s.length();
      int i = 0;
      while (i < n && !full) {
        int cp = s.codePointAt(i);
        int len = Character.charCount(cp);
        if (isQuote(cp)) {
          i = phrase(i + len, false);
        } else if (isMinus(cp)
            && (i == 0 || isSpace(s.codePointBefore(i)))
            && i + len < n
            && (isQuote(s.codePointAt(i + len)) || isWordChar(s.codePointAt(i + len)))) {
          int next = s.codePointAt(i + len);
          int start = i + len;
          i = isQuote(next) ? phrase(start + Character.charCount(next), true) : word(start, true);
        } else if (isWordChar(cp)) {
          i = word(i, false);
        } else {
          i += len;
        }
      }
    }

    /** Reads the word starting at {@code start}; returns the index after it. */
    private int word(int start, boolean excluded) {
      int end = runEnd(start, s.length());
      term(s.substring(start, end), excluded);
      return end;
    }

    /** Reads a phrase whose text starts at {@code start}; returns the index after its end quote. */
    private int phrase(int start, boolean excluded) {
      int n = s.length();
      int end = start;
      while (end < n && !isQuote(s.codePointAt(end))) {
        end += Character.charCount(s.codePointAt(end));
      }
      List<String> words = new ArrayList<>();
      int i = start;
      while (i < end) {
        int cp = s.codePointAt(i);
        if (isWordChar(cp)) {
          int e = runEnd(i, end);
          String word = s.substring(i, e);
          if (fits(word)) {
            words.add(word);
          }
          i = e;
        } else {
          i += Character.charCount(cp);
        }
      }
      if (words.size() > MAX_PHRASE_WORDS) {
        words = new ArrayList<>(words.subList(0, MAX_PHRASE_WORDS));
        notices.add(NOTICE_LONG_PHRASE);
      }
      if (words.size() == 1) {
        term(words.get(0), excluded);
      } else if (words.size() > 1) {
        String key = String.join(" ", words).toLowerCase(Locale.ROOT);
        if ((excluded ? seenExcludedPhrases : seenPhrases).add(key) && room()) {
          (excluded ? excludedPhrases : phrases).add(words);
        }
      }
      return end < n ? end + Character.charCount(s.codePointAt(end)) : n;
    }

    private void term(String word, boolean excluded) {
      if (fits(word)
          && (excluded ? seenExcludedTerms : seenTerms).add(word.toLowerCase(Locale.ROOT))
          && room()) {
        (excluded ? excludedTerms : terms).add(word);
      }
    }

    /** Whether the word is short enough; notes it when not. */
    private boolean fits(String word) {
      if (word.length() > MAX_WORD_LENGTH
          && word.codePointCount(0, word.length()) > MAX_WORD_LENGTH) {
        notices.add(NOTICE_LONG_WORD);
        return false;
      }
      return true;
    }

    /** Counts one more clause if there is room; otherwise notes it and stops the parse. */
    private boolean room() {
      if (clauses < MAX_CLAUSES) {
        clauses++;
        return true;
      }
      notices.add(NOTICE_TOO_MANY);
      full = true;
      return false;
    }

    private int runEnd(int start, int limit) {
      int e = start;
      while (e < limit) {
        int cp = s.codePointAt(e);
        if (!isWordChar(cp)) {
          break;
        }
        e += Character.charCount(cp);
      }
      return e;
    }
  }
}
