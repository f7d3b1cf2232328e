package vn.hoso.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator;
import vn.hoso.demo.HandoverPackageGenerator.PageTruth;

/**
 * The text bands on generated pages: one text gives one set of keys; a page read twice, with OCR
 * noise, shares a key with its first reading almost always; pages of different kinds almost never;
 * filled copies of one form often do, and are then left to the word-level judgement.
 */
class TextBandsTest {

  @TempDir Path dir;

  /** About nine hundred pages of every kind of document the generator writes. */
  static List<PageTruth> pages;

  /** Their keys. */
  static List<TextBands.Keys> keys;

  @BeforeAll
  static void generate() {
    pages =
        new HandoverPackageGenerator(1)
                .texts(
                    HandoverPackageGenerator.Options.defaults()
                        .withSeed(3)
                        .withDossiers(300)
                        .withDocuments(1, 3)
                        .withPages(1, 2)
                        .withOrigin("commune:27169")
                        .withReceivingUnit("27169"))
                .stream()
                .filter(t -> !TextBands.of(t.text()).isEmpty())
                .toList();
    assertTrue(pages.size() > 800, "pages with text: " + pages.size());
    keys = pages.stream().map(t -> TextBands.of(t.text())).toList();
  }

  static final String SAMPLE =
      "Ủy ban nhân dân Phường 14 nhận được đơn tố cáo đối với bà Nguyễn Thị Chi, sinh năm 1957,"
          + " cư trú tại Số 221 đường Đội Cấn, Phường 14, Quận 10, Thành phố Hồ Chí Minh. Người tố"
          + " cáo cho rằng bà Nguyễn Thị Chi xây dựng công trình lấn chiếm lối đi chung.";

  @Test
  void oneTextGivesOneSetOfKeysWhateverItsCaseOrUnicodeForm() {
    TextBands.Keys keys = TextBands.of(SAMPLE);
    assertEquals(TextBands.BANDS, keys.words().length);
    assertEquals(TextBands.NUMBER_BANDS, keys.numbers().length);
    for (String same :
        List.of(
            SAMPLE,
            Normalizer.normalize(SAMPLE, Normalizer.Form.NFD),
            SAMPLE.toUpperCase(Locale.ROOT),
            SAMPLE.replace(",", " ,\n"))) {
      assertArrayEquals(keys.all(), TextBands.of(same).all());
    }
    // the keys are stored: the same text must give the same keys in every release
    assertEquals(342165652547197605L, keys.words()[0]);
    assertEquals(4122453798475580457L, keys.numbers()[0]);
  }

  @Test
  void aPageWithTooLittleTextHasNoKeys() {
    assertTrue(TextBands.of(null).isEmpty());
    assertTrue(TextBands.of("  \n ").isEmpty());
    assertTrue(TextBands.of("Trang trắng. Hết.").isEmpty());
    // twenty words, but not twenty different ones
    assertTrue(TextBands.of("Lưu hồ sơ. ".repeat(10)).isEmpty());
    // enough words, too few numbers: bands of the words only
    TextBands.Keys noNumbers = TextBands.of(SAMPLE.replaceAll("[0-9]", ""));
    assertEquals(TextBands.BANDS, noNumbers.words().length);
    assertEquals(0, noNumbers.numbers().length);
  }

