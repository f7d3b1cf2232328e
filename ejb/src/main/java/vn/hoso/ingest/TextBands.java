package vn.hoso.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * Index keys of a page's words, to find pages that carry much the same text without comparing the
 * page with every other: a MinHash signature of its two-word shingles (words folded as {@link
 * PageSimilarity} folds them), cut into {@value #BANDS} bands of {@value #ROWS} values, each band
 * hashed to one key (table {@code page_text_band}). Two pages whose shingle sets have Jaccard
 * similarity J share at least one key with probability 1 − (1 − J<sup>4</sup>)<sup>16</sup>: 0.64
 * at J = 0.5, 0.89 at 0.6, 0.99 at 0.7; 0.12 at 0.3, 0.025 at 0.2.
 *
 * <p>Measured on 923 generated pages ({@code TextBandsTest}): a page read twice with OCR confusions
 * on 3 % of the letters of both readings keeps 0.77–0.93 of its shingles and always shares a key;
 * with random letters replaced, 2 % on both readings (shingle Jaccard about 0.65), 93 % do, 5 % on
 * one reading 86 %. Pages of different kinds share a key in 0.3 % of the pairs. Three rows a band
 * would find 98 % of the 2 %-on-both pairs but, by the same measured similarities, propose about
 * four times as many pages of other kinds; five rows, or more bands, cost more index rows for a few
 * points at the noisy end.
 *
 * <p>Filled copies of one printed form share their printed words, and a quarter of the pairs of
 * pages of one kind share a key: the keys only propose candidates, which {@link PageSimilarity}
 * then judges by their words and numbers.
 *
 * <p>The keys are stored: the folding, the shingles, the hash functions and their seeds form a
 * fixed format (pinned by a test). Changing any of them needs a migration that recomputes every
 * page's keys.
 */
final class TextBands {

  /** Words per shingle. */
  static final int SHINGLE_WORDS = 2;

  /** Bands of the signature, one key each. */
  static final int BANDS = 16;

  /** MinHash values per band. */
  static final int ROWS = 4;

  /**
   * Pages with fewer distinct words get no keys: {@link PageSimilarity} could not call such a pair
   * the same sheet anyway, and a handful of shingles (a blank page's stamp, a cover's title) would
   * collide with every other page that has them.
   */
  static final int MIN_WORDS = PageSimilarity.MIN_WORDS;

  private static final long[] NONE = new long[0];

  /** One seeded hash function per signature value, and one salt per band. */
  private static final long[] SALTS = salts(0x686F736F_54455854L, BANDS * ROWS + BANDS);

  private TextBands() {}

  /** The page's band keys, distinct; none for a page with too little text. */
  static long[] of(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    return keys(PageSimilarity.words(Normalizer.normalize(text, Normalizer.Form.NFC)));
  }

  /** The band keys of folded words (as {@link PageSimilarity#words} gives them). */
  private static long[] keys(List<String> words) {
    int n = words.size();
    if (n < MIN_WORDS) {
      return NONE;
    }
    long[] wordHashes = new long[n];
    for (int i = 0; i < n; i++) {
      wordHashes[i] = hash(words.get(i));
    }
    if (distinct(wordHashes) < MIN_WORDS) {
      return NONE;
    }
    long[] signature = signature(wordHashes);
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = SALTS[BANDS * ROWS + b];
      for (int r = 0; r < ROWS; r++) {
        key = mix(key ^ signature[b * ROWS + r]);
      }
      keys[b] = key;
    }
    // two bands giving one key (odds of 2^-64) would break the table's primary key
    return Arrays.stream(keys).distinct().toArray();
  }

  private static int distinct(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int distinct = sorted.length == 0 ? 0 : 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[i - 1]) {
        distinct++;
      }
    }
    return distinct;
  }

  /**
   * The MinHash signature of the shingles of the words: for each of the seeded hash functions, the
   * least value it gives any shingle. Repeated shingles change nothing, so the text is taken as the
   * set of its shingles.
   */
  static long[] signature(long[] wordHashes) {
    long[] min = new long[BANDS * ROWS];
    Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE_WORDS <= wordHashes.length; i++) {
      long shingle = 0;
      for (int w = 0; w < SHINGLE_WORDS; w++) {
        shingle = mix(shingle * 0x9E3779B97F4A7C15L + wordHashes[i + w]);
      }
      for (int f = 0; f < min.length; f++) {
        long v = mix(shingle ^ SALTS[f]);
        if (v < min[f]) {
          min[f] = v;
        }
      }
    }
    return min;
  }

  /** FNV-1a over the UTF-16 units of a folded word, then mixed. */
  static long hash(String word) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix(h);
  }

  /** MurmurHash3's 64-bit finaliser: every input bit reaches every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  /** SplitMix64 from a fixed seed: written out, so the stored keys never depend on a JDK. */
  private static long[] salts(long seed, int n) {
    long[] out = new long[n];
    long s = seed;
    for (int i = 0; i < n; i++) {
      s += 0x9E3779B97F4A7C15L;
      long z = s;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      out[i] = z ^ (z >>> 31);
    }
    return out;
  }
}
