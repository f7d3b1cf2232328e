package vn.hoso.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator;

/**
 * The same sheets scanned twice — once clean, once with a scanner's defects (rotation, noise, blur,
 * JPEG) — give near hashes; different sheets do not.
 */
class PerceptualHashTest {

  @TempDir Path dir;

  private List<BufferedImage> pages() throws IOException {
    HandoverPackageGenerator.Result r =
        new HandoverPackageGenerator(1)
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(5)
                    .withDossiers(3)
                    .withDocuments(2, 2)
                    .withPages(1, 1)
                    .withPdfShare(0)
                    .withImageFormats("png")
                    .withDefects(HandoverPackageGenerator.Defects.NONE)
                    .withOrigin("commune:27169")
                    .withReceivingUnit("27169"),
                dir.resolve("clean"));
    List<BufferedImage> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(r.bag().resolve("data/files"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.add(ImageIO.read(f.toFile()));
      }
    }
    return out;
  }

  /** The same scan saved again by another tool: at 3/4 of the resolution, JPEG-compressed. */
  private static BufferedImage rescan(BufferedImage page) throws IOException {
    int w = page.getWidth() * 3 / 4;
    int h = page.getHeight() * 3 / 4;
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = out.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(page, 0, 0, w, h, null);
    g.dispose();
    java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
    ImageIO.write(out, "jpg", jpeg);
    return ImageIO.read(new java.io.ByteArrayInputStream(jpeg.toByteArray()));
  }

  @Test
  void sameScanSavedAgainStaysNear() throws IOException {
    List<BufferedImage> pages = pages();
    assertTrue(pages.size() >= 6, "pages: " + pages.size());
    List<Long> clean = new ArrayList<>();
    List<Long> scanned = new ArrayList<>();
    for (BufferedImage p : pages) {
      clean.add(PerceptualHash.of(p));
      scanned.add(PerceptualHash.of(rescan(p)));
    }
    for (int i = 0; i < clean.size(); i++) {
      StringBuilder line = new StringBuilder("page " + i + ":");
      for (int j = 0; j < clean.size(); j++) {
        line.append(' ').append(PerceptualHash.distance(clean.get(i), scanned.get(j)));
      }
      System.out.println(line);
    }
    for (int i = 0; i < clean.size(); i++) {
      int same = PerceptualHash.distance(clean.get(i), scanned.get(i));
      assertTrue(same <= PerceptualHash.NEAR, "page " + i + ": same sheet " + same + " bits apart");
    }
  }

  /**
   * The ingest hashes a scan as the tests that set {@link PerceptualHash#NEAR} do: decoded whole.
   * Decoded at a quarter of its resolution (every fourth pixel of every fourth row), a generated
   * scan hashes up to 23 bits away from its whole image, and two scans of one sheet — one saved
   * again smaller, as JPEG — fall within NEAR far less often; so pages are decoded whole.
   */
  @Test
  void pagesAreHashedWholeBecauseSubsamplingMovesTheHash() throws IOException {
    int[] quarter = new int[65];
    int rescansWhole = 0;
    int rescansQuarter = 0;
    int pages = 0;
    for (int dpi : new int[] {200, 300}) {
      HandoverPackageGenerator.Result r =
          new HandoverPackageGenerator(2)
              .generate(
                  HandoverPackageGenerator.Options.defaults()
                      .withSeed(dpi)
                      .withDossiers(4)
                      .withDocuments(2, 3)
                      .withPages(1, 2)
                      .withDpi(dpi)
                      .withPdfShare(0)
                      .withImageFormats("jpg", "png", "tif")
                      .withDefects(HandoverPackageGenerator.Defects.LIGHT)
                      .withOrigin("commune:27169")
                      .withReceivingUnit("27169"),
                  dir.resolve("dpi" + dpi));
      for (HandoverPackageGenerator.PageTruth t : r.truth()) {
        Path file = r.bag().resolve(t.file());
        BufferedImage page = ImageIO.read(file.toFile());
        long whole = PerceptualHash.of(page);
        assertEquals(whole, PerceptualHash.of(PageWork.readForHash(file)), t.file());
        quarter[PerceptualHash.distance(whole, PerceptualHash.of(PageWork.subsampled(file, 4)))]++;
        Path again = dir.resolve("again.jpg");
        java.nio.file.Files.write(again, jpeg(rescan(page)));
        if (PerceptualHash.distance(whole, PerceptualHash.of(PageWork.readForHash(again)))
            <= PerceptualHash.NEAR) {
          rescansWhole++;
        }
        if (PerceptualHash.distance(
                PerceptualHash.of(PageWork.subsampled(file, 4)),
                PerceptualHash.of(PageWork.subsampled(again, 4)))
            <= PerceptualHash.NEAR) {
          rescansQuarter++;
        }
        pages++;
      }
    }
    StringBuilder h = new StringBuilder();
    for (int d = 0; d < quarter.length; d++) {
      if (quarter[d] > 0) {
        h.append(' ').append(d).append(" bits: ").append(quarter[d]).append(';');
      }
    }
    System.out.printf(
        "%d lightly worn scans: a quarter-resolution decode hashes away from the whole image's by%s"
            + " scans saved again within NEAR: %d decoded whole, %d at a quarter%n",
        pages, h, rescansWhole, rescansQuarter);
    assertTrue(rescansWhole > rescansQuarter, rescansWhole + " against " + rescansQuarter);
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }
}
