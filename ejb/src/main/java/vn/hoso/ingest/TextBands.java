package vn.hoso.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
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
 * then judges by their words and numbers. In a large archive a rescan of a page that is mostly
 * printed form (a building permit, a land-use decision) shares as many word bands with hundreds of
 * filled copies as with its own original. The page's numbers (its IDs, dates, register and parcel
 * numbers) tell them apart, so they get {@value #NUMBER_BANDS} bands of their own, of {@value
 * #NUMBER_ROWS} values, which rank the candidates but propose none: among 93,000 generated pages of
 * one commune, a rescan's original was among the 200 best-ranked candidates for 375 of 400 rescans
 * by the word bands alone, for 396 with the number bands counted ({@code NearDuplicatesBenchmark}).
 * A rescan shares 7 of its 8 number bands with its original on average, 0.2 with a filled copy of
 * its form.
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

  /** Bands of the signature of the page's numbers, one key each. */
  static final int NUMBER_BANDS = 8;

  /** MinHash values per number band. */
  static final int NUMBER_ROWS = 3;

  /** The keys of a page's text: its words' bands, which find candidates, and its numbers'. */
  record Keys(long[] words, long[] numbers) {

    static final Keys NONE = new Keys(new long[0], new long[0]);

    boolean isEmpty() {
      return words.length == 0;
    }

    long[] all() {
      long[] out = Arrays.copyOf(words, words.length + numbers.length);
      System.arraycopy(numbers, 0, out, words.length, numbers.length);
      return out;
    }
  }

  /**
   * Pages with fewer distinct words get no keys: {@link PageSimilarity} could not call such a pair
   * the same sheet anyway, and a handful of shingles (a blank page's stamp, a cover's title) would
   * collide with every other page that has them.
   */
  static final int MIN_WORDS = PageSimilarity.MIN_WORDS;

  private static final long[] NONE = new long[0];

  /**
   * One seeded hash function per signature value and one salt per band: the words' first, then the
   * numbers'.
   */
  private static final long[] SALTS =
      salts(0x686F736F_54455854L, BANDS * ROWS + BANDS + NUMBER_BANDS * NUMBER_ROWS + NUMBER_BANDS);

  private static final int NUMBER_SALTS = BANDS * ROWS + BANDS;

  private TextBands() {}

  /**
   * The page's keys, distinct; none for a page with too little text, no number keys for a page with
   * fewer than {@value PageSimilarity#MIN_NUMBERS} numbers.
   */
  static Keys of(String text) {
    if (text == null || text.isBlank()) {
      return Keys.NONE;
    }
    List<String> words = PageSimilarity.words(Normalizer.normalize(text, Normalizer.Form.NFC));
    int n = words.size();
    if (n < MIN_WORDS) {
      return Keys.NONE;
    }
    long[] wordHashes = new long[n];
    for (int i = 0; i < n; i++) {
      wordHashes[i] = hash(words.get(i));
    }
    if (distinct(wordHashes) < MIN_WORDS) {
      return Keys.NONE;
    }
    long[] numberHashes =
        PageSimilarity.numbers(new HashSet<>(words)).stream().mapToLong(TextBands::hash).toArray();
    long[] numberKeys =
        numberHashes.length < PageSimilarity.MIN_NUMBERS
            ? NONE
            : bands(
                minHash(numberHashes, NUMBER_SALTS, NUMBER_BANDS * NUMBER_ROWS),
                NUMBER_BANDS,
                NUMBER_ROWS,
                NUMBER_SALTS + NUMBER_BANDS * NUMBER_ROWS);
    return new Keys(bands(signature(wordHashes), BANDS, ROWS, BANDS * ROWS), numberKeys);
  }

  /**
   * A signature cut into bands, each hashed with its own salt (from {@code salt}) to one key. Two
   * bands giving one key (odds of 2^-64) would break the table's primary key: keys are distinct.
   */
  private static long[] bands(long[] signature, int bands, int rows, int salt) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long key = SALTS[salt + b];
      for (int r = 0; r < rows; r++) {
        key = mix(key ^ signature[b * rows + r]);
      }
      keys[b] = key;
    }
    return Arrays.stream(keys).distinct().toArray();
  }

  /** The least value each of {@code count} seeded hash functions (from {@code salt}) gives. */
  private static long[] minHash(long[] hashes, int salt, int count) {
    long[] min = new long[count];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long h : hashes) {
      for (int f = 0; f < count; f++) {
        long v = mix(h ^ SALTS[salt + f]);
        if (v < min[f]) {
          min[f] = v;
        }
      }
    }
    return min;
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
    int count = Math.max(0, wordHashes.length - SHINGLE_WORDS + 1);
    long[] shingles = new long[count];
    for (int i = 0; i < count; i++) {
      long shingle = 0;
      for (int w = 0; w < SHINGLE_WORDS; w++) {
        shingle = mix(shingle * 0x9E3779B97F4A7C15L + wordHashes[i + w]);
      }
      shingles[i] = shingle;
    }
    return minHash(shingles, 0, BANDS * ROWS);
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