  /** Digits misread: a share of them replaced by random ones. */
  private static String digits(String text, double share, Random r) {
    StringBuilder s = new StringBuilder(text);
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i)) && r.nextDouble() < share) {
        s.setCharAt(i, (char) ('0' + r.nextInt(10)));
      }
    }
    return s.toString();
  }

  /** OCR-like damage: a share of the letters replaced by random ones. */
  private static String letters(String text, double share, Random r) {
    StringBuilder s = new StringBuilder(text);
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i)) && r.nextDouble() < share) {
        s.setCharAt(i, (char) ('a' + r.nextInt(26)));
      }
    }
    return s.toString();
  }

  /** Share of the pages whose two readings, each damaged by {@code read}, share a key. */
  private static double found(UnaryOperator<String> first, UnaryOperator<String> second) {
    int found = 0;
    for (PageTruth t : pages) {
      if (shared(
              TextBands.of(first.apply(t.text())).words(),
              TextBands.of(second.apply(t.text())).words())
          > 0) {
        found++;
      }
    }
    return (double) found / pages.size();
  }

  static int shared(long[] a, long[] b) {
    int n = 0;
    for (long x : a) {
      for (long y : b) {
        if (x == y) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void aPageReadTwiceWithOcrNoiseSharesAKey() {
    Random r = new Random(11);
    UnaryOperator<String> clean = t -> t;
    // the contractor's kind of OCR confusions (lost diacritics, rn for m, 1 for l, lost letters)
    double ocr3 =
        found(
            t -> HandoverPackageGenerator.withOcrNoise(t, 0.03, r),
            t -> HandoverPackageGenerator.withOcrNoise(t, 0.03, r));
    double ocr5 =
        found(
            t -> HandoverPackageGenerator.withOcrNoise(t, 0.05, r),
            t -> HandoverPackageGenerator.withOcrNoise(t, 0.05, r));
    // harsher: letters replaced at random, which folding cannot undo
    double letters2 = found(clean, t -> letters(t, 0.02, r));
    double letters2both = found(t -> letters(t, 0.02, r), t -> letters(t, 0.02, r));
    double letters5 = found(clean, t -> letters(t, 0.05, r));
    System.out.printf(
        "pages sharing a key with their second reading, of %d: OCR confusions 3%% on both readings"
            + " %.3f, 5%% on both %.3f; random letters 2%% on one %.3f, 2%% on both %.3f, 5%% on"
            + " one %.3f%n",
        pages.size(), ocr3, ocr5, letters2, letters2both, letters5);
    assertTrue(ocr3 >= 0.99, "OCR confusions 3%: " + ocr3);
    assertTrue(ocr5 >= 0.98, "OCR confusions 5%: " + ocr5);
    assertTrue(letters2 >= 0.98, "random letters 2%: " + letters2);
    assertTrue(letters2both >= 0.88, "random letters 2% on both: " + letters2both);
    assertTrue(letters5 >= 0.80, "random letters 5%: " + letters5);
  }

  @Test
  void pagesOfDifferentKindsRarelyShareAKeyAndFilledCopiesOfOneFormAreJudgedByTheirWords() {
    int otherKind = 0;
    int otherKindShared = 0;
    int sameKind = 0;
    int sameKindShared = 0;
    Map<PageSimilarity.Verdict, Integer> verdicts = new EnumMap<>(PageSimilarity.Verdict.class);
    for (int i = 0; i < pages.size(); i++) {
      for (int j = i + 1; j < pages.size(); j++) {
        PageTruth a = pages.get(i);
        PageTruth b = pages.get(j);
        if (a.documentCode().equals(b.documentCode())) {
          continue;
        }
        boolean candidates = shared(keys.get(i).words(), keys.get(j).words()) > 0;
        if (!a.kind().equals(b.kind())) {
          otherKind++;
          otherKindShared += candidates ? 1 : 0;
          continue;
        }
        sameKind++;
        if (candidates) {
          sameKindShared++;
          verdicts.merge(PageSimilarity.compare(a.text(), b.text()), 1, Integer::sum);
        }
      }
    }
    double unrelated = (double) otherKindShared / otherKind;
    System.out.printf(
        "pairs of pages of different kinds sharing a key: %d of %d (%.4f); of the same kind"
            + " (filled copies of the same forms among them): %d of %d (%.3f), judged by their"
            + " words %s%n",
        otherKindShared,
        otherKind,
        unrelated,
        sameKindShared,
        sameKind,
        (double) sameKindShared / sameKind,
        verdicts);
    assertTrue(unrelated < 0.01, "different kinds: " + unrelated);
    // what the keys propose among copies of one form, the words refuse but for a handful
    int same = verdicts.getOrDefault(PageSimilarity.Verdict.SAME, 0);
    assertTrue(same <= sameKindShared / 1000, same + " of " + sameKindShared);
  }

  /**
   * Where a page is mostly printed form, its rescan may share no more word bands with its original
   * than with other filled copies of the form; the record's numbers (its IDs, dates, register and
   * parcel numbers) survive a second reading and differ between copies, and their bands rank the
   * original first.
   */
  @Test
  void theNumbersBandsRankTheRecordAboveFilledCopiesOfItsForm() {
    Random r = new Random(13);
    double original = 0;
    double copies = 0;
    int copyPairs = 0;
    int rescans = 0;
    for (int i = 0; i < pages.size(); i += 3) {
      PageTruth t = pages.get(i);
      String reread = digits(HandoverPackageGenerator.withOcrNoise(t.text(), 0.03, r), 0.01, r);
      TextBands.Keys again = TextBands.of(reread);
      TextBands.Keys first = keys.get(i);
      if (first.numbers().length == 0) {
        continue;
      }
      rescans++;
      original += shared(again.numbers(), first.numbers());
      for (int j = 0; j < pages.size(); j++) {
        PageTruth other = pages.get(j);
        if (other.kind().equals(t.kind())
            && !other.documentCode().equals(t.documentCode())
            && shared(again.words(), keys.get(j).words()) > 0) {
          copies += shared(again.numbers(), keys.get(j).numbers());
          copyPairs++;
        }
      }
    }
    original /= rescans;
    copies /= copyPairs;
    System.out.printf(
        "number bands shared by a rescan with its original: %.1f of %d on average (%d rescans);"
            + " with a filled copy of its form proposed by the word bands: %.1f (%d pairs)%n",
        original, TextBands.NUMBER_BANDS, rescans, copies, copyPairs);
    assertTrue(original >= 3 * copies, original + " against " + copies);
  }

  /**
   * On rendered pages, with their real hashes: of the pairs of different records that the text
   * bands propose, the final judgement (hash distance and words) keeps none that the hash bands did
   * not already propose. The text bands add rescans to the review queue, not form copies.
   */
  @Test
  void filledCopiesOfOneFormThatOnlyTheTextBandsProposeAreNotTakenForOneSheet() throws IOException {
    HandoverPackageGenerator.Result r =
        new HandoverPackageGenerator(2)
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(11)
                    .withDossiers(40)
                    .withDocuments(2, 3)
                    .withPages(1, 1)
                    .withPdfShare(0)
                    .withImageFormats("png")
                    .withDefects(HandoverPackageGenerator.Defects.LIGHT)
                    .withOrigin("commune:27169")
                    .withReceivingUnit("27169"),
                dir.resolve("rendered"));
    List<PageTruth> rendered = r.truth();
    List<Long> hashes = new ArrayList<>();
    List<long[]> words = new ArrayList<>();
    for (PageTruth t : rendered) {
      hashes.add(PerceptualHash.of(ImageIO.read(r.bag().resolve(t.file()).toFile())));
      words.add(TextBands.of(t.text()).words());
    }
    int proposedByText = 0;
    int proposedOnlyByText = 0;
    int judgedSame = 0;
    List<String> onlyByTextJudgedSame = new ArrayList<>();
    for (int i = 0; i < rendered.size(); i++) {
      for (int j = i + 1; j < rendered.size(); j++) {
        PageTruth a = rendered.get(i);
        PageTruth b = rendered.get(j);
        if (a.documentCode().equals(b.documentCode())) {
          continue;
        }
        int distance = PerceptualHash.distance(hashes.get(i), hashes.get(j));
        boolean byHash = NearDuplicatesContract.sharedHashBands(hashes.get(i), hashes.get(j)) > 0;
        boolean byText = shared(words.get(i), words.get(j)) > 0;
        boolean same =
            PageSimilarity.likelySameSheet(
                distance,
                PerceptualHash.NEAR,
                PerceptualHash.LOOSE,
                PageSimilarity.compare(a.text(), b.text()));
        proposedByText += byText ? 1 : 0;
        proposedOnlyByText += byText && !byHash ? 1 : 0;
        judgedSame += same && (byHash || byText) ? 1 : 0;
        if (same && byText && !byHash) {
          onlyByTextJudgedSame.add(a.documentCode() + " ~ " + b.documentCode() + ": " + distance);
        }
      }
    }
    System.out.printf(
        "%d rendered pages of different records: %d pairs proposed by the text bands, %d of them"
            + " by the text bands only; %d pairs judged possibly one sheet (all of them proposed"
            + " by the hash bands too: %s)%n",
        rendered.size(),
        proposedByText,
        proposedOnlyByText,
        judgedSame,
        onlyByTextJudgedSame.isEmpty());
    assertEquals(List.of(), onlyByTextJudgedSame);
    assertTrue(proposedOnlyByText > 0, "the text bands proposed nothing new");
  }

  @Test
  void signingAPageCostsMicroseconds() {
    // pages of 300 words, cut from the generated ones end to end
    List<String> texts = new ArrayList<>();
    StringBuilder page = new StringBuilder();
    int words = 0;
    for (PageTruth t : pages) {
      for (String w : t.text().split("\\s+")) {
        page.append(w).append(words % 12 == 11 ? '\n' : ' ');
        if (++words == 300) {
          texts.add(page.toString());
          page.setLength(0);
          words = 0;
        }
      }
    }
    assertTrue(texts.size() >= 100, "pages of 300 words: " + texts.size());
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      long started = System.nanoTime();
      int n = 0;
      while (n < 10_000) {
        for (String text : texts) {
          sink += TextBands.of(text).words()[0];
          n++;
        }
      }
      System.out.printf(
          "TextBands.of on a page of 300 words: %.1f µs (round %d, %d pages)%n",
          (System.nanoTime() - started) / 1000.0 / n, round + 1, n);
    }
    assertTrue(sink != 1);
  }
}
