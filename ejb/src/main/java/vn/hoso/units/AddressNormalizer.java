package vn.hoso.units;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text normalisation for Vietnamese unit names and free-form addresses.
 *
 * <p>Two keys are used for matching. {@link #foldKey} drops every diacritic: it is what people type
 * on a keyboard without a Vietnamese input method. {@link #exactKey} keeps the diacritics, which
 * carry meaning (Hoằng Phú and Hoằng Phụ are two communes of one district), but puts the tone mark
 * at one canonical place: official documents spell the same name "Hoà" and "Hòa", "Thuỵ" and
 * "Thụy".
 *
 * <p>All methods accept any input (null, NFD, control characters, very long text) without throwing.
 */
public final class AddressNormalizer {

  private AddressNormalizer() {}

  /** The five Vietnamese tone marks, as combining characters. */
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private static final String VOWELS = "aăâeêioôơuưy";
  private static final String MARKED_VOWELS = "ăâêôơư";
  private static final int TABLE_SIZE = 0x1F00;

  /** Lower-case letter without any diacritic, or 0 if the character is a lone combining mark. */
  private static final char[] FOLD = new char[TABLE_SIZE];

  /** Tone mark carried by a precomposed letter (0 if none). */
  private static final char[] TONE = new char[TABLE_SIZE];

  /** The letter with its tone mark removed but its vowel marks (â, ơ, ư ...) kept. */
  private static final char[] TONELESS = new char[TABLE_SIZE];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      char ch = (char) c;
      if (Character.isSurrogate(ch)) {
        FOLD[c] = ch;
        TONELESS[c] = ch;
        continue;
      }
      String nfd = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder toneless = new StringBuilder();
      char tone = 0;
      for (int i = 0; i < nfd.length(); i++) {
        char d = nfd.charAt(i);
        int type = Character.getType(d);
        boolean mark =
            type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
        if (!mark) {
          base.append(d);
          toneless.append(d);
        } else if (TONES.indexOf(d) >= 0) {
          tone = d;
        } else {
          toneless.append(d);
        }
      }
      FOLD[c] = base.length() == 1 ? base.charAt(0) : base.length() == 0 ? 0 : ch;
      String tl = Normalizer.normalize(toneless, Normalizer.Form.NFC);
      TONELESS[c] = tl.length() == 1 ? tl.charAt(0) : ch;
      TONE[c] = tl.length() == 1 ? tone : 0;
    }
    // đ has no decomposition; people also type the look-alike Icelandic eth or African D.
    for (char c : new char[] {'đ', 'Đ', 'ð', 'Ð', 'ɖ', 'Ɖ'}) {
      FOLD[c] = 'd';
    }
  }

  /**
   * NFC form of {@code s}, with control and format characters (zero-width spaces, BOM, soft hyphen)
   * dropped and line breaks and tabs turned into spaces. Returns "" for null.
   */
  public static String nfc(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String n =
        Normalizer.isNormalized(s, Normalizer.Form.NFC)
            ? s
            : Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = null;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      int type = Character.getType(c);
      boolean control = type == Character.CONTROL || type == Character.FORMAT;
      if (control || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        if (out == null) {
          out = new StringBuilder(n.length()).append(n, 0, i);
        }
        if (Character.isWhitespace(c) || c == '\u0085' || !control) {
          out.append(' ');
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? n : out.toString();
  }

  /** {@link #nfc} with runs of white space collapsed to one space and the ends trimmed. */
  static String clean(String s) {
    String n = nfc(s);
    StringBuilder out = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Lower case, no diacritics (đ becomes d), every run of punctuation or white space becomes one
   * space, trimmed: "Phường Hoà Bình, Q.1" and "phuong hoa binh q 1" both give "phuong hoa binh q
   * 1". Letters and digits are separate words and numbers lose leading zeros: "P.014" and "p14"
   * give "p 14". Words are cut at 40 characters (no unit name has longer words).
   */
  public static String foldKey(String s) {
    return join(tokens(s), false);
  }

  /**
   * Lower case, diacritics kept but each syllable's tone mark moved to one canonical vowel,
   * punctuation to spaces, spaces collapsed: "Hoà"/"Hòa", "Thuỵ"/"Thụy", "Khoá"/"Khóa" give one key
   * ("hòa", "thụy", "khóa"). Words split as in {@link #foldKey}.
   */
  public static String exactKey(String s) {
    return join(tokens(s), true);
  }

  private static String join(List<Token> tokens, boolean exact) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(exact ? t.exact() : t.fold());
    }
    return sb.toString();
  }

  /**
   * One word of an address. {@code fold} and {@code exact} are the word's {@link #foldKey} and
   * {@link #exactKey}; numbers lose their leading zeros ("01" is "1"). {@code segStart} is true for
   * the first word after a comma, semicolon, vertical bar or line break (and the first word).
   */
  record Token(String fold, String exact, boolean segStart, boolean digits) {
    boolean plain() {
      return fold.equals(exact);
    }
  }

  /** Words longer than this cannot be names; they are cut so that a pasted blob stays cheap. */
  static final int MAX_WORD = 40;

  /**
   * Splits text into words: letters and digits form separate words ("P14" is "p", "14"), everything
   * else separates. Works on any input; control characters are dropped (line breaks separate).
   */
  static List<Token> tokens(String raw) {
    List<Token> out = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    String s =
        Normalizer.isNormalized(raw, Normalizer.Form.NFC)
            ? raw
            : Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder word = new StringBuilder();
    int kind = 0; // 0 none, 1 letters, 2 digits
    boolean segStart = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.CONTROL && !Character.isWhitespace(cp) && cp != 0x85
          || type == Character.FORMAT) {
        continue; // dropped, does not separate ("Bến\u200BThành" is one word); tabs and line breaks
        // do
      }
      boolean mark =
          type == Character.NON_SPACING_MARK
              || type == Character.ENCLOSING_MARK
              || type == Character.COMBINING_SPACING_MARK;
      int newKind;
      if (Character.isLetter(cp) || mark && kind == 1) {
        newKind = 1;
      } else if (Character.isDigit(cp)) {
        newKind = 2;
      } else {
        newKind = 0;
      }
      if (newKind != kind && kind != 0) {
        segStart = emit(out, word, kind, segStart);
      }
      kind = newKind;
      if (newKind == 1) {
        if (word.length() < MAX_WORD) {
          appendLower(word, cp);
        }
      } else if (newKind == 2) {
        if (word.length() < MAX_WORD) {
          word.append((char) ('0' + Character.digit(cp, 10)));
        }
      } else if (mark) {
        // a combining mark with nothing to combine with: ignore
      } else if (cp == ','
          || cp == ';'
          || cp == '|'
          || cp == '\n'
          || cp == '\r'
          || cp == 0x85
          || cp == 0x2028
          || cp == 0x2029
          || cp == 0xFF0C
          || cp == 0x3001
          || cp == 0xFF1B) {
        segStart = true;
      }
    }
    if (kind != 0) {
      emit(out, word, kind, segStart);
    }
    return out;
  }

  private static void appendLower(StringBuilder word, int cp) {
    int lower = Character.toLowerCase(cp);
    if (lower == 'ð' || lower == 'ɖ') {
      lower = 'đ';
    }
    word.appendCodePoint(lower);
  }

  /** Adds the current word; returns the segStart flag for the next word (always false). */
  private static boolean emit(List<Token> out, StringBuilder word, int kind, boolean segStart) {
    if (word.length() == 0) {
      return segStart;
    }
    String w = word.toString();
    word.setLength(0);
    if (kind == 2) {
      int z = 0;
      while (z < w.length() - 1 && w.charAt(z) == '0') {
        z++;
      }
      String d = w.substring(z);
      out.add(new Token(d, d, segStart, true));
    } else {
      String fold = foldWord(w);
      if (fold.isEmpty()) {
        return segStart;
      }
      out.add(new Token(fold, fold.equals(w) ? fold : canonicalTone(w), segStart, false));
    }
    return false;
  }

  /** Strips diacritics from one lower-case word. */
  static String foldWord(String w) {
    StringBuilder sb = null;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char f =
          c < TABLE_SIZE ? FOLD[c] : (Character.getType(c) == Character.NON_SPACING_MARK ? 0 : c);
      if (f != c && sb == null) {
        sb = new StringBuilder(w.length()).append(w, 0, i);
      }
      if (sb != null && f != 0) {
        sb.append(f);
      }
    }
    return sb == null ? w : sb.toString();
  }

  /** The base letter of one character, as in {@link #foldWord}. */
  static char foldChar(char c) {
    return c < TABLE_SIZE ? FOLD[c] : c;
  }

  /**
   * Moves the tone mark of one lower-case NFC syllable to its canonical vowel. The rule: a vowel
   * with its own mark (ă â ê ô ơ ư; the last one, for ươ) takes the tone; else a lone vowel; else,
   * before a final consonant, the last vowel; else in open oa, oe, uy the first vowel (hòa, khỏe,
   * thụy, the common modern spelling), in other pairs the first and in triples the middle one. "qu"
   * and "gi" before a vowel are consonants. Words this rule does not describe are returned as is.
   */
  static String canonicalTone(String w) {
    char tone = 0;
    char[] base = new char[w.length()];
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= TABLE_SIZE) {
        return w;
      }
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK) {
        return w; // a mark NFC could not compose: not a well-formed Vietnamese syllable
      }
      if (TONE[c] != 0) {
        if (tone != 0) {
          return w;
        }
        tone = TONE[c];
      }
      base[i] = TONELESS[c];
    }
    if (tone == 0) {
      return w;
    }
    int n = base.length;
    int i = 0;
    while (i < n && VOWELS.indexOf(base[i]) < 0) {
      i++;
    }
    if (i < n - 1
        && i > 0
        && base[i - 1] == 'q'
        && base[i] == 'u'
        && VOWELS.indexOf(base[i + 1]) >= 0) {
      i++;
    } else if (i == 1
        && base[0] == 'g'
        && base[1] == 'i'
        && n > 2
        && VOWELS.indexOf(base[2]) >= 0) {
      i++;
    }
    int j = i;
    while (j < n && VOWELS.indexOf(base[j]) >= 0) {
      j++;
    }
    int len = j - i;
    if (len == 0) {
      return w;
    }
    int pos = -1;
    for (int k = i; k < j; k++) {
      if (MARKED_VOWELS.indexOf(base[k]) >= 0) {
        pos = k;
      }
    }
    if (pos < 0) {
      if (len == 1) {
        pos = i;
      } else if (j < n) {
        pos = j - 1;
      } else if (len == 2) {
        pos = i;
      } else if (len == 3) {
        pos = i + 1;
      } else {
        return w;
      }
    }
    String toned = Normalizer.normalize(String.valueOf(base[pos]) + tone, Normalizer.Form.NFC);
    if (toned.length() != 1) {
      return w;
    }
    base[pos] = toned.charAt(0);
    return new String(base);
  }

  /** Lower-cases with the root locale (no Turkish dotless i surprises). */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
