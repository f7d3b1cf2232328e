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
  private static String noisy(String text, double share, long seed) {
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

  private static BufferedImage rotated(BufferedImage page, double degrees) {
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
}
