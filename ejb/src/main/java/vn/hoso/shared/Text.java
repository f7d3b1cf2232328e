package vn.hoso.shared;

import java.text.Normalizer;

/** Text entering the portal: NFC, trimmed, control characters out, length bounded. */
public final class Text {

  private Text() {}

  /**
   * NFC, stripped, inner whitespace collapsed; null for blank. Controls (but tab/newline) dropped.
   */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints()
        .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
        .forEach(b::appendCodePoint);
    String r = b.toString().replaceAll("[ \\t]+", " ").strip();
    return r.isEmpty() ? null : r;
  }

  /** {@link #clean} and at most {@code max} characters; longer text is refused by the caller. */
  public static boolean tooLong(String s, int max) {
    return s != null && s.length() > max;
  }
}
