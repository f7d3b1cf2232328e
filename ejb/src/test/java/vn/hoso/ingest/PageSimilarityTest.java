package vn.hoso.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator;

/**
 * Near-duplicate judgement on generated pages: filled copies of one form are told apart by their
 * words even when their hashes are near; one sheet read twice (OCR noise, a slight rotation) is
 * recognised even when its hash moved past {@link PerceptualHash#NEAR}.
 */
class PageSimilarityTest {

  @TempDir Path dir;

  private HandoverPackageGenerator.Result generate() throws IOException {
    return generate(dir);
  }

  /**
   * The pages these tests judge, also those {@link NearDuplicatesContract} stores: two documents of
   * each of six dossiers, filled copies of the same forms among them.
   */
  static HandoverPackageGenerator.Result generate(Path dir) throws IOException {
    return new HandoverPackageGenerator(1)
        .generate(
            HandoverPackageGenerator.Options.defaults()
                .withSeed(17)
                .withDossiers(6)
                .withDocuments(2, 2)
                .withPages(1, 1)
                .withPdfShare(0)
                .withImageFormats("png")
                .withDefects(HandoverPackageGenerator.Defects.NONE)
                .withOrigin("commune:27169")
                .withReceivingUnit("27169"),
            dir.resolve("pkg"));
  }

