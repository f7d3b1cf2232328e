package vn.hoso.demo;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How far a recognised text is from the text that was really on the page: the character error rate
 * (CER) that OCR engines are judged by, and its word-level sibling.
 *
 * <p>Both texts are first brought to the same form: Unicode NFC (a scanner's OCR and a CSV may
 * deliver "ệ" as one code point or as "e" + two combining marks) and every run of white space —
 * including the form feed that separates pages in a contractor's {@code .txt} — collapsed to one
 * space. Line breaks are therefore not counted: an OCR engine that reads the two header columns of
 * a Vietnamese administrative document in another line order is not punished for the line breaks,
 * only for the characters it gets wrong.
 */
public final class TextMetrics {

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u000c\\u200b]+");

  private TextMetrics() {}

  /** NFC, white space collapsed to single spaces, trimmed. */
  public static String normalize(String text) {
    String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    return WHITESPACE.matcher(nfc).replaceAll(" ").trim();
  }

  /**
   * Levenshtein distance in Unicode code points (insertions, deletions and substitutions each cost
   * one), of the texts as given.
   */
  public static int levenshtein(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (x.length < y.length) {
      int[] t = x;
      x = y;
      y = t;
    }
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      cur[0] = i;
      int xi = x[i - 1];
      for (int j = 1; j <= y.length; j++) {
        int sub = prev[j - 1] + (xi == y[j - 1] ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }

  /**
   * Character error rate: edit distance between the normalised texts divided by the length (in code
   * points) of the normalised reference. 0 is perfect; it can exceed 1 when the hypothesis is much
   * longer than the reference. An empty reference gives 0 for an empty hypothesis, else 1.
   */
  public static double characterErrorRate(String reference, String hypothesis) {
    String ref = normalize(reference);
    String hyp = normalize(hypothesis);
    int n = ref.codePointCount(0, ref.length());
    if (n == 0) {
      return hyp.isEmpty() ? 0 : 1;
    }
    return (double) levenshtein(ref, hyp) / n;
  }

  /**
   * Word error rate: the same measure over words (white-space separated tokens of the normalised
   * texts), which is what a searcher feels: one wrong diacritic spoils a whole word.
   */
  public static double wordErrorRate(String reference, String hypothesis) {
    String ref = normalize(reference);
    String hyp = normalize(hypothesis);
    String[] r = ref.isEmpty() ? new String[0] : ref.split(" ");
    String[] h = hyp.isEmpty() ? new String[0] : hyp.split(" ");
    if (r.length == 0) {
      return h.length == 0 ? 0 : 1;
    }
    int[] prev = new int[h.length + 1];
    int[] cur = new int[h.length + 1];
    for (int j = 0; j <= h.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= r.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= h.length; j++) {
        int sub = prev[j - 1] + (r[i - 1].equals(h[j - 1]) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return (double) prev[h.length] / r.length;
  }
}