  /** OCR-like damage: a share of the letters replaced. */
  static String noisy(String text, double share, long seed) {
    Random r = new Random(seed);
    StringBuilder s = new StringBuilder(text);
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i)) && r.nextDouble() < share) {
        s.setCharAt(i, (char) ('a' + r.nextInt(26)));
      }
    }
    return s.toString();
  }

  @Test
  void filledCopiesOfOneFormAreDifferentAndOneSheetReadTwiceIsTheSame() throws IOException {
    HandoverPackageGenerator.Result r = generate();
    Map<String, List<HandoverPackageGenerator.PageTruth>> byKind =
        r.truth().stream().collect(Collectors.groupingBy(HandoverPackageGenerator.PageTruth::kind));
    int formPairs = 0;
    for (List<HandoverPackageGenerator.PageTruth> same : byKind.values()) {
      for (int i = 0; i + 1 < same.size(); i++) {
        String a = same.get(i).text();
        String b = same.get(i + 1).text();
        double share =
            PageSimilarity.jaccard(
                new java.util.HashSet<>(PageSimilarity.words(a)),
                new java.util.HashSet<>(PageSimilarity.words(b)));
        System.out.printf(
            "%s: two documents share %.2f of their words%n", same.get(i).kind(), share);
        assertNotEquals(
            PageSimilarity.Verdict.SAME,
            PageSimilarity.compare(a, b),
            "two records of kind " + same.get(i).kind());
        formPairs++;
      }
    }
    assertTrue(formPairs >= 4, "pairs of one kind compared: " + formPairs);
    for (HandoverPackageGenerator.PageTruth t : r.truth()) {
      // light OCR noise (2 % of the letters, above the CER measured on LIGHT pages): the same sheet
      assertEquals(
          PageSimilarity.Verdict.SAME,
          PageSimilarity.compare(t.text(), noisy(t.text(), 0.02, t.page() * 31L)),
          t.file());
      // heavy noise (9 %, the HEAVY pages' CER): never "different"
      assertNotEquals(
          PageSimilarity.Verdict.DIFFERENT,
          PageSimilarity.compare(t.text(), noisy(t.text(), 0.09, t.page() * 37L)),
          t.file());
    }
  }

  /** Digits misread: a share of them replaced. */
  private static String misreadDigits(String text, double share, Random r) {
    StringBuilder s = new StringBuilder(text);
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i)) && r.nextDouble() < share) {
        s.setCharAt(i, (char) ('0' + r.nextInt(10)));
      }
    }
    return s.toString();
  }

  /**
   * Over many records: different records of one template (decisions and permits share a long
   * preamble, with the laws' dates) are almost never taken for one sheet, while one sheet read
   * twice with OCR confusions, a few of them in the digits, almost always is.
   */
  @Test
  void recordsOfOneTemplateAreNotOneSheetReadTwice() {
    List<HandoverPackageGenerator.PageTruth> pages =
        new HandoverPackageGenerator(1)
            .texts(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(3)
                    .withDossiers(120)
                    .withDocuments(1, 3)
                    .withPages(1, 2)
                    .withOrigin("commune:27169")
                    .withReceivingUnit("27169"));
    int pairs = 0;
    int same = 0;
    for (int i = 0; i < pages.size(); i++) {
      for (int j = i + 1; j < pages.size(); j++) {
        HandoverPackageGenerator.PageTruth a = pages.get(i);
        HandoverPackageGenerator.PageTruth b = pages.get(j);
        if (a.kind().equals(b.kind()) && !a.documentCode().equals(b.documentCode())) {
          pairs++;
          if (PageSimilarity.compare(a.text(), b.text()) == PageSimilarity.Verdict.SAME) {
            same++;
          }
        }
      }
    }
    Random r = new Random(23);
    int reread = 0;
    for (HandoverPackageGenerator.PageTruth t : pages) {
      String first =
          misreadDigits(HandoverPackageGenerator.withOcrNoise(t.text(), 0.03, r), 0.01, r);
      String second =
          misreadDigits(HandoverPackageGenerator.withOcrNoise(t.text(), 0.03, r), 0.01, r);
      PageSimilarity.Verdict v = PageSimilarity.compare(first, second);
      if (v == PageSimilarity.Verdict.SAME || v == PageSimilarity.Verdict.TOO_LITTLE_TEXT) {
        reread++;
      }
    }
    System.out.printf(
        "pairs of different records of one kind taken for one sheet: %d of %d; sheets read twice"
            + " (3%% of the letters, 1%% of the digits misread) recognised: %d of %d%n",
        same, pairs, reread, pages.size());
    assertTrue(same <= pairs / 2000, same + " of " + pairs);
    assertTrue(reread >= pages.size() * 0.99, reread + " of " + pages.size());
  }

  @Test
  void aSlightlyRotatedRescanIsFoundThroughItsText() throws IOException {
    HandoverPackageGenerator.Result r = generate();
    int farButSame = 0;
    for (HandoverPackageGenerator.PageTruth t : r.truth()) {
      BufferedImage page = ImageIO.read(r.bag().resolve(t.file()).toFile());
      int distance =
          PerceptualHash.distance(PerceptualHash.of(page), PerceptualHash.of(rotated(page, 0.8)));
      PageSimilarity.Verdict text =
          PageSimilarity.compare(t.text(), noisy(t.text(), 0.02, t.page()));
      System.out.println(t.file() + ": rotated 0.8° → " + distance + " bits");
      assertTrue(distance <= PerceptualHash.LOOSE, t.file() + ": " + distance + " bits");
      assertTrue(
          PageSimilarity.likelySameSheet(distance, PerceptualHash.NEAR, PerceptualHash.LOOSE, text),
          t.file());
      if (distance > PerceptualHash.NEAR) {
        farButSame++;
      }
    }
    // the case the hash alone misses exists in this set, so the text is what finds it
    assertTrue(farButSame > 0, "no rotated page moved past NEAR");
    // and without agreeing text, a far hash is never enough
    assertFalse(
        PageSimilarity.likelySameSheet(
            PerceptualHash.NEAR + 1,
            PerceptualHash.NEAR,
            PerceptualHash.LOOSE,
            PageSimilarity.Verdict.TOO_LITTLE_TEXT));
  }

  static BufferedImage rotated(BufferedImage page, double degrees) {
    BufferedImage out =
        new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
    g.drawImage(page, 0, 0, null);
    g.dispose();
    return out;
  }

  /**
   * The words are the runs of letters and numbers between anything else, as {@code
   * split("[^\\p{L}\\p{N}]+")} gives them, without the regular expression: on generated pages,
   * noisy copies of them and text that is not Vietnamese prose.
   */
  @Test
  void wordsAreTheRunsOfLettersAndNumbers() throws IOException {
    List<String> texts = new java.util.ArrayList<>();
    for (HandoverPackageGenerator.PageTruth t : generate().truth()) {
      texts.add(t.text());
      texts.add(noisy(t.text(), 0.05, t.page()));
    }
    texts.add("");
    texts.add("   \n\t ");
    texts.add("--Số: 12/2023/QĐ-UBND-- ngày 05/06/2023;");
    texts.add("Nguye\u0302\u0303n Va\u0306n D\u0323u\u031bc"); // NFD
    texts.add("\uD835\uDC00\uD835\uDC01 x \uD83D\uDE00 y"); // mathematical letters, an emoji
    texts.add("٣٤٥ ५६ Ⅻ ½ x²"); // Arabic-Indic and Devanagari digits, a Roman numeral, fractions
    texts.add("a\u00A0b\u200Bc_d·e");
    for (String text : texts) {
      List<String> expected = new java.util.ArrayList<>();
      if (!text.isBlank()) {
        for (String w : vn.hoso.search.Highlighter.fold(text).split("[^\\p{L}\\p{N}]+")) {
          if (!w.isEmpty()) {
            expected.add(w);
          }
        }
      }
      assertEquals(
          expected,
          PageSimilarity.words(text),
          () -> "words of: " + text.substring(0, Math.min(60, text.length())));
    }
  }
}
